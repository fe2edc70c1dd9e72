package org.convscope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import javafx.css.CssParser;
import javafx.css.Stylesheet;

import org.junit.jupiter.api.Test;

class StylesTest {

    @Test
    void picksTheFirstInstalledKoreanFont() {
        assertEquals(Optional.of("font-malgun-gothic"),
                Styles.koreanFont(List.of("Arial", "Malgun Gothic", "NanumGothic")));
        assertEquals(Optional.of("font-noto-sans-cjk-kr"),
                Styles.koreanFont(List.of("NanumGothic", "Noto Sans CJK KR")));
        assertEquals(Optional.empty(), Styles.koreanFont(List.of("DejaVu Sans")));
    }

    @Test
    void everyKoreanFontClassIsInTheStylesheet() throws IOException {
        String css;
        try (InputStream in = Resources.url(StylesTest.class, Styles.APP_STYLESHEET).openStream()) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String family : List.of("Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", "NanumGothic")) {
            String styleClass = Styles.koreanFont(List.of(family)).orElseThrow();
            assertEquals(true, css.contains(".lang-ko." + styleClass + " { -fx-font-family: \"" + family + "\"; }"),
                    "app.css does not select " + family + " with ." + styleClass);
        }
    }

    /**
     * A brace lost in a merge silently swallows the rules after it (JavaFX's parser reads them as declarations and
     * says nothing): braces must balance outside comments, and every view's palette and rules must parse as rules.
     */
    @Test
    void theStylesheetParsesWithoutErrorsAndKeepsEveryViewsRules() throws IOException {
        String css;
        try (InputStream in = Resources.url(StylesTest.class, Styles.APP_STYLESHEET).openStream()) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        for (char c : css.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertEquals(true, depth == 0 || depth == 1, "a rule opens inside another rule or closes twice");
        }
        assertEquals(0, depth, "a rule is not closed");
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(Resources.url(StylesTest.class, Styles.APP_STYLESHEET));
        assertEquals(List.of(), List.copyOf(CssParser.errorsProperty()));
        List<String> selectors = sheet.getRules().stream().flatMap(r -> r.getSelectors().stream())
                .map(Object::toString).toList();
        for (String styleClass : List.of("lab-section-title", "lab-library", "arch-view", "arch-slab", "arch-topic-bar", "slide-view")) {
            assertEquals(true, selectors.stream().anyMatch(s -> s.contains(styleClass)),
                    "no rule selects ." + styleClass);
        }
    }
}

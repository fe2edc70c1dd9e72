package org.convscope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.css.CssParser;
import javafx.css.Stylesheet;

import org.convscope.viewmodel.settings.Theme;
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
        for (String styleClass : List.of("lab-section-title", "lab-library", "painted-region", "arch-slab", "arch-topic-bar", "slide-centre")) {
            assertEquals(true, selectors.stream().anyMatch(s -> s.contains(styleClass)),
                    "no rule selects ." + styleClass);
        }
    }

    /**
     * Each theme is a palette: its rule names again the colours the light theme's {@code .root} names (all of
     * them, or a forgotten one would show the light colour on a dark ground) and nothing else, and what the
     * stylesheet writes for a theme beyond its palette (high contrast's frames and focus ring) takes its colours
     * from the palette rather than writing them out.
     */
    @Test
    void eachThemeIsAPaletteOfTheLightThemesNamedColours() {
        Set<String> light = named(ThemePalette.declarations(".root"));
        for (Theme theme : List.of(Theme.DARK, Theme.HIGH_CONTRAST)) {
            Set<String> themed = named(ThemePalette.declarations(ThemePalette.selector(theme)));
            assertEquals(light, themed, theme.key() + " names other colours than the light theme");
        }
        for (Map.Entry<String, Map<String, String>> rule : ThemePalette.rules()) {
            if (rule.getKey().contains(".theme-") && !rule.getKey().matches("\\.theme-[a-z-]+")) {
                for (String value : rule.getValue().values()) {
                    assertEquals(false, value.matches(".*(#[0-9a-fA-F]{3,8}|rgb).*"),
                            rule.getKey() + " writes out a colour (" + value + ") instead of naming one of the palette");
                }
            }
        }
    }

    /** Every named colour a rule uses is in the light palette, so none silently falls back to Modena's default. */
    @Test
    void everyNamedColourUsedIsInThePalette() {
        Map<String, String> palette = ThemePalette.declarations(".root");
        Set<String> missing = new TreeSet<>();
        Pattern name = Pattern.compile("(?<![-a-z0-9])-(cs|arch)-[a-z0-9-]+");
        for (Map.Entry<String, Map<String, String>> rule : ThemePalette.rules()) {
            for (String value : rule.getValue().values()) {
                Matcher m = name.matcher(value);
                while (m.find()) {
                    if (!palette.containsKey(m.group())) {
                        missing.add(m.group());
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "named colours no .root rule defines");
    }

    /** The app's own named colours of a palette (Modena's -fx- ones are themed too but are not all listed). */
    private static Set<String> named(Map<String, String> declarations) {
        Set<String> names = new TreeSet<>(declarations.keySet());
        names.removeIf(n -> n.startsWith("-fx-"));
        return names;
    }
}

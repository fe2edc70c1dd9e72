package org.convscope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

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
}

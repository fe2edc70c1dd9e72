package org.convscope.view.arch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.convscope.view.Resources;
import org.convscope.view.Styles;
import org.junit.jupiter.api.Test;

class BlockStylesTest {

    /** A class the panes set but the stylesheet never names would silently draw in the default look. */
    @Test
    void everyStyleClassOfTheBlockPanesHasARuleInTheStylesheet() throws IOException, IllegalAccessException {
        String css;
        try (InputStream in = Resources.url(BlockStylesTest.class, Styles.APP_STYLESHEET).openStream()) {
            css = new String(in.readAllBytes(), UTF_8);
        }
        for (Field field : BlockStyles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String styleClass = (String) field.get(null);
                if (field.getName().equals("SEGMENT_PREFIX")) {
                    for (int i = 0; i < BlockStyles.SEGMENT_COLOURS; i++) {
                        assertTrue(css.contains("." + styleClass + i + " "), styleClass + i);
                    }
                } else {
                    assertTrue(css.matches("(?s).*\\." + styleClass + "[\\s,.:{>].*"),
                            field.getName() + " ." + styleClass);
                }
            }
        }
    }
}

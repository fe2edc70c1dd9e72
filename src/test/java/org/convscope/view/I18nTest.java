package org.convscope.view;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class I18nTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private final Locale systemLocale = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(systemLocale);
    }

    /** Read as plain UTF-8 properties, independently of ResourceBundle. */
    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Resources.url(I18nTest.class, "/org/convscope/i18n/" + file).openStream(), UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void englishAndKoreanHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Properties english = bundle("messages.properties");
        Properties korean = bundle("messages_ko.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(korean.stringPropertyNames()));
        for (Properties messages : List.of(english, korean)) {
            for (String key : messages.stringPropertyNames()) {
                assertTrue(!messages.getProperty(key).isBlank(), "empty message for " + key);
            }
        }
    }

    @Test
    void bothLanguagesFillInTheSamePlaceholders() throws IOException {
        Properties english = bundle("messages.properties");
        Properties korean = bundle("messages_ko.properties");
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(korean.getProperty(key)), key);
        }
    }

    @Test
    void everyViewHasANavigationEntryTitleAndDescription() throws IOException {
        Properties english = bundle("messages.properties");
        for (String view : List.of("slide", "receptive", "lab", "arch", "lesson")) {
            for (String key : List.of("nav." + view, view + ".title", view + ".description")) {
                assertTrue(english.containsKey(key), "missing " + key);
            }
        }
    }

    @Test
    void koreanIsReadAsUtf8() {
        assertEquals("수용 영역", new I18n(Locale.KOREAN).get("nav.receptive"));
        assertEquals("512 × 512 픽셀", new I18n(Locale.KOREAN).format("sample.size", 512, 512));
    }

    @Test
    void englishStaysEnglishOnAKoreanSystem() {
        Locale.setDefault(Locale.KOREA);
        assertEquals("Receptive field", new I18n(Locale.ENGLISH).get("nav.receptive"));
    }

    @Test
    void aMissingKeyIsNamed() {
        MissingResourceException e = assertThrows(MissingResourceException.class,
                () -> new I18n(Locale.ENGLISH).get("nav.nonexistent"));
        assertEquals("nav.nonexistent", e.getKey());
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}

package org.convscope.view;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The visible strings of the app, from {@code org/convscope/i18n/messages*.properties} (UTF-8). Keys are grouped
 * by view: {@code nav.slide}, {@code slide.title}, {@code lab.description}, ...
 */
public final class I18n {

    /** The base name of the bundles; {@code messages.properties} is English, {@code messages_ko.properties} Korean. */
    public static final String BUNDLE = "org.convscope.i18n.messages";

    /*
     * No fallback to the system locale: without this, asking for English on a Korean system would find no
     * messages_en and fall back to messages_ko before reaching the English base bundle.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    public Locale locale() {
        return locale;
    }

    /** @throws MissingResourceException naming the key, so a typo shows up on first use */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The keys that start with {@code prefix}, in sorted order: for lists kept as data, such as the shortcuts. */
    public List<String> keys(String prefix) {
        return Collections.list(bundle.getKeys()).stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }

    /** The message with its {@code {0}}, {@code {1}} ... filled in, numbers formatted for this language. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}

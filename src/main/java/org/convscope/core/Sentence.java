package org.convscope.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence for a person, kept as a key and its arguments so that it can be read in English (the CLI, logs,
 * {@code getMessage()}) or in the language of the app's window. Core's and io's texts live in core's own bundle,
 * {@code org/convscope/core/sentences.properties} (English) and {@code sentences_ko.properties} (Korean), UTF-8;
 * another layer may keep its own sentences in its own bundle ({@link #inBundle}).
 *
 * <p>{@code {0}}, {@code {1}}, ... in a text are replaced by the arguments as {@link String#valueOf} writes them, not
 * by {@link java.text.MessageFormat}: numbers then read as the CLI prints them ({@code 25000000}, {@code 0.5}) in
 * every language, and the many apostrophes of the English texts ({@code 'sobel-x'}) need no escaping. An argument
 * that is itself a {@code Sentence} ("the stride", "layer 2 (conv3)") is read in the same language.
 *
 * @param bundle the base name of the bundle that holds the key, {@link #BUNDLE} for core and io
 * @param key    the key in the bundle, grouped by the class that says it ({@code geometry.noFit}, {@code image.empty})
 * @param args   the values of the placeholders, in order
 */
public record Sentence(String bundle, String key, List<Object> args) {

    /** The base name of core's sentences; the base file is English, {@code _ko} is Korean. */
    public static final String BUNDLE = "org.convscope.core.sentences";

    /*
     * Without this, asking for English on a Korean system would find no sentences_en and fall back to the
     * system's sentences_ko before reaching the English base bundle.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Sentence {
        if (bundle == null || key == null || key.isBlank()) {
            throw new IllegalArgumentException("a sentence needs its bundle and key");
        }
        args = args.stream().map(a -> a == null ? (Object) "null" : a).toList();
    }

    /** Core's sentence {@code key} with its arguments. */
    public static Sentence of(String key, Object... args) {
        return inBundle(BUNDLE, key, args);
    }

    /** The sentence {@code key} of the bundle {@code bundle} (a base name such as {@value #BUNDLE}). */
    public static Sentence inBundle(String bundle, String key, Object... args) {
        return new Sentence(bundle, key, Arrays.asList(args));
    }

    /**
     * What {@code problem} says: its own sentence when it (or an exception it wraps) is {@link Explained}, else its
     * message as it is, which then reads the same in every language.
     */
    public static Sentence from(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof Explained explained) {
                return explained.sentence();
            }
        }
        return of("plain", String.valueOf(problem.getMessage()));
    }

    /**
     * The text in {@code locale}: Korean for any Korean locale, English for every other one.
     *
     * @throws MissingResourceException naming the key when no bundle has it, so a typo shows up on first use
     */
    public String in(Locale locale) {
        return fill(ResourceBundle.getBundle(bundle, locale, NO_FALLBACK).getString(key), locale);
    }

    /** The English text, as {@code getMessage()} and the command line give it. */
    public String english() {
        return in(Locale.ROOT);
    }

    private String fill(String pattern, Locale locale) {
        StringBuilder text = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            int index = close > i + 1 ? argumentIndex(pattern.substring(i + 1, close)) : -1;
            if (index >= 0 && index < args.size()) {
                Object arg = args.get(index);
                text.append(arg instanceof Sentence s ? s.in(locale) : String.valueOf(arg));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }

    private static int argumentIndex(String digits) {
        if (digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    @Override
    public String toString() {
        return english();
    }
}

package org.convscope.viewmodel;

import java.util.Locale;

import org.convscope.core.Sentence;

/**
 * The sentences a view-model shows a person, in the language of the window: refusals from the core and io
 * ({@link Sentence#from}) and the view-models' own ({@code org/convscope/viewmodel/sentences*.properties}).
 *
 * <p>The language is {@code Locale.getDefault(Locale.Category.DISPLAY)}, which the app sets from {@code --lang}
 * (and from its language setting) before it builds the views. One place states the language, so the view-models
 * need no locale in their constructors and the app can change language without rebuilding them; tests pin it.
 * A sentence already shown keeps its language until the next change makes a new one.
 */
public final class Sentences {

    /** The base name of the view-models' own sentences. */
    public static final String BUNDLE = "org.convscope.viewmodel.sentences";

    private Sentences() {
    }

    /** The language of the window: Korean for a Korean display locale, English otherwise. */
    public static Locale language() {
        return Locale.getDefault(Locale.Category.DISPLAY);
    }

    /** What {@code problem} says, in the language of the window. */
    public static String of(Throwable problem) {
        return Sentence.from(problem).in(language());
    }

    /** The view-models' own sentence {@code key} with its arguments, in the language of the window. */
    public static String of(String key, Object... args) {
        return sentence(key, args).in(language());
    }

    /** The view-models' own sentence {@code key}, to be read later or nested in another sentence. */
    public static Sentence sentence(String key, Object... args) {
        return Sentence.inBundle(BUNDLE, key, args);
    }
}

package org.convscope.viewmodel;

import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.convscope.core.Sentence;

/**
 * The sentences a view-model shows a person, in the language of the window: refusals from the core and io
 * ({@link Sentence#from}) and the view-models' own ({@code org/convscope/viewmodel/sentences*.properties}).
 *
 * <p>The language is {@code Locale.getDefault(Locale.Category.DISPLAY)}, which the app sets from {@code --lang}
 * (and from its language setting) before it builds the views. One place states the language, so the view-models
 * need no locale in their constructors and the app can change language without rebuilding them; tests pin it.
 * A text already shown follows a change made through {@link #setLanguage} when the view-model keeps it as a
 * {@link DisplayText}.
 */
public final class Sentences {

    /** The base name of the view-models' own sentences. */
    public static final String BUNDLE = "org.convscope.viewmodel.sentences";

    /** The language last set through {@link #setLanguage}; the view-models' texts listen to it. */
    private static final ReadOnlyObjectWrapper<Locale> LANGUAGE = new ReadOnlyObjectWrapper<>(Sentences.class,
            "language", language());

    private Sentences() {
    }

    /** The language of the window: Korean for a Korean display locale, English otherwise. */
    public static Locale language() {
        return Locale.getDefault(Locale.Category.DISPLAY);
    }

    /**
     * Makes {@code language} the language of the window (the display locale) and tells every {@link DisplayText},
     * which then says its text again in it. Called by the app on the JavaFX thread, where the texts are shown.
     */
    public static void setLanguage(Locale language) {
        Locale.setDefault(Locale.Category.DISPLAY, language);
        LANGUAGE.set(language);
    }

    /** The language set last through {@link #setLanguage}, for texts that follow it. */
    public static ReadOnlyObjectProperty<Locale> languageProperty() {
        return LANGUAGE.getReadOnlyProperty();
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

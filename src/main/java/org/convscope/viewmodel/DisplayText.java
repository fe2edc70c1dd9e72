package org.convscope.viewmodel;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

import org.convscope.core.Sentence;

/**
 * A text a view-model shows (a status line, an error, a formula), kept as what it says rather than as a finished
 * String: a {@link Sentence} or the words that make it. It is said again when the display language changes
 * ({@link Sentences#languageProperty()}), so a status line written in English reads in Korean right after the switch,
 * not only from the next message on.
 */
public final class DisplayText {

    private final ReadOnlyStringWrapper text;
    private Supplier<String> words = () -> "";
    /*
     * Held here and added weakly: the language outlives every view-model, and a view-model nobody uses any more must
     * not be kept (and re-worded) by it.
     */
    private final ChangeListener<Object> reword = (obs, old, language) -> reword();

    /** An empty text, named as a property of {@code bean}. */
    public DisplayText(Object bean, String name) {
        text = new ReadOnlyStringWrapper(bean, name, "");
        Sentences.languageProperty().addListener(new WeakChangeListener<>(reword));
    }

    /** Shows {@code sentence}, in the language of the window now and after every change of language. */
    public void set(Sentence sentence) {
        Objects.requireNonNull(sentence, "sentence");
        set(() -> sentence.in(Sentences.language()));
    }

    /** Shows what {@code words} says, asked again after every change of language (it reads the language itself). */
    public void set(Supplier<String> words) {
        this.words = Objects.requireNonNull(words, "words");
        reword();
    }

    /** Shows nothing. */
    public void clear() {
        set(() -> "");
    }

    /** The text as shown now. */
    public String get() {
        return text.get();
    }

    public boolean isEmpty() {
        return text.get().isEmpty();
    }

    public ReadOnlyStringProperty getReadOnlyProperty() {
        return text.getReadOnlyProperty();
    }

    private void reword() {
        text.set(words.get());
    }
}

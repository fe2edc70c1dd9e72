package org.convscope.core;

/**
 * An argument refused with a sentence a person can act on ("a 9x9 kernel does not fit in a 5x5 input padded by 1
 * (7x7)"). Still an {@link IllegalArgumentException}, so callers and the CLI treat it as before; the message is
 * the English text.
 */
public class Refusal extends IllegalArgumentException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Sentence sentence;

    public Refusal(Sentence sentence) {
        super(sentence.english());
        this.sentence = sentence;
    }

    public Refusal(Sentence sentence, Throwable cause) {
        super(sentence.english(), cause);
        this.sentence = sentence;
    }

    /** The refusal of sentence {@code key} with its arguments. */
    public static Refusal of(String key, Object... args) {
        return new Refusal(Sentence.of(key, args));
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}

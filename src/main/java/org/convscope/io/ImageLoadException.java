package org.convscope.io;

import org.convscope.core.Explained;
import org.convscope.core.Sentence;

/**
 * An image could not be opened. The message is a complete sentence meant for the person who chose the file
 * (what is wrong and what to do): {@code getMessage()} is the English text the CLI prints, {@link #sentence()} the
 * same sentence for the app to show in its own language.
 */
public class ImageLoadException extends Exception implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Sentence sentence;

    public ImageLoadException(Sentence sentence) {
        super(sentence.english());
        this.sentence = sentence;
    }

    public ImageLoadException(Sentence sentence, Throwable cause) {
        super(sentence.english(), cause);
        this.sentence = sentence;
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}

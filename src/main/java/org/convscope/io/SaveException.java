package org.convscope.io;

import java.io.IOException;
import java.nio.file.Path;

import org.convscope.core.Explained;
import org.convscope.core.Sentence;

/**
 * A file could not be written (a missing folder, a full disk, no permission). {@code getMessage()} is the English
 * sentence the CLI prints; {@link #sentence()} lets the app show it in its own language.
 */
public class SaveException extends IOException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Sentence sentence;

    public SaveException(Sentence sentence) {
        super(sentence.english());
        this.sentence = sentence;
    }

    public SaveException(Sentence sentence, Throwable cause) {
        super(sentence.english(), cause);
        this.sentence = sentence;
    }

    /** The folder of {@code file} does not exist: "cannot save out/a.png: the folder /home/me/out does not exist". */
    static SaveException noFolder(Path file, Path folder) {
        return new SaveException(Sentence.of("save.noFolder", file, folder));
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}

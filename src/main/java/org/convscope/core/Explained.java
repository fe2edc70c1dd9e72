package org.convscope.core;

/**
 * An exception whose message is a {@link Sentence}: {@code getMessage()} is its English text, and a view-model
 * reads {@link #sentence()} in the language of the window.
 */
public interface Explained {

    /** What went wrong and what to do, in words a student can act on. */
    Sentence sentence();
}

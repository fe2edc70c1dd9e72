package org.convscope.io;

/**
 * An image could not be opened. The message is a complete sentence meant for the person who chose the file
 * (what is wrong and what to do), so the app and the CLI show it as it is.
 */
public class ImageLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImageLoadException(String message) {
        super(message);
    }

    public ImageLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

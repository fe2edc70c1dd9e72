package org.convscope.view;

import java.net.URL;
import java.util.Objects;

/** Loads classpath resources and fails at once, with the path, when one is missing. */
public final class Resources {

    private Resources() {
    }

    /** The URL of {@code path}, resolved like {@link Class#getResource}: absolute when it starts with '/'. */
    public static URL url(Class<?> type, String path) {
        return Objects.requireNonNull(type.getResource(path), "resource not found: " + path);
    }

    /** The URL text that {@code Scene.getStylesheets()} and {@code Image} take. */
    public static String externalForm(Class<?> type, String path) {
        return url(type, path).toExternalForm();
    }
}

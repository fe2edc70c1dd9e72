package org.convscope.app;

import javafx.application.Application;

/**
 * Starts the JavaFX toolkit and the app. Kept apart from {@link Launcher} so that the command-line path never
 * loads a JavaFX class: the JVM resolves this class only when {@link #launch} is actually called.
 */
final class FxLauncher {

    private FxLauncher() {
    }

    /** Blocks until the last window closes. */
    static void launch(String[] args) {
        Application.launch(ConvScopeApp.class, args);
    }
}

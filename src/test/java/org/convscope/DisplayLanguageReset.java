package org.convscope;

import java.util.Locale;
import java.util.concurrent.FutureTask;

import javafx.application.Platform;

import org.convscope.viewmodel.Sentences;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives every test class the display language it started with. The app sets the language of the whole JVM
 * ({@link Sentences#setLanguage}), so a test class that opens the window in Korean would otherwise leave Korean
 * sentences to whichever class runs after it. Registered for every test through the service loader
 * (junit-platform.properties turns extension autodetection on).
 */
public final class DisplayLanguageReset implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            DisplayLanguageReset.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Locale.Category.DISPLAY, Locale.getDefault(Locale.Category.DISPLAY));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Locale before = context.getStore(NAMESPACE).get(Locale.Category.DISPLAY, Locale.class);
        if (before.equals(Locale.getDefault(Locale.Category.DISPLAY))
                && before.equals(Sentences.languageProperty().get())) {
            return;
        }
        // Texts that follow the language are shown on the JavaFX thread: they are told there, when it runs.
        FutureTask<Void> reset = new FutureTask<>(() -> Sentences.setLanguage(before), null);
        try {
            Platform.runLater(reset);
        } catch (IllegalStateException toolkitNotStarted) {
            reset.run();
        }
        reset.get();
    }
}

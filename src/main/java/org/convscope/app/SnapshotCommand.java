package org.convscope.app;

import java.io.IOException;
import java.lang.ref.Reference;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;

import org.convscope.io.ImageSaver;
import org.convscope.view.Resources;
import org.convscope.view.Styles;
import org.convscope.view.ViewExport;
import org.convscope.view.lab.ImageLabView;

/**
 * {@code convscope snapshot}: one view drawn into a PNG without a window and without a display. JavaFX runs on
 * Monocle's headless screen with the software renderer, so the command works on a server, in CI and over ssh;
 * the view is built with the same view-models and stylesheet as in the window, so the picture is what a person
 * would see at that size.
 *
 * <p>Loaded only when the command is given: {@link Launcher} reads {@link SnapshotOptions} first, without JavaFX.
 */
final class SnapshotCommand {

    /** Exit code when the picture could not be made or written (picocli's code for a failed command). */
    static final int FAILED = 1;
    /** A guard against a view that never settles, not a timing target: a snapshot takes about a second. */
    private static final long TIMEOUT_SECONDS = 120;
    /**
     * JavaFX warns on every start from the class path ({@code java -jar}) that this configuration is unsupported;
     * the command's output should be its own line. Held here, since the logging framework keeps loggers weakly.
     */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private SnapshotCommand() {
    }

    /** Draws the view, writes the PNG and says so on standard output; returns the exit code. */
    static int run(SnapshotOptions options) {
        useHeadlessToolkit();
        // The window's routine INFO lines (engine probe, fonts) would only be noise in a command's output.
        Logger.getLogger("").setLevel(Level.WARNING);
        PLATFORM_LOG.setLevel(Level.SEVERE);
        try {
            WritableImage picture = render(options);
            int width = (int) picture.getWidth();
            int height = (int) picture.getHeight();
            ImageSaver.writeArgb(width, height, ViewExport.argb(picture), options.output());
            System.out.println("wrote " + options.output() + " (" + width + "x" + height + ", view "
                    + options.view().key() + ", " + options.language().getLanguage() + ")");
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("convscope snapshot: " + e.getMessage());
            return FAILED;
        } finally {
            Platform.exit();
        }
    }

    /**
     * Glass on Monocle's headless screen and the software pipeline: no X server, no GPU. Set before the toolkit
     * starts; a toolkit that already runs (a test) keeps its own.
     */
    private static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * The view of {@code options} drawn at its scale, {@code width * scale} by {@code height * scale} pixels.
     * Starts the JavaFX toolkit when it is not running yet; blocks until the picture is taken.
     */
    static WritableImage render(SnapshotOptions options) {
        CompletableFuture<WritableImage> picture = new CompletableFuture<>();
        /*
         * Held here until the picture is taken: the scene is in no window, and the view-models hold their views only
         * weakly, so while the lab computes in the background nothing else keeps the view (and the listener that
         * takes the picture) from being collected.
         */
        AtomicReference<Scene> drawing = new AtomicReference<>();
        Runnable build = () -> {
            try {
                drawing.set(build(options, picture));
            } catch (RuntimeException e) {
                picture.completeExceptionally(e);
            }
        };
        try {
            Platform.startup(build);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(build);
        }
        try {
            return picture.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the " + options.view().key() + " view did not finish drawing within "
                    + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the " + options.view().key() + " view", e);
        } finally {
            Reference.reachabilityFence(drawing);
        }
    }

    /**
     * On the JavaFX thread: the view in a scene of the requested size, with the app's styles and fonts.
     *
     * @return the scene, which completes {@code picture} once the view has settled
     */
    private static Scene build(SnapshotOptions options, CompletableFuture<WritableImage> picture) {
        Node view = ConvScopeApp.standaloneView(options.appOptions());
        StackPane root = new StackPane(view);
        root.getStyleClass().addAll(Styles.MAIN_VIEW, Styles.CONTENT, Styles.language(options.language().getLanguage()));
        if (options.language().equals(Locale.KOREAN)) {
            Styles.koreanFont(Font.getFamilies()).ifPresent(root.getStyleClass()::add);
        }
        // Fixed, so that the layout is that of a window of exactly this size.
        root.setMinSize(options.width(), options.height());
        root.setPrefSize(options.width(), options.height());
        root.setMaxSize(options.width(), options.height());
        Scene scene = new Scene(root, options.width(), options.height());
        scene.getStylesheets().add(Resources.externalForm(SnapshotCommand.class, Styles.APP_STYLESHEET));

        Runnable take = () -> afterQueuedWork(() -> {
            try {
                picture.complete(ViewExport.snapshot(root, options.scale()));
            } catch (RuntimeException e) {
                picture.completeExceptionally(e);
            }
        });
        // The image lab computes its first result in the background: the picture waits for it.
        if (view instanceof ImageLabView lab) {
            BooleanBinding settled = lab.settledBinding();
            if (settled.get()) {
                take.run();
            } else {
                settled.addListener((obs, was, now) -> {
                    if (now && !picture.isDone()) {
                        take.run();
                    }
                });
            }
        } else {
            take.run();
        }
        return scene;
    }

    /**
     * Runs {@code action} after what the view queued while it was built (focus, first layouts, redraws that
     * views hand to a later turn of the JavaFX thread), so the picture shows the settled view.
     */
    private static void afterQueuedWork(Runnable action) {
        Platform.runLater(() -> Platform.runLater(action));
    }
}

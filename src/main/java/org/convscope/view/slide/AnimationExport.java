package org.convscope.view.slide;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import org.convscope.io.FrameSink;
import org.convscope.view.I18n;
import org.convscope.view.ViewExport;
import org.convscope.viewmodel.SlideViewModel;

/**
 * Records the sliding-kernel animation, every step one frame, into a {@link FrameSink} (an animated GIF or
 * numbered PNG images).
 *
 * <p>Snapshots are only possible on the JavaFX thread, and encoding a frame takes longer than drawing it, so the
 * work alternates: the JavaFX thread sets the step in the view-model and takes the snapshot of the grids, a
 * writer thread encodes the frame, then asks the JavaFX thread for the next step with {@code Platform.runLater}.
 * The window keeps painting and answering between frames; the step shown before the export comes back at the end.
 */
public final class AnimationExport {

    /** What an export reports, always on the JavaFX thread. */
    public interface Listener {

        /** {@code done} of {@code total} frames are written. */
        void progress(int done, int total);

        /** The file or folder is complete: {@code frames} of {@code total}, fewer when the export was cancelled. */
        void finished(int frames, int total);

        /** Nothing more is written: {@code message} says why (a full disk, settings changed meanwhile). */
        void failed(String message);
    }

    private final SlideViewModel viewModel;
    private final Node grids;
    private final int scale;
    private final FrameSink sink;
    private final Listener listener;
    private final I18n i18n;
    private final int total;
    private final int stepBefore;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "convscope-animation-export");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean cancelled;

    private AnimationExport(SlideViewModel viewModel, Node grids, int scale, FrameSink sink, I18n i18n,
                            Listener listener) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.grids = Objects.requireNonNull(grids, "grids");
        this.scale = scale;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.total = viewModel.stepCountBinding().get();
        this.stepBefore = viewModel.getStep();
    }

    /**
     * Pauses the playback and starts recording every step, from the first, into {@code sink}; call on the JavaFX
     * thread. The sink is closed at the end, also after a failure or a cancel.
     *
     * @param grids the node to record, drawn at {@code scale} (1 or 2)
     * @param i18n  for the sentence that explains a stop
     */
    public static AnimationExport start(SlideViewModel viewModel, Node grids, int scale, FrameSink sink,
                                        I18n i18n, Listener listener) {
        AnimationExport export = new AnimationExport(viewModel, grids, scale, sink, i18n, listener);
        viewModel.pause();
        export.capture(0);
        return export;
    }

    /**
     * How long each frame is shown for the view's speed, as the playback shows it:
     * {@code delay = 800 ms / speed} (100 ms at 8x, 3.2 s at 0.25x).
     */
    public static int frameDelayMillis(double speed) {
        return (int) Math.round(SlideAnimation.STEP_AT_1X.toMillis() / speed);
    }

    /** Stops after the frame being written; what was written so far stays a complete file. */
    public void cancel() {
        cancelled = true;
    }

    private void capture(int step) {
        if (viewModel.stepCountBinding().get() != total) {
            end(step, i18n.format("export.error.changed", viewModel.stepCountBinding().get(), total));
            return;
        }
        int[] pixels;
        int width;
        int height;
        try {
            viewModel.setStep(step);
            WritableImage frame = ViewExport.snapshot(grids, scale);
            width = (int) frame.getWidth();
            height = (int) frame.getHeight();
            pixels = ViewExport.argb(frame);
        } catch (RuntimeException e) {
            end(step, e.getMessage());
            return;
        }
        writer.execute(() -> {
            try {
                sink.addFrame(width, height, pixels);
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> end(step, e.getMessage()));
                return;
            }
            Platform.runLater(() -> {
                int done = step + 1;
                listener.progress(done, total);
                if (done == total || cancelled) {
                    end(done, null);
                } else {
                    capture(done);
                }
            });
        });
    }

    /**
     * Closes the sink on the writer thread, then puts the step back and reports on the JavaFX thread.
     *
     * @param failure why the export stopped early, or null when {@code done} frames are complete
     */
    private void end(int done, String failure) {
        writer.execute(() -> {
            String error = failure;
            try {
                sink.close();
            } catch (IOException | RuntimeException e) {
                if (error == null) {
                    error = e.getMessage();
                }
            }
            String message = error;
            Platform.runLater(() -> {
                if (stepBefore < viewModel.stepCountBinding().get()) {
                    viewModel.setStep(stepBefore);
                }
                if (message == null) {
                    listener.finished(done, total);
                } else {
                    listener.failed(message);
                }
            });
        });
        writer.shutdown();
    }
}

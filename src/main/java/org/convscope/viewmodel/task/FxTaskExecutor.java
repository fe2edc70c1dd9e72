package org.convscope.viewmodel.task;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's executor: tasks run on a small pool of daemon threads, delayed actions wait on a timer thread, and
 * every listener call and delayed action is handed to the JavaFX thread with {@link Platform#runLater}.
 *
 * <p>Progress reports are merged: while one report waits for the JavaFX thread, newer ones only update the numbers
 * it will carry, so a task reporting thousands of bands never floods the event queue and the window keeps painting.
 */
public final class FxTaskExecutor implements TaskExecutor {

    /** Two workers: loading an image or writing a PNG need not wait for a long convolution. */
    private static final int WORKERS = 2;

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Consumer<Runnable> deliver;

    /** An executor delivering on the JavaFX thread. */
    public FxTaskExecutor() {
        this(Platform::runLater);
    }

    /** An executor delivering through {@code deliver} (which must run actions one at a time, in order). */
    FxTaskExecutor(Consumer<Runnable> deliver) {
        this.deliver = Objects.requireNonNull(deliver, "deliver");
        this.workers = Executors.newFixedThreadPool(WORKERS, daemons("convscope-task"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemons("convscope-timer"));
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task, TaskListener<? super V> listener) {
        Running<V> running = new Running<>(Objects.requireNonNull(task, "task"),
                Objects.requireNonNull(listener, "listener"));
        workers.execute(running);
        return running;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        Objects.requireNonNull(action, "action");
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> future = timer.schedule(() -> deliver.accept(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }), delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> {
            cancelled.set(true);
            future.cancel(false);
        };
    }

    /** Stops the timer and interrupts the workers; nothing more is delivered. */
    @Override
    public void shutdown() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    /** One submitted task: its progress, its cancel flag and the delivery of its outcome. */
    private final class Running<V> implements Runnable, Progress, TaskHandle {
        private final BackgroundTask<V> task;
        private final TaskListener<? super V> listener;
        private volatile boolean cancelled;
        private volatile long done;
        private volatile long total;
        private final AtomicBoolean progressQueued = new AtomicBoolean();
        /** Read and written on the delivery thread only. */
        private boolean finished;

        Running(BackgroundTask<V> task, TaskListener<? super V> listener) {
            this.task = task;
            this.listener = listener;
        }

        @Override
        public void run() {
            if (cancelled) {
                finish(null, null);
                return;
            }
            try {
                V value = task.call(this);
                finish(value, null);
            } catch (CancellationException e) {
                cancelled = true;
                finish(null, null);
            } catch (Exception | Error e) {
                finish(null, e);
            }
        }

        /** Hands the outcome to the delivery thread, which decides by the cancel flag as it stands there. */
        private void finish(V value, Throwable error) {
            deliver.accept(() -> {
                if (finished) {
                    return;
                }
                finished = true;
                if (cancelled) {
                    listener.onCancelled();
                } else if (error != null) {
                    listener.onFailure(error);
                } else {
                    listener.onSuccess(value);
                }
            });
        }

        @Override
        public void progress(long done, long total) {
            this.done = done;
            this.total = total;
            if (progressQueued.compareAndSet(false, true)) {
                deliver.accept(() -> {
                    progressQueued.set(false);
                    if (!finished && !cancelled) {
                        listener.onProgress(this.done, this.total);
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}

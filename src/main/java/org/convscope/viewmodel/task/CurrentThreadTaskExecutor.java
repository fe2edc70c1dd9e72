package org.convscope.viewmodel.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * An executor for tests: a task runs at once on the calling thread and its listener is called before
 * {@link #execute} returns; delayed actions wait in a queue until the test calls {@link #runDelayed()}, so the test
 * decides when "the short pause" is over and nothing sleeps. Progress reports reach the listener as they happen,
 * so a test can cancel (or change a parameter) from inside a run.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final List<Delayed> delayed = new ArrayList<>();

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task, TaskListener<? super V> listener) {
        Objects.requireNonNull(listener, "listener");
        boolean[] cancelled = new boolean[1];
        TaskHandle handle = () -> cancelled[0] = true;
        Progress progress = new Progress() {
            @Override
            public void progress(long done, long total) {
                if (!cancelled[0]) {
                    listener.onProgress(done, total);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        V value;
        try {
            value = task.call(progress);
        } catch (CancellationException e) {
            listener.onCancelled();
            return handle;
        } catch (Exception | Error e) {
            if (cancelled[0]) {
                listener.onCancelled();
            } else {
                listener.onFailure(e);
            }
            return handle;
        }
        if (cancelled[0]) {
            listener.onCancelled();
        } else {
            listener.onSuccess(value);
        }
        return handle;
    }

    /** Queues {@code action} until {@link #runDelayed()}; the delay itself is ignored. */
    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        Delayed entry = new Delayed(Objects.requireNonNull(action, "action"));
        delayed.add(entry);
        return () -> delayed.remove(entry);
    }

    /**
     * Runs the delayed actions queued so far, in the order they were scheduled, and returns how many ran. Actions
     * they schedule in turn wait for the next call.
     */
    public int runDelayed() {
        List<Delayed> due = new ArrayList<>(delayed);
        delayed.clear();
        due.forEach(entry -> entry.action.run());
        return due.size();
    }

    /** Delayed actions waiting for {@link #runDelayed()}. */
    public int pendingDelayed() {
        return delayed.size();
    }

    @Override
    public void shutdown() {
        delayed.clear();
    }

    /** A queued action; compared by identity so that cancelling removes exactly this one. */
    private static final class Delayed {
        private final Runnable action;

        Delayed(Runnable action) {
            this.action = action;
        }
    }
}

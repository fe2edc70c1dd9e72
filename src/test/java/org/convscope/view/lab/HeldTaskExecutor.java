package org.convscope.view.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.convscope.viewmodel.task.BackgroundTask;
import org.convscope.viewmodel.task.Progress;
import org.convscope.viewmodel.task.TaskExecutor;
import org.convscope.viewmodel.task.TaskHandle;
import org.convscope.viewmodel.task.TaskListener;

/**
 * An executor the test drives: tasks wait until {@link #runTasks()}, delayed actions until {@link #runDelayed()},
 * and {@link #reportProgress} speaks for the waiting task. So a test holds a run "in flight" for as long as it
 * likes, with no timing involved. Everything runs on the thread that calls these methods (the JavaFX thread).
 */
final class HeldTaskExecutor implements TaskExecutor {

    private final List<Held<?>> tasks = new ArrayList<>();
    private final List<Runnable> delayed = new ArrayList<>();

    private static final class Held<V> implements TaskHandle, Progress {
        private final BackgroundTask<V> task;
        private final TaskListener<? super V> listener;
        private boolean cancelled;

        Held(BackgroundTask<V> task, TaskListener<? super V> listener) {
            this.task = task;
            this.listener = listener;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void progress(long done, long total) {
            if (!cancelled) {
                listener.onProgress(done, total);
            }
        }

        void run() {
            V value;
            try {
                value = task.call(this);
            } catch (CancellationException e) {
                listener.onCancelled();
                return;
            } catch (Exception e) {
                if (cancelled) {
                    listener.onCancelled();
                } else {
                    listener.onFailure(e);
                }
                return;
            }
            if (cancelled) {
                listener.onCancelled();
            } else {
                listener.onSuccess(value);
            }
        }
    }

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task, TaskListener<? super V> listener) {
        Held<V> held = new Held<>(task, listener);
        tasks.add(held);
        return held;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        delayed.add(action);
        return () -> delayed.remove(action);
    }

    @Override
    public void shutdown() {
        tasks.clear();
        delayed.clear();
    }

    /** Tasks waiting to run. */
    int waitingTasks() {
        return tasks.size();
    }

    /** Reports progress for the oldest waiting task, as its engine would. */
    void reportProgress(long done, long total) {
        tasks.get(0).progress(done, total);
    }

    /** Runs the waiting tasks, oldest first (tasks they start in turn wait for the next call); returns how many. */
    int runTasks() {
        List<Held<?>> due = new ArrayList<>(tasks);
        tasks.clear();
        due.forEach(Held::run);
        return due.size();
    }

    /** Ends "the short pause": runs the waiting delayed actions. */
    int runDelayed() {
        List<Runnable> due = new ArrayList<>(delayed);
        delayed.clear();
        due.forEach(Runnable::run);
        return due.size();
    }

    /** Runs delayed actions and tasks until none is left: everything asked for so far is done. */
    void settle() {
        // Each round may start the next step: a load starts a run.
        int done;
        do {
            done = runDelayed() + runTasks();
        } while (done > 0);
    }
}

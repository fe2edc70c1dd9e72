package org.convscope.viewmodel.task;

import java.time.Duration;

/**
 * Runs {@link BackgroundTask}s and delayed actions for the view-models, so that they never block the JavaFX thread
 * and tests can run the same view-model on one thread without a toolkit (JabRef's TaskExecutor is the model).
 * Listeners and delayed actions are always called on the executor's delivery thread, one at a time, so view-model
 * state needs no locks.
 */
public interface TaskExecutor {

    /** Starts {@code task}; its outcome goes to {@code listener}. */
    <V> TaskHandle execute(BackgroundTask<V> task, TaskListener<? super V> listener);

    /** Runs {@code action} on the delivery thread after {@code delay} (the pause before a re-run, say). */
    TaskHandle schedule(Duration delay, Runnable action);

    /** Stops the threads; tasks still running are cancelled. */
    void shutdown();
}

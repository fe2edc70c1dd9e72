package org.convscope.viewmodel.task;

/**
 * Receives the outcome of a {@link BackgroundTask}: exactly one of {@link #onSuccess}, {@link #onFailure} and
 * {@link #onCancelled}, after any number of {@link #onProgress} calls, all on the executor's delivery thread
 * (the JavaFX thread for {@link FxTaskExecutor}, the calling thread for {@link CurrentThreadTaskExecutor}).
 * Once the task's handle is cancelled, only {@link #onCancelled} follows, even if the work had already finished.
 *
 * @param <V> what the task produces
 */
public interface TaskListener<V> {

    /** The task finished and was not cancelled. */
    void onSuccess(V value);

    /** The task threw; {@code error}'s message is what to show when it is a sentence meant for a person. */
    void onFailure(Throwable error);

    /** The task was cancelled through its handle; whatever it had done is dropped. */
    default void onCancelled() {
    }

    /** {@code done} of {@code total} units are finished; reports may be merged, so some are never delivered. */
    default void onProgress(long done, long total) {
    }
}

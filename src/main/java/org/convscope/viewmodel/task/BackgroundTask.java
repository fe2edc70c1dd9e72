package org.convscope.viewmodel.task;

/**
 * Work that runs off the JavaFX thread: a convolution, loading an image, writing a PNG. It reports progress and
 * checks for cancellation through {@link Progress}; the outcome goes to a {@link TaskListener} on the thread the
 * {@link TaskExecutor} chooses (the JavaFX thread in the app). A task must not touch JavaFX properties itself.
 *
 * @param <V> what the task produces
 */
@FunctionalInterface
public interface BackgroundTask<V> {

    /**
     * Does the work. A task that sees {@link Progress#isCancelled()} may return anything or throw
     * {@link java.util.concurrent.CancellationException}: either way its listener hears {@code onCancelled()}.
     *
     * @throws Exception any failure, handed to {@link TaskListener#onFailure}
     */
    V call(Progress progress) throws Exception;
}

package org.convscope.core;

/**
 * What an engine tells its caller while it runs, and how the caller stops it: engines report progress after each
 * band of output rows and, between bands, throw {@link java.util.concurrent.CancellationException} once
 * {@link #isCancelled()} is true. Both methods are called on the engine's calling thread.
 */
public interface ConvMonitor {

    /** A monitor that ignores progress and never cancels. */
    ConvMonitor NONE = new ConvMonitor() {
        @Override
        public void progress(long done, long total) {
            // nobody is listening
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} output rows are finished; the last call has {@code done == total}. */
    void progress(long done, long total);

    /** True when the caller wants the engine to stop at the next band. */
    boolean isCancelled();
}

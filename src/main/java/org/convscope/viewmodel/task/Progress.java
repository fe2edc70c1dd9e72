package org.convscope.viewmodel.task;

/**
 * What a running {@link BackgroundTask} tells its executor, and how it learns that it should stop. Both methods are
 * called on the task's own (background) thread; the executor hands progress on to the task's listener.
 */
public interface Progress {

    /** A progress that ignores reports and is never cancelled, for running a task's work directly. */
    Progress NONE = new Progress() {
        @Override
        public void progress(long done, long total) {
            // nobody is listening
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units are finished ({@code 0 <= done <= total}, total &gt; 0). */
    void progress(long done, long total);

    /** True once the task's handle was cancelled: the task should stop soon, by returning or throwing. */
    boolean isCancelled();
}

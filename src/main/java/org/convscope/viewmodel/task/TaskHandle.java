package org.convscope.viewmodel.task;

/** A submitted task or delayed action, to cancel it. */
public interface TaskHandle {

    /** A handle of nothing: cancelling it does nothing. */
    TaskHandle NONE = () -> { };

    /**
     * Asks the task to stop ({@link Progress#isCancelled()} turns true) or drops a delayed action that has not run.
     * Afterwards the listener hears only {@link TaskListener#onCancelled}. Safe to call more than once and after
     * the task finished (then it does nothing).
     */
    void cancel();
}

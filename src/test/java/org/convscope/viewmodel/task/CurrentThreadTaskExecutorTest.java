package org.convscope.viewmodel.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The test executor: tasks at once on the calling thread, delayed actions only when the test says so. */
class CurrentThreadTaskExecutorTest {

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @Test
    void aTaskRunsAtOnceAndItsListenerHearsProgressThenTheValue() {
        RecordingListener<String> listener = new RecordingListener<>();
        executor.execute(p -> {
            p.progress(1, 2);
            p.progress(2, 2);
            return "done";
        }, listener);
        assertEquals(List.of("progress 1/2", "progress 2/2", "success done"), listener.heard);
    }

    @Test
    void aFailureIsHandedOnWithItsMessage() {
        RecordingListener<String> listener = new RecordingListener<>();
        executor.execute(p -> {
            throw new IllegalStateException("the file is damaged");
        }, listener);
        assertEquals(List.of("failure the file is damaged"), listener.heard);
    }

    @Test
    void aTaskThatStopsOnCancellationGivesOnlyCancelled() {
        RecordingListener<String> listener = new RecordingListener<>();
        TaskHandle handle = executor.execute(p -> {
            p.progress(1, 5);
            throw new CancellationException("stopped after 1 of 5 rows");
        }, listener);
        handle.cancel();
        assertEquals(List.of("progress 1/5", "cancelled"), listener.heard);
    }

    @Test
    void delayedActionsWaitForRunDelayedInOrderAndCancelledOnesNeverRun() {
        List<String> ran = new ArrayList<>();
        executor.schedule(Duration.ofMillis(250), () -> ran.add("first"));
        TaskHandle second = executor.schedule(Duration.ofMillis(250), () -> ran.add("second"));
        executor.schedule(Duration.ofMillis(250), () -> {
            ran.add("third");
            executor.schedule(Duration.ofMillis(250), () -> ran.add("scheduled by third"));
        });
        second.cancel();
        assertEquals(List.of(), ran);
        assertEquals(2, executor.pendingDelayed());
        assertEquals(2, executor.runDelayed());
        assertEquals(List.of("first", "third"), ran);
        assertEquals(1, executor.runDelayed());
        assertEquals(List.of("first", "third", "scheduled by third"), ran);
        assertEquals(0, executor.runDelayed());
    }
}

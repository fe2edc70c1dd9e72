package org.convscope.viewmodel.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The app's executor with the JavaFX thread replaced by a queue the test drains itself: what reaches the
 * "FX thread", in which order, and what cancelling does. The test waits on the queue and latches, never sleeps.
 */
class FxTaskExecutorTest {

    private static final long WAIT_SECONDS = 20;

    private final BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(fxThread::add);

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private Runnable nextDelivery() throws InterruptedException {
        Runnable r = fxThread.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(r, "nothing was delivered");
        return r;
    }

    @Test
    void theValueArrivesThroughTheDeliveryThread() throws InterruptedException {
        RecordingListener<Integer> listener = new RecordingListener<>();
        executor.execute(p -> 6 * 7, listener);
        nextDelivery().run();
        assertEquals(List.of("success 42"), listener.heard);
    }

    @Test
    void manyProgressReportsWhileTheFxThreadIsBusyArriveAsOneWithTheLatestNumbers() throws InterruptedException {
        RecordingListener<String> listener = new RecordingListener<>();
        executor.execute(p -> {
            for (int i = 1; i <= 1000; i++) {
                p.progress(i, 1000);
            }
            return "done";
        }, listener);
        Runnable progress = nextDelivery();
        Runnable outcome = nextDelivery();
        progress.run();
        outcome.run();
        assertEquals(List.of("progress 1000/1000", "success done"), listener.heard);
        assertNull(fxThread.poll());
    }

    @Test
    void cancellingAfterTheWorkFinishedButBeforeDeliveryGivesCancelledNotTheValue() throws InterruptedException {
        RecordingListener<String> listener = new RecordingListener<>();
        TaskHandle handle = executor.execute(p -> "stale result", listener);
        Runnable outcome = nextDelivery();
        handle.cancel();
        outcome.run();
        assertEquals(List.of("cancelled"), listener.heard);
    }

    @Test
    void aRunningTaskSeesTheCancelAndStops() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        RecordingListener<String> listener = new RecordingListener<>();
        TaskHandle handle = executor.execute(p -> {
            started.countDown();
            assertTrue(cancelled.await(WAIT_SECONDS, TimeUnit.SECONDS));
            return p.isCancelled() ? "saw the cancel" : "missed it";
        }, listener);
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS));
        handle.cancel();
        cancelled.countDown();
        nextDelivery().run();
        assertEquals(List.of("cancelled"), listener.heard);
    }

    @Test
    void aFailureArrivesWithItsMessage() throws InterruptedException {
        RecordingListener<String> listener = new RecordingListener<>();
        executor.execute(p -> {
            throw new java.io.IOException("cannot save out.png: the folder does not exist");
        }, listener);
        nextDelivery().run();
        assertEquals(List.of("failure cannot save out.png: the folder does not exist"), listener.heard);
    }

    @Test
    void aDelayedActionRunsOnTheDeliveryThreadUnlessCancelled() throws InterruptedException {
        List<String> ran = new ArrayList<>();
        TaskHandle dropped = executor.schedule(Duration.ofDays(1), () -> ran.add("never"));
        executor.schedule(Duration.ofMillis(1), () -> ran.add("after the pause"));
        dropped.cancel();
        nextDelivery().run();
        assertEquals(List.of("after the pause"), ran);
    }
}

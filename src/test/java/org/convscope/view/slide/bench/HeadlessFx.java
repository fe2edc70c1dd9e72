package org.convscope.view.slide.bench;

import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;

/** The JavaFX toolkit with no display (Monocle headless, software rendering), for benchmarks that draw views. */
final class HeadlessFx {

    private HeadlessFx() {
    }

    /** Starts the toolkit and returns once it runs; a benchmark fork starts it once. */
    static void start() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }
}

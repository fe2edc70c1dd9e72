package org.convscope.view.slide.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;

import org.convscope.view.I18n;
import org.convscope.view.Resources;
import org.convscope.view.Styles;
import org.convscope.view.control.CellGrid;
import org.convscope.view.slide.SlideGrids;
import org.convscope.viewmodel.SlideViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One frame of the sliding-kernel view on the largest case: a 32x32 input, an 11x11 kernel, "same"
 * padding (42x42 padded grid, 32x32 output), laid out in the space a 1920x1080 window gives it. The JavaFX
 * toolkit runs headless (Monocle); the grids are in a scene that is not shown, so the benchmark thread may draw
 * on their canvases while the FX thread idles. Run with
 * {@code mvn -q -B -o test-compile exec:exec@bench -Dbench=SlideFrameBenchmark -Dbench.args="-f 1 -wi 3 -i 5 -prof gc"}.
 *
 * <p>{@code drawFrame} is the drawing path alone (what a hover or a speed change costs), which must not allocate;
 * {@code stepAndDraw} adds the step itself: the highlight masks and the equation's 121 products as text.
 * {@code layout}: {@code projector} is the grid area of a 1920x1080 window (cells too small for numbers at this
 * size, only shades), {@code numbers} a larger area where every cell also gets its number drawn.
 *
 * <p>JMH's gc profiler counts the bytes of every thread, the idle FX thread's pulses included; the bytes
 * allocated by the benchmark thread alone, per frame, are printed after each iteration from
 * {@link com.sun.management.ThreadMXBean#getThreadAllocatedBytes(long)}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SlideFrameBenchmark {

    @Param({"projector", "numbers"})
    public String layout;

    private SlideViewModel model;
    private SlideGrids grids;
    private int step;
    private long frames;
    private long bytesBefore;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        HeadlessFx.start();
        CountDownLatch laidOut = new CountDownLatch(1);
        Platform.runLater(() -> {
            model = new SlideViewModel(1L);
            model.inputRowsProperty().set(32);
            model.inputColumnsProperty().set(32);
            model.kernelRowsProperty().set(11);
            model.kernelColumnsProperty().set(11);
            grids = new SlideGrids(model, new I18n(Locale.ENGLISH));
            boolean projector = "projector".equals(layout);
            Scene scene = new Scene(grids, projector ? 1920 - 280 - 80 - 330 : 2600,
                    projector ? 1080 - 40 - 56 - 190 - 60 - 100 : 1400);
            scene.getStylesheets().add(Resources.externalForm(SlideFrameBenchmark.class, Styles.APP_STYLESHEET));
            grids.applyCss();
            grids.layout();
            CellGrid input = (CellGrid) grids.lookup("#inputGrid");
            System.out.println("# input grid cell " + input.cellSizeProperty().get() + " px, numbers "
                    + input.fontSizeProperty().get() + " px, output " + model.getPicture().outputRows() + "x"
                    + model.getPicture().outputColumns());
            laidOut.countDown();
        });
        laidOut.await();
    }

    @Setup(Level.Iteration)
    public void countFrom() {
        frames = 0;
        bytesBefore = threadBytes();
    }

    @TearDown(Level.Iteration)
    public void printBytesPerFrame() {
        System.out.printf(Locale.ROOT, "%n# benchmark thread: %.1f bytes per frame over %d frames%n",
                (threadBytes() - bytesBefore) / (double) frames, frames);
    }

    private static long threadBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Benchmark
    public void drawFrame() {
        grids.redraw();
        frames++;
    }

    /** Moves through the output as the animation does, wrapping at the end; the view-model's listener redraws. */
    @Benchmark
    public void stepAndDraw() {
        step = step + 1 == model.stepCountBinding().get() ? 0 : step + 1;
        model.setStep(step);
        frames++;
    }
}

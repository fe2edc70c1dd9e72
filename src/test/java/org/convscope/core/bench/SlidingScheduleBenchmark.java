package org.convscope.core.bench;

import org.convscope.core.ConvGeometry;
import org.convscope.core.SlidingSchedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * What the animator and the pixel inspector pay per frame on the UI's largest teaching case: a 32x32 input,
 * an 11x11 kernel, "same" padding. Run with
 * {@code mvn -q test-compile exec:exec@bench -Dbench=SlidingScheduleBenchmark -Dbench.args="-f 1 -wi 3 -i 5 -prof gc"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SlidingScheduleBenchmark {

    private ConvGeometry geometry;
    private SlidingSchedule schedule;
    private float[] input;
    private float[] kernel;
    private float[] products;
    private int[] reached;
    private int cell;

    @Setup
    public void setUp() {
        geometry = ConvGeometry.same(32, 32, 11, 11, 1, 1);
        schedule = new SlidingSchedule(geometry);
        Random random = new Random(1L);
        input = new float[32 * 32];
        kernel = new float[11 * 11];
        for (int i = 0; i < input.length; i++) {
            input[i] = random.nextFloat();
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] = random.nextFloat() - 0.5f;
        }
        products = new float[schedule.tapCount()];
        reached = new int[schedule.maxOutputsReading()];
    }

    /** Moves to the next cell so that every call queries a different window, as a scrubbing animator does. */
    private int nextCell() {
        cell = (cell + 37) % (32 * 32);
        return cell;
    }

    @Benchmark
    public float productsAndSumOfOneWindow() {
        int c = nextCell();
        return schedule.products(c / 32, c % 32, input, kernel, products);
    }

    @Benchmark
    public int tapsOfOneWindow() {
        int c = nextCell();
        SlidingSchedule.Window w = schedule.window(c / 32, c % 32);
        int inside = 0;
        for (int tap = 0; tap < w.tapCount(); tap++) {
            inside += w.inPadding(tap) ? 0 : w.inputRow(tap) + w.inputColumn(tap);
        }
        return inside;
    }

    @Benchmark
    public int outputsReadingOneInputCell() {
        int c = nextCell();
        return schedule.outputsReading(c / 32, c % 32, reached);
    }

    @Benchmark
    public String formattedSumOfOneWindow() {
        int c = nextCell();
        return schedule.formatSum(c / 32, c % 32, input, kernel);
    }

    @Benchmark
    public SlidingSchedule buildSchedule() {
        return new SlidingSchedule(geometry);
    }
}

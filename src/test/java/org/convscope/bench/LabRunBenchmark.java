package org.convscope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convscope.core.ChannelMode;
import org.convscope.core.ConvMonitor;
import org.convscope.core.EngineChoice;
import org.convscope.core.FeaturePipeline;
import org.convscope.core.FilterBank;
import org.convscope.core.Kernel;
import org.convscope.core.KernelLibrary;
import org.convscope.core.PaddingChoice;
import org.convscope.core.Tensor;
import org.convscope.core.blas.ConvEngines;
import org.convscope.io.ColorMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The image lab's run on a 1920x1080 RGB photo, through {@link FeaturePipeline#run}, the code the lab's view-model
 * runs, with the engine the app picks ({@link ConvEngines#best()}: native BLAS when it loads; set
 * CONVSCOPE_ENGINE=java for the fallback). The targets: one 3x3 kernel per channel under 100 ms, a
 * 16-kernel 5x5 bank under 1 s.
 *
 * <p>Banks: {@code each-3x3} sharpen on R, G and B separately (3 maps); {@code gray-3x3} sobel-x on the gray image;
 * {@code sum-16x5x5} sixteen seeded 5x5 kernels, each a 5x5x3 filter over the channels (a CNN's first layer,
 * 16 maps); {@code each-16x5x5} the same sixteen on every channel (48 maps). Same padding, stride 1.
 * Work per run ({@link FeaturePipeline.Plan#flopCount}, a multiply-add counted as 2): each-3x3 0.112 GFLOP,
 * gray-3x3 0.037, sum-16x5x5 and each-16x5x5 4.98 each; GFLOP/s = that / the time.
 * Run: {@code mvn -q -B -o test-compile exec:exec@bench -Dbench=LabRunBenchmark -Dbench.args="-f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(time = 1)
@Measurement(time = 2)
public class LabRunBenchmark {

    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;

    @Param({"each-3x3", "gray-3x3", "sum-16x5x5", "each-16x5x5"})
    public String bank;

    private FeaturePipeline pipeline;
    private Tensor input;
    private EngineChoice engine;

    @Setup
    public void setUp() {
        engine = ConvEngines.best();
        System.out.println("engine: " + engine.engine().name() + " (" + engine.reason() + ")");
        Tensor photo = BenchPhotos.coffeeTensor(WIDTH, HEIGHT);
        pipeline = new FeaturePipeline(bank(bank), 1, 1, PaddingChoice.parse("same"), false, false, null, null);
        input = pipeline.bank().mode() == ChannelMode.GRAY ? ColorMode.GRAY.convert(photo) : photo;
    }

    /** The banks named in the class comment. */
    public static FilterBank bank(String name) {
        return switch (name) {
            case "each-3x3" -> new FilterBank(List.of(KernelLibrary.sharpen()), ChannelMode.EACH);
            case "gray-3x3" -> new FilterBank(List.of(KernelLibrary.sobelX()), ChannelMode.GRAY);
            case "sum-16x5x5" -> new FilterBank(sixteenFiveByFive(), ChannelMode.SUM);
            case "each-16x5x5" -> new FilterBank(sixteenFiveByFive(), ChannelMode.EACH);
            default -> throw new IllegalArgumentException("no bank called " + name);
        };
    }

    private static List<Kernel> sixteenFiveByFive() {
        List<Kernel> kernels = new ArrayList<>();
        for (int k = 0; k < 16; k++) {
            kernels.add(new Kernel("k" + k, "", 5, 5, BenchLayers.random(25, 100 + k)));
        }
        return kernels;
    }

    @Benchmark
    public Tensor pipeline() {
        return pipeline.run(input, engine.engine(), ConvMonitor.NONE).features();
    }
}

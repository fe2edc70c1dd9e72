package org.convscope.bench;

import java.util.concurrent.TimeUnit;
import org.convscope.core.Conv2d;
import org.convscope.core.ConvMonitor;
import org.convscope.core.Im2colConv;
import org.convscope.core.JavaGemm;
import org.convscope.core.OutputSink;
import org.convscope.core.ReferenceConv;
import org.convscope.core.Tensor;
import org.convscope.core.blas.BlasConv;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Convolution engines on a 1920x1080 image. The secondary result {@code gflop} is GFLOP/s, counting
 * {@code 2 Hout Wout k^2 Cin Cout} operations per convolution ({@link Conv2d#flopCount}).
 *
 * <p>The reference engine runs on a {@value #REFERENCE_ROWS}-row strip of the image (full 1920 width, same padding):
 * it works row by row with no blocking, so its rate does not depend on the height, and the full image would take
 * tens of seconds per operation. Run: {@code mvn -q -B -o test-compile exec:exec@bench}; compare with
 * {@code org.convscope.core.blas.SgemmForConvBenchmark}, the bare sgemm at the shape of the BLAS engine's bands.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(time = 1)
@Measurement(time = 1)
public class ConvBenchmark {

    /** Output rows the reference engine computes per operation. */
    public static final int REFERENCE_ROWS = 32;

    @Param({"3-1-3", "3-1-5", "3-1-7", "3-16-3", "3-16-5", "3-16-7", "16-16-3"})
    public String layer;

    private Conv2d conv;
    private Tensor image;
    private Tensor strip;
    private float[] weights;
    private float[] bias;
    private final ReferenceConv reference = new ReferenceConv();
    private final BlasConv blas = new BlasConv();
    private final Im2colConv javaGemm = new Im2colConv(new JavaGemm(), Im2colConv.DEFAULT_SCRATCH_BYTES);

    @Setup
    public void setUp() {
        conv = BenchLayers.parse(layer);
        image = BenchLayers.image(conv.inChannels(), BenchLayers.HEIGHT, BenchLayers.WIDTH);
        strip = BenchLayers.image(conv.inChannels(), REFERENCE_ROWS, BenchLayers.WIDTH);
        weights = BenchLayers.random(conv.weightCount(), 7);
        bias = BenchLayers.random(conv.outChannels(), 8);
    }

    @Benchmark
    public void blas(GflopCounter counter, Blackhole bh) {
        blas.convolve(image, conv, weights, bias, consumer(bh), ConvMonitor.NONE);
        counter.add(conv.flopCount(image.height(), image.width()));
    }

    @Benchmark
    public void javaGemm(GflopCounter counter, Blackhole bh) {
        javaGemm.convolve(image, conv, weights, bias, consumer(bh), ConvMonitor.NONE);
        counter.add(conv.flopCount(image.height(), image.width()));
    }

    @Benchmark
    public void reference(GflopCounter counter, Blackhole bh) {
        reference.convolve(strip, conv, weights, bias, consumer(bh), ConvMonitor.NONE);
        counter.add(conv.flopCount(strip.height(), strip.width()));
    }

    /** A sink that reads one value of each band, so the work cannot be optimised away, and keeps nothing. */
    private static OutputSink consumer(Blackhole bh) {
        return new OutputSink() {
            @Override
            public void begin(int channels, int height, int width) {
                bh.consume(height);
            }

            @Override
            public void accept(int y0, int rows, float[] band) {
                bh.consume(band[rows - 1]);
            }
        };
    }
}

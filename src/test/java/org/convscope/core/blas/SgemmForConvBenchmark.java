package org.convscope.core.blas;

import java.util.concurrent.TimeUnit;
import org.convscope.bench.BenchLayers;
import org.convscope.bench.GflopCounter;
import org.convscope.core.Conv2d;
import org.convscope.core.ConvGeometry;
import org.jblas.NativeBlas;
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
 * Bare jblas sgemm (no lock, no im2col) at the GEMM shape the BLAS engine's im2col path uses for one band of each
 * {@code ConvBenchmark} layer with the default 64 MiB budget: {@code m = outChannels, k = inChannels k^2,
 * n = im2colBandRows * 1920}. Its {@code gflop} (GFLOP/s, {@code 2 m n k} per call) is the ceiling for the im2col
 * path; for the layers the engine runs on its direct path (3 -> 1 channels) it is the product that path avoids. Lives
 * here because only org.convscope.core.blas may touch org.jblas; its name contains "ConvBenchmark" so the default
 * bench run includes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(time = 1)
@Measurement(time = 1)
public class SgemmForConvBenchmark {

    @Param({"3-1-3", "3-1-5", "3-1-7", "3-16-3", "3-16-5", "3-16-7", "16-16-3"})
    public String layer;

    private int m;
    private int n;
    private int k;
    private float[] a;
    private float[] b;
    private float[] c;

    @Setup
    public void setUp() {
        Conv2d conv = BenchLayers.parse(layer);
        ConvGeometry geo = conv.geometry(BenchLayers.HEIGHT, BenchLayers.WIDTH);
        m = conv.outChannels();
        k = conv.fanIn();
        n = new BlasConv().im2colBandRows(conv, geo) * geo.outW();
        a = BenchLayers.random(m * k, 1);
        b = BenchLayers.random(k * n, 2);
        c = new float[m * n];
    }

    @Benchmark
    public float[] sgemm(GflopCounter counter) {
        NativeBlas.sgemm('N', 'N', n, m, k, 1f, b, 0, n, a, 0, k, 0f, c, 0, n);
        counter.add(2L * m * n * k);
        return c;
    }
}

package org.convscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.convscope.core.Conv2d;
import org.convscope.core.ConvMonitor;
import org.convscope.core.OutputSink;
import org.convscope.core.Padding;
import org.convscope.core.Tensor;
import org.convscope.core.blas.BlasConv;

/**
 * Streams a 16-channel 7x7 convolution of a random 3840x2160 RGB image through {@link BlasConv} to a sink that keeps
 * only per-channel sums, and prints the heap's peak use. The whole output (16 x 2160 x 3840 floats, 531 MB) would not
 * fit in the 512 MB heap this is meant to run in: {@code java -Xmx512m ... org.convscope.bench.HeapProbe}.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) {
        Conv2d conv = Conv2d.of(3, 16, 7).withPadding(Padding.uniform(3));
        Tensor image = BenchLayers.image(3, 2160, 3840);
        float[] weights = BenchLayers.random(conv.weightCount(), 7);
        double[] sums = new double[conv.outChannels()];
        long[] bands = {0};
        OutputSink summary = new OutputSink() {
            private int width;

            @Override
            public void begin(int channels, int height, int width) {
                this.width = width;
            }

            @Override
            public void accept(int y0, int rows, float[] band) {
                bands[0]++;
                for (int o = 0; o < sums.length; o++) {
                    for (int i = o * rows * width, end = i + rows * width; i < end; i++) {
                        sums[o] += band[i];
                    }
                }
            }
        };
        long start = System.nanoTime();
        new BlasConv().convolve(image, conv, weights, null, summary, ConvMonitor.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        StringBuilder pools = new StringBuilder();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                long used = pool.getPeakUsage().getUsed();
                peak += used;
                pools.append(String.format(Locale.ROOT, "  %-20s peak %7.1f MiB%n", pool.getName(), used / 1048576.0));
            }
        }
        System.out.printf(Locale.ROOT, "input 3x2160x3840 (%.1f MiB), output 16x2160x3840 streamed in %d bands, %.1f s%n",
                image.size() * 4 / 1048576.0, bands[0], seconds);
        System.out.print(pools);
        System.out.printf(Locale.ROOT, "sum of heap pool peaks: %.1f MiB (max heap %.0f MiB); channel 0 sum %.3f%n",
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, sums[0]);
    }
}

package org.convscope.bench;

import java.util.Random;
import org.convscope.core.Conv2d;
import org.convscope.core.Padding;
import org.convscope.core.Tensor;

/**
 * The benchmarked layers, named "inChannels-outChannels-k" or "inChannels-outChannels-k-gGroups", on a 1920x1080
 * image with "same" padding.
 */
public final class BenchLayers {

    public static final int HEIGHT = 1080;
    public static final int WIDTH = 1920;

    private BenchLayers() {
    }

    /**
     * "3-16-5" is 3 input channels, 16 output channels, a 5x5 kernel, stride 1, padding 2 on every side; "3-3-3-g3"
     * is a 3x3 layer of 3 groups (depthwise).
     */
    public static Conv2d parse(String layer) {
        String[] p = layer.split("-");
        int k = Integer.parseInt(p[2]);
        int groups = p.length > 3 ? Integer.parseInt(p[3].substring(1)) : 1;
        return Conv2d.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), k).withPadding(Padding.uniform(k / 2))
                .withGroups(groups);
    }

    /** Uniform random values in [-1, 1), seeded. */
    public static float[] random(int n, long seed) {
        Random rnd = new Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = rnd.nextFloat() * 2 - 1;
        }
        return a;
    }

    public static Tensor image(int channels, int height, int width) {
        return new Tensor(channels, height, width, random(channels * height * width, 1080));
    }
}

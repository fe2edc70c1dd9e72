package org.convscope.viewmodel.lab;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.convscope.core.Histogram;
import org.convscope.core.Tensor;
import org.convscope.io.ImageSaver;
import org.convscope.io.ValueMapping;
import org.convscope.io.ValueRange;
import org.convscope.viewmodel.task.Progress;

/**
 * Feature maps turned into the lab's picture: one map with its own value range, or all maps tiled as
 * {@link ImageSaver#renderGrid} tiles them (same columns, gap and gap colour, one range for all), every value
 * coloured by {@link ValueMapping#argb}; plus the histogram of the values shown.
 *
 * @param argb      width x height colours 0xAARRGGBB
 * @param shown     the map shown, -1 for the grid (or the colour picture)
 * @param colour    true when the three maps are shown as the red, green and blue of one picture
 * @param gridScale map pixels per picture pixel (see {@link LabResult})
 * @param range     the range the mapping spread its colours over (the legend)
 */
record FeaturePicture(int width, int height, int[] argb, int shown, boolean colour, int gridColumns, int gridScale,
                      ValueRange range, Histogram histogram) {

    /** Bars in the histogram. */
    static final int HISTOGRAM_BINS = 64;

    /**
     * Largest side of a grid picture: a grid is an overview (a map shown alone is full size up to
     * {@link LabResult#MAX_SIDE}), and 4096 keeps a 16-map grid of a 1080p photo at a quarter of its values.
     */
    static final int MAX_GRID_SIDE = 4096;

    /**
     * Renders channel {@code shown} of {@code maps}, or the grid when {@code shown} is -1; checks {@code progress}
     * for cancellation between rows.
     */
    static FeaturePicture render(Tensor maps, ValueMapping mapping, int shown, Progress progress) {
        return render(maps, mapping, shown, false, progress);
    }

    /**
     * As {@link #render(Tensor, ValueMapping, int, Progress)}, or with {@code colour} the three maps of a per-channel
     * convolution as one RGB picture, one range for all three, as {@link ImageSaver#render} writes it: a blur of a
     * colour photo stays a colour photo. Needs three maps, a gray-level mapping and {@code shown} = -1.
     */
    static FeaturePicture render(Tensor maps, ValueMapping mapping, int shown, boolean colour, Progress progress) {
        if (colour && (maps.channels() != 3 || mapping.colour() || shown >= 0)) {
            throw new IllegalArgumentException("a colour picture shows three maps with a gray-level mapping");
        }
        int plane = maps.planeSize();
        int from = shown < 0 ? 0 : shown * plane;
        int to = shown < 0 ? maps.size() : from + plane;
        float[] data = maps.data();
        ValueRange range = mapping.range(data, from, to);
        Histogram histogram = histogram(data, from, to);
        int tiles = shown < 0 && !colour ? maps.channels() : 1;
        int columns = shown < 0 ? ImageSaver.gridColumns(tiles) : 1;
        int rows = (tiles + columns - 1) / columns;
        int maxSide = tiles > 1 ? MAX_GRID_SIDE : LabResult.MAX_SIDE;
        int scale = 1;
        while (side(columns, maps.width(), scale) > maxSide || side(rows, maps.height(), scale) > maxSide) {
            scale++;
        }
        int step = scale;
        int tileW = ceilDiv(maps.width(), scale);
        int tileH = ceilDiv(maps.height(), scale);
        int width = side(columns, maps.width(), scale);
        int height = side(rows, maps.height(), scale);
        int[] argb = new int[Math.multiplyExact(width, height)];
        if (tiles > 1) {
            Arrays.fill(argb, 0xFF000000 | ImageSaver.gridGapColour(mapping));
        }
        // Rows are independent: both cores colour them (the mapping costs tens of ns per value on a 16-map grid).
        IntStream.range(0, tiles * tileH).parallel().forEach(row -> {
            if (progress.isCancelled()) {
                throw new CancellationException("rendering cancelled");
            }
            int tile = row / tileH;
            int ty = row % tileH;
            int channel = shown < 0 ? tile : shown;
            int source = maps.index(channel, ty * step, 0);
            int target = (tile / columns * (tileH + LabResult.GRID_GAP) + ty) * width
                    + tile % columns * (tileW + LabResult.GRID_GAP);
            for (int tx = 0; tx < tileW; tx++) {
                int at = source + tx * step;
                argb[target + tx] = colour
                        ? 0xFF000000 | (mapping.argb(data[at], range) & 0xFF) << 16
                                | (mapping.argb(data[at + plane], range) & 0xFF) << 8
                                | mapping.argb(data[at + 2 * plane], range) & 0xFF
                        : mapping.argb(data[at], range);
            }
        });
        return new FeaturePicture(width, height, argb, shown, colour, columns, scale, range, histogram);
    }

    /** {@link Histogram#of} over the values' own range, counted in chunks on both cores and added up. */
    private static Histogram histogram(float[] data, int from, int to) {
        int chunks = Math.max(1, Math.min(64, (to - from) / (1 << 16)));
        int size = ceilDiv(to - from, chunks);
        double[] extremes = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> finiteExtremes(data, from + c * size, Math.min(to, from + (c + 1) * size)))
                .reduce((a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])}).orElseThrow();
        if (extremes[0] > extremes[1]) {
            extremes = new double[] {0, 0};
        }
        double low = extremes[0];
        double high = extremes[1];
        long[] counts = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> Histogram.of(data, from + c * size, Math.min(to, from + (c + 1) * size),
                        HISTOGRAM_BINS, low, high).counts())
                .reduce(new long[HISTOGRAM_BINS], (a, b) -> {
                    long[] sum = a.clone();
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += b[i];
                    }
                    return sum;
                });
        return new Histogram(counts, low, high);
    }

    /** {min, max} of the finite values in [from, to); {+inf, -inf} when there are none. */
    private static double[] finiteExtremes(float[] data, int from, int to) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            float v = data[i];
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new double[] {min, max};
    }

    /** Pixels along one axis of a grid of {@code tiles} maps of {@code size} shown at 1 / scale. */
    private static int side(int tiles, int size, int scale) {
        return tiles * ceilDiv(size, scale) + (tiles - 1) * LabResult.GRID_GAP;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}

package org.convscope.viewmodel.lab;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
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
 * @param shown     the map shown, -1 for the grid
 * @param gridScale map pixels per picture pixel (see {@link LabResult})
 * @param range     the range the mapping spread its colours over (the legend)
 */
record FeaturePicture(int width, int height, int[] argb, int shown, int gridColumns, int gridScale, ValueRange range,
                      Histogram histogram) {

    /** Bars in the histogram. */
    static final int HISTOGRAM_BINS = 64;

    /**
     * Renders channel {@code shown} of {@code maps}, or the grid when {@code shown} is -1; checks {@code progress}
     * for cancellation between rows.
     */
    static FeaturePicture render(Tensor maps, ValueMapping mapping, int shown, Progress progress) {
        int plane = maps.planeSize();
        int from = shown < 0 ? 0 : shown * plane;
        int to = shown < 0 ? maps.size() : from + plane;
        ValueRange range = mapping.range(maps.data(), from, to);
        Histogram histogram = Histogram.of(maps.data(), from, to, HISTOGRAM_BINS);
        int tiles = shown < 0 ? maps.channels() : 1;
        int columns = shown < 0 ? ImageSaver.gridColumns(tiles) : 1;
        int rows = (tiles + columns - 1) / columns;
        int scale = 1;
        while (side(columns, maps.width(), scale) > LabResult.MAX_SIDE
                || side(rows, maps.height(), scale) > LabResult.MAX_SIDE) {
            scale++;
        }
        int tileW = ceilDiv(maps.width(), scale);
        int tileH = ceilDiv(maps.height(), scale);
        int width = side(columns, maps.width(), scale);
        int height = side(rows, maps.height(), scale);
        int[] argb = new int[Math.multiplyExact(width, height)];
        if (tiles > 1) {
            Arrays.fill(argb, 0xFF000000 | ImageSaver.gridGapColour(mapping));
        }
        float[] data = maps.data();
        for (int tile = 0; tile < tiles; tile++) {
            int channel = shown < 0 ? tile : shown;
            int left = tile % columns * (tileW + LabResult.GRID_GAP);
            int top = tile / columns * (tileH + LabResult.GRID_GAP);
            for (int ty = 0; ty < tileH; ty++) {
                if (progress.isCancelled()) {
                    throw new CancellationException("rendering cancelled");
                }
                int source = maps.index(channel, ty * scale, 0);
                int target = (top + ty) * width + left;
                for (int tx = 0; tx < tileW; tx++) {
                    argb[target + tx] = mapping.argb(data[source + tx * scale], range);
                }
            }
        }
        return new FeaturePicture(width, height, argb, shown, columns, scale, range, histogram);
    }

    /** Pixels along one axis of a grid of {@code tiles} maps of {@code size} shown at 1 / scale. */
    private static int side(int tiles, int size, int scale) {
        return tiles * ceilDiv(size, scale) + (tiles - 1) * LabResult.GRID_GAP;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}

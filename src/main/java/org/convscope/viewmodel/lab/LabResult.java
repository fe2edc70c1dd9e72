package org.convscope.viewmodel.lab;

import java.util.List;

/**
 * What one run of the lab produced, ready to show: the picture of the shown feature map (or the grid of all of
 * them), the legend of its mapping, the histogram of the values shown, and the run's figures.
 *
 * <p>The grid tiles the C maps {@code gridColumns = ceil(sqrt(C))} across, in channel order, each
 * {@code outWidth x outHeight}, {@value #GRID_GAP} px apart, exactly as the PNG export draws it.
 *
 * @param width        picture width in pixels
 * @param height       picture height in pixels
 * @param argb         width * height colours 0xAARRGGBB, row-major; shared, not copied: do not modify
 * @param shownChannel the map shown, or -1 for the grid
 * @param gridColumns  tiles across (1 when one map is shown)
 * @param channels     feature maps the run produced (after the 1x1 mix when it is on)
 * @param outHeight    rows of one feature map (after pooling)
 * @param outWidth     columns of one feature map (after pooling)
 * @param legendLow    the value of the legend's first colour
 * @param legendHigh   the value of the legend's last colour
 * @param diverging    true when the colours are the diverging map (blue - white - red), false for gray levels
 * @param histogram    the values shown, binned
 * @param millis       wall time of the run: convolution, ReLU, pooling and mix
 * @param gflops       convolution and mix floating-point operations (a multiply-add counts 2) per second, in 10^9
 * @param engine       the engine's name, e.g. "im2col + native BLAS"
 * @param channelNames one name per feature map, e.g. "sobel-x · R"
 */
public record LabResult(int width, int height, int[] argb, int shownChannel, int gridColumns, int channels,
                        int outHeight, int outWidth, double legendLow, double legendHigh, boolean diverging,
                        LabHistogram histogram, double millis, double gflops, String engine,
                        List<String> channelNames) {

    /** Pixels between the tiles of the grid (the same as the exported PNG's). */
    public static final int GRID_GAP = 2;

    public LabResult {
        if (argb == null || argb.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs " + (long) width * height
                    + " pixels, not " + (argb == null ? 0 : argb.length));
        }
        if (channelNames == null || channelNames.size() != channels) {
            throw new IllegalArgumentException("every one of the " + channels + " feature maps needs a name");
        }
        channelNames = List.copyOf(channelNames);
    }

    /** True when the picture is the grid of all maps. */
    public boolean isGrid() {
        return shownChannel < 0;
    }

    /**
     * The feature map under picture pixel (x, y): the shown map, or in the grid the tile's channel; -1 in the gaps
     * between tiles or outside the picture.
     */
    public int channelAt(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return -1;
        }
        if (!isGrid()) {
            return shownChannel;
        }
        int column = x / (outWidth + GRID_GAP);
        int row = y / (outHeight + GRID_GAP);
        if (x % (outWidth + GRID_GAP) >= outWidth || y % (outHeight + GRID_GAP) >= outHeight) {
            return -1;
        }
        int channel = row * gridColumns + column;
        return channel < channels ? channel : -1;
    }
}

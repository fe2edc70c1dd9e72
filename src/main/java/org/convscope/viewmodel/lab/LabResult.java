package org.convscope.viewmodel.lab;

import java.util.List;
import org.convscope.io.ImageSaver;

/**
 * What one run of the lab produced, ready to show: the picture of the shown feature map (or the grid of all of
 * them), the legend of its mapping, the histogram of the values shown, and the run's figures.
 *
 * <p>The grid tiles the C maps {@code gridColumns = ceil(sqrt(C))} across, in channel order, each
 * {@code outWidth x outHeight}, {@value #GRID_GAP} px apart, exactly as the PNG export draws it. A grid that
 * would be wider or taller than 4096 px (a big bank on a photo), or one map larger than {@value #MAX_SIDE} px,
 * shows every {@code gridScale}-th row and column of each map, so tiles are
 * {@code ceil(outWidth / gridScale) x ceil(outHeight / gridScale)}; click a map to see it alone at full size. The
 * export is always full size.
 *
 * @param width        picture width in pixels
 * @param height       picture height in pixels
 * @param argb         width * height colours 0xAARRGGBB, row-major; shared, not copied: do not modify
 * @param shownChannel the map shown, or -1 for the grid or the colour picture
 * @param colour       true when the picture shows the three maps of a per-channel convolution with one kernel as
 *                     its red, green and blue (RGB stays RGB); false for one map or the grid
 * @param gridColumns  tiles across (1 when one map is shown)
 * @param gridScale    map pixels per picture pixel along each axis, 1 unless the picture would be too large
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
public record LabResult(int width, int height, int[] argb, int shownChannel, boolean colour, int gridColumns,
                        int gridScale,
                        int channels,
                        int outHeight, int outWidth, double legendLow, double legendHigh, boolean diverging,
                        LabHistogram histogram, double millis, double gflops, String engine,
                        List<String> channelNames) {

    /** Pixels between the tiles of the grid (the same as the exported PNG's). */
    public static final int GRID_GAP = ImageSaver.GRID_GAP;

    /** Largest picture side in pixels, within what a JavaFX texture holds. */
    public static final int MAX_SIDE = 8192;

    public LabResult {
        if (argb == null || argb.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs " + (long) width * height
                    + " pixels, not " + (argb == null ? 0 : argb.length));
        }
        if (channelNames == null || channelNames.size() != channels) {
            throw new IllegalArgumentException("every one of the " + channels + " feature maps needs a name");
        }
        if (gridScale < 1 || gridColumns < 1) {
            throw new IllegalArgumentException("the grid needs at least one column and a scale of at least 1");
        }
        channelNames = List.copyOf(channelNames);
    }

    /** Picture columns of one map: {@code ceil(outWidth / gridScale)}. */
    public int tileWidth() {
        return (outWidth + gridScale - 1) / gridScale;
    }

    /** Picture rows of one map: {@code ceil(outHeight / gridScale)}. */
    public int tileHeight() {
        return (outHeight + gridScale - 1) / gridScale;
    }

    /** True when the picture is the grid of all maps. */
    public boolean isGrid() {
        return shownChannel < 0 && !colour;
    }

    /**
     * The feature map under picture pixel (x, y): the shown map, in the grid the tile's channel, in the colour
     * picture the red map; -1 in the gaps between tiles or outside the picture.
     */
    public int channelAt(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return -1;
        }
        if (!isGrid()) {
            return colour ? 0 : shownChannel;
        }
        int column = x / (tileWidth() + GRID_GAP);
        int row = y / (tileHeight() + GRID_GAP);
        if (x % (tileWidth() + GRID_GAP) >= tileWidth() || y % (tileHeight() + GRID_GAP) >= tileHeight()) {
            return -1;
        }
        int channel = row * gridColumns + column;
        return channel < channels ? channel : -1;
    }

    /** Row of the feature map under picture row {@code y} (valid where {@link #channelAt} is not -1). */
    public int mapRow(int y) {
        return (isGrid() ? y % (tileHeight() + GRID_GAP) : y) * gridScale;
    }

    /** Column of the feature map under picture column {@code x} (valid where {@link #channelAt} is not -1). */
    public int mapColumn(int x) {
        return (isGrid() ? x % (tileWidth() + GRID_GAP) : x) * gridScale;
    }
}

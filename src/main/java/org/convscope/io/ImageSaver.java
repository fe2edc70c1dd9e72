package org.convscope.io;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convscope.core.Tensor;

/**
 * Writes tensors as PNG images through a {@link ValueMapping}: a gray or RGB image, one channel of a feature map,
 * or all channels of a feature map tiled in one grid. Gray mappings give 8-bit gray PNGs (RGB for 3-channel
 * tensors), {@link ValueMapping#DIVERGING} gives RGB. Every channel shown in one image shares one value range, so
 * the same colour means the same value everywhere in it; the range is returned.
 */
public final class ImageSaver {

    /** Pixels between tiles of a feature-map grid. */
    public static final int GRID_GAP = 2;

    private static final int WHITE = 0xFFFFFF;
    /** Gaps of a diverging grid are dark, since its zero is near-white. */
    private static final int DARK_GRAY = 0x404040;

    private ImageSaver() {
    }

    /**
     * Renders a 1-channel tensor (gray, or colour with {@link ValueMapping#DIVERGING}) or a 3-channel tensor as
     * RGB (gray mappings only, all channels with one range).
     */
    public static BufferedImage render(Tensor t, ValueMapping mapping) {
        if (t.channels() == 1) {
            return renderChannel(t, 0, mapping);
        }
        if (t.channels() == 3 && !mapping.colour()) {
            ValueRange range = mapping.range(t.data());
            BufferedImage image = new BufferedImage(t.width(), t.height(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < t.height(); y++) {
                for (int x = 0; x < t.width(); x++) {
                    int r = mapping.argb(t.get(0, y, x), range) & 0xFF;
                    int g = mapping.argb(t.get(1, y, x), range) & 0xFF;
                    int b = mapping.argb(t.get(2, y, x), range) & 0xFF;
                    image.setRGB(x, y, r << 16 | g << 8 | b);
                }
            }
            return image;
        }
        String why = t.channels() == 3 ? "a diverging colour map shows one channel at a time"
                : "a " + t.channels() + "-channel tensor is not an image";
        throw new IllegalArgumentException(why + "; choose a channel (0 to " + (t.channels() - 1)
                + ") or save a grid of all channels");
    }

    /** Renders channel {@code channel} of {@code t} with the range of that channel alone. */
    public static BufferedImage renderChannel(Tensor t, int channel, ValueMapping mapping) {
        checkChannel(t, channel);
        int from = channel * t.planeSize();
        ValueRange range = mapping.range(t.data(), from, from + t.planeSize());
        BufferedImage image = newImage(t.width(), t.height(), mapping);
        drawChannel(image, 0, 0, t, channel, mapping, range);
        return image;
    }

    /**
     * Renders every channel of {@code t} as a tile in a near-square grid, {@code cols = ceil(sqrt(C))} tiles
     * across and {@code ceil(C / cols)} down, in channel order, {@value #GRID_GAP} px apart, all with one range.
     */
    public static BufferedImage renderGrid(Tensor t, ValueMapping mapping) {
        int c = t.channels();
        int cols = gridColumns(c);
        int rows = (c + cols - 1) / cols;
        int width = Math.addExact(Math.multiplyExact(cols, t.width()), (cols - 1) * GRID_GAP);
        int height = Math.addExact(Math.multiplyExact(rows, t.height()), (rows - 1) * GRID_GAP);
        BufferedImage image = newImage(width, height, mapping);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(gridGapColour(mapping)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ValueRange range = mapping.range(t.data());
        for (int channel = 0; channel < c; channel++) {
            int left = channel % cols * (t.width() + GRID_GAP);
            int top = channel / cols * (t.height() + GRID_GAP);
            drawChannel(image, left, top, t, channel, mapping, range);
        }
        return image;
    }

    /** Tiles across a grid of {@code channels} maps: {@code ceil(sqrt(channels))}, so the grid is near-square. */
    public static int gridColumns(int channels) {
        return (int) Math.ceil(Math.sqrt(channels));
    }

    /** The colour 0xRRGGBB between the tiles of a grid drawn with {@code mapping}. */
    public static int gridGapColour(ValueMapping mapping) {
        return mapping.colour() ? DARK_GRAY : WHITE;
    }

    /** Writes {@link #render} as a PNG; returns the value range that was mapped. */
    public static ValueRange save(Tensor t, ValueMapping mapping, Path file) throws IOException {
        write(render(t, mapping), file);
        return mapping.range(t.data());
    }

    /** Writes {@link #renderChannel} as a PNG; returns the value range that was mapped. */
    public static ValueRange saveChannel(Tensor t, int channel, ValueMapping mapping, Path file) throws IOException {
        write(renderChannel(t, channel, mapping), file);
        int from = channel * t.planeSize();
        return mapping.range(t.data(), from, from + t.planeSize());
    }

    /** Writes {@link #renderGrid} as a PNG; returns the value range that was mapped. */
    public static ValueRange saveGrid(Tensor t, ValueMapping mapping, Path file) throws IOException {
        write(renderGrid(t, mapping), file);
        return mapping.range(t.data());
    }

    /**
     * Writes {@code width * height} ARGB pixels, row by row (as a view's snapshot gives them), as an RGB PNG;
     * alpha is dropped, since a snapshot is drawn on an opaque background.
     */
    public static void writeArgb(int width, int height, int[] argb, Path file) throws IOException {
        write(argbImage(width, height, argb), file);
    }

    /** The pixels of {@link #writeArgb} as an RGB image. */
    static BufferedImage argbImage(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || argb.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs "
                    + (long) width * height + " pixels, not " + argb.length);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }

    /** Writes an image as PNG, with a message naming the file when that fails. */
    public static void write(BufferedImage image, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("cannot save " + file + ": the folder " + folder + " does not exist");
        }
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot save " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static BufferedImage newImage(int width, int height, ValueMapping mapping) {
        return new BufferedImage(width, height, mapping.colour() ? BufferedImage.TYPE_INT_RGB
                : BufferedImage.TYPE_BYTE_GRAY);
    }

    private static void drawChannel(BufferedImage image, int left, int top, Tensor t, int channel,
            ValueMapping mapping, ValueRange range) {
        if (mapping.colour()) {
            for (int y = 0; y < t.height(); y++) {
                for (int x = 0; x < t.width(); x++) {
                    image.setRGB(left + x, top + y, mapping.argb(t.get(channel, y, x), range));
                }
            }
        } else {
            // setRGB on a gray image converts through a linear colour space; write the levels themselves.
            int[] row = new int[t.width()];
            for (int y = 0; y < t.height(); y++) {
                for (int x = 0; x < t.width(); x++) {
                    row[x] = mapping.argb(t.get(channel, y, x), range) & 0xFF;
                }
                image.getRaster().setSamples(left, top + y, t.width(), 1, 0, row);
            }
        }
    }

    private static void checkChannel(Tensor t, int channel) {
        if (channel < 0 || channel >= t.channels()) {
            throw new IllegalArgumentException("channel " + channel + " does not exist; this tensor has channels"
                    + " 0 to " + (t.channels() - 1));
        }
    }
}

package org.convscope.io;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.PackedColorModel;
import java.awt.image.Raster;
import org.convscope.core.Tensor;

/**
 * Turns a decoded image into a float tensor with values 0..255, from the raw samples so that 16-bit images keep
 * their precision (a 16-bit sample v becomes v / 257) and no colour management changes the numbers: the same
 * values PIL and OpenCV read from the file.
 *
 * <p>Transparent pixels are composited over white, {@code c' = a c + (1 - a) 255} with alpha a in 0..1, because
 * a transparent background shows as white on a page or a projector. Gray from colour is ITU-R BT.601 luma,
 * {@code Y = 0.299 R + 0.587 G + 0.114 B} (PIL's "L" mode and OpenCV's {@code COLOR_RGB2GRAY}). For 8-bit
 * colours it is rounded to a whole level exactly as PIL rounds it, {@code (19595 R + 38470 G + 7471 B + 2^15) >> 16},
 * so that a gray image here is the very image PIL and OpenCV convolve; values that are not whole levels (16-bit
 * samples, colours seen through alpha) keep their fraction.
 */
final class RasterConverter {

    private static final float WHITE = 255f;

    private RasterConverter() {
    }

    static Tensor toTensor(BufferedImage image, ColorMode mode) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] data = new float[Math.multiplyExact(mode.channels(), Math.multiplyExact(w, h))];
        RowReader reader = rowReader(image);
        float[][] rgb = new float[3][w];
        float[] gray = new float[w];
        int plane = w * h;
        for (int y = 0; y < h; y++) {
            boolean isGray = reader.read(y, rgb, gray);
            int at = y * w;
            if (mode == ColorMode.GRAY) {
                if (isGray) {
                    System.arraycopy(gray, 0, data, at, w);
                } else {
                    for (int x = 0; x < w; x++) {
                        data[at + x] = luma(rgb[0][x], rgb[1][x], rgb[2][x]);
                    }
                }
            } else {
                for (int c = 0; c < 3; c++) {
                    System.arraycopy(isGray ? gray : rgb[c], 0, data, c * plane + at, w);
                }
            }
        }
        return new Tensor(mode.channels(), h, w, data);
    }

    /**
     * ITU-R BT.601 luma, {@code 0.299 R + 0.587 G + 0.114 B}; for whole 8-bit levels PIL's fixed-point rounding
     * {@code (19595 R + 38470 G + 7471 B + 2^15) >> 16}. Exactly the value itself when R = G = B.
     */
    static float luma(float r, float g, float b) {
        if (r == g && g == b) {
            return r;
        }
        if (isLevel(r) && isLevel(g) && isLevel(b)) {
            return (19595 * (int) r + 38470 * (int) g + 7471 * (int) b + 0x8000) >> 16;
        }
        return (float) (0.299 * r + 0.587 * g + 0.114 * b);
    }

    private static boolean isLevel(float v) {
        return v == (int) v;
    }

    /** c' = a c + (1 - a) 255: a colour with alpha a (0..1) seen on white paper. */
    static float overWhite(float c, float alpha) {
        return alpha * c + (1 - alpha) * WHITE;
    }

    /** Reads one row into rgb (colour images) or gray (gray images); returns true when it filled gray. */
    private interface RowReader {
        boolean read(int y, float[][] rgb, float[] gray);
    }

    private static RowReader rowReader(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        if (cm instanceof IndexColorModel palette) {
            return paletteReader(palette, raster);
        }
        int type = cm.getColorSpace().getType();
        boolean plainSamples = (cm instanceof ComponentColorModel || cm instanceof PackedColorModel)
                && !cm.isAlphaPremultiplied()
                && raster.getTransferType() != DataBuffer.TYPE_FLOAT
                && raster.getTransferType() != DataBuffer.TYPE_DOUBLE
                && (type == ColorSpace.TYPE_RGB && cm.getNumColorComponents() == 3
                    || type == ColorSpace.TYPE_GRAY && cm.getNumColorComponents() == 1);
        return plainSamples ? sampleReader(cm, raster) : sRgbReader(image);
    }

    private static RowReader paletteReader(IndexColorModel palette, Raster raster) {
        int size = palette.getMapSize();
        float[][] colours = new float[3][size];
        float[] gray = new float[size];
        boolean allGray = true;
        for (int i = 0; i < size; i++) {
            float a = palette.getAlpha(i) / 255f;
            int r = palette.getRed(i);
            int g = palette.getGreen(i);
            int b = palette.getBlue(i);
            allGray &= r == g && g == b;
            colours[0][i] = overWhite(r, a);
            colours[1][i] = overWhite(g, a);
            colours[2][i] = overWhite(b, a);
            gray[i] = overWhite(r, a);
        }
        boolean grayPalette = allGray;
        int w = raster.getWidth();
        int[] index = new int[w];
        return (y, rgb, out) -> {
            raster.getSamples(0, y, w, 1, 0, index);
            for (int x = 0; x < w; x++) {
                int i = index[x];
                if (grayPalette) {
                    out[x] = gray[i];
                } else {
                    rgb[0][x] = colours[0][i];
                    rgb[1][x] = colours[1][i];
                    rgb[2][x] = colours[2][i];
                }
            }
            return grayPalette;
        };
    }

    private static RowReader sampleReader(ColorModel cm, Raster raster) {
        int colours = cm.getNumColorComponents();
        boolean hasAlpha = cm.hasAlpha();
        int w = raster.getWidth();
        // Sample v of a b-bit component maps to v * 255 / (2^b - 1): 8 bits unchanged, 16 bits v / 257.
        double[] scale = new double[cm.getNumComponents()];
        for (int band = 0; band < scale.length; band++) {
            scale[band] = 255.0 / ((1L << cm.getComponentSize(band)) - 1);
        }
        int[] samples = new int[w];
        float[] alpha = new float[w];
        return (y, rgb, gray) -> {
            if (hasAlpha) {
                raster.getSamples(0, y, w, 1, colours, samples);
                double toUnit = scale[colours] / 255.0;
                for (int x = 0; x < w; x++) {
                    alpha[x] = (float) (samples[x] * toUnit);
                }
            }
            for (int band = 0; band < colours; band++) {
                float[] out = colours == 1 ? gray : rgb[band];
                raster.getSamples(0, y, w, 1, band, samples);
                for (int x = 0; x < w; x++) {
                    float v = (float) (samples[x] * scale[band]);
                    out[x] = hasAlpha ? overWhite(v, alpha[x]) : v;
                }
            }
            return colours == 1;
        };
    }

    /** Any other layout (premultiplied alpha, other colour spaces): let Java2D convert to 8-bit sRGB. */
    private static RowReader sRgbReader(BufferedImage image) {
        int w = image.getWidth();
        int[] argb = new int[w];
        return (y, rgb, gray) -> {
            image.getRGB(0, y, w, 1, argb, 0, w);
            for (int x = 0; x < w; x++) {
                int p = argb[x];
                float a = (p >>> 24) / 255f;
                rgb[0][x] = overWhite((p >> 16) & 0xFF, a);
                rgb[1][x] = overWhite((p >> 8) & 0xFF, a);
                rgb[2][x] = overWhite(p & 0xFF, a);
            }
            return false;
        };
    }
}

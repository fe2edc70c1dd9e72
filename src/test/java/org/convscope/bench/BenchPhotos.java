package org.convscope.bench;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.convscope.core.Tensor;
import org.convscope.io.SampleImages;

/**
 * A real photo at a benchmark's size: a bundled sample scaled bicubically to width x height, so the timings are
 * taken on the kind of picture people open (smooth areas, edges, texture), not on noise.
 */
public final class BenchPhotos {

    private BenchPhotos() {
    }

    /** The sample {@code coffee.png} (600x400 RGB) scaled to {@code width x height}, opaque RGB. */
    public static BufferedImage coffee(int width, int height) {
        BufferedImage sample;
        try (InputStream in = Objects.requireNonNull(
                BenchPhotos.class.getResourceAsStream(SampleImages.FOLDER + "coffee.png"), "coffee.png")) {
            sample = ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(sample, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }

    /** {@link #coffee} as a 3 x height x width tensor of 0..255 values, as the loader makes an RGB file. */
    public static Tensor coffeeTensor(int width, int height) {
        int[] argb = coffeeArgb(width, height);
        int plane = width * height;
        float[] v = new float[3 * plane];
        for (int i = 0; i < plane; i++) {
            v[i] = argb[i] >> 16 & 0xFF;
            v[plane + i] = argb[i] >> 8 & 0xFF;
            v[2 * plane + i] = argb[i] & 0xFF;
        }
        return new Tensor(3, height, width, v);
    }

    /** The pixels of {@link #coffee} as 0xAARRGGBB, row-major. */
    public static int[] coffeeArgb(int width, int height) {
        return coffee(width, height).getRGB(0, 0, width, height, null, 0, width);
    }
}

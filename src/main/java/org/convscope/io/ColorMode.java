package org.convscope.io;

import org.convscope.core.Tensor;

/** How many channels an image becomes when loaded. */
public enum ColorMode {
    /** One channel of luma (ITU-R BT.601: 0.299 R + 0.587 G + 0.114 B), or the gray values of a gray image. */
    GRAY(1),
    /** Three channels R, G, B; a gray image repeats its values in all three. */
    RGB(3);

    private final int channels;

    ColorMode(int channels) {
        this.channels = channels;
    }

    /** Number of tensor channels this mode produces. */
    public int channels() {
        return channels;
    }

    /**
     * {@code image} (1 or 3 channels, as the loader makes them) in this mode, with the loader's own arithmetic:
     * GRAY takes the luma of each RGB pixel, RGB repeats a gray channel three times. An image already in this mode
     * is returned as it is, not copied. Converting a loaded RGB image gives exactly what loading the file in gray
     * gives, so an image needs to be decoded only once.
     */
    public Tensor convert(Tensor image) {
        if (image.channels() == channels) {
            return image;
        }
        if (image.channels() != 1 && image.channels() != 3) {
            throw new IllegalArgumentException("an image has 1 (gray) or 3 (RGB) channels, not " + image.channels());
        }
        int plane = image.planeSize();
        float[] in = image.data();
        float[] out = new float[channels * plane];
        if (this == GRAY) {
            for (int i = 0; i < plane; i++) {
                out[i] = RasterConverter.luma(in[i], in[plane + i], in[2 * plane + i]);
            }
        } else {
            for (int c = 0; c < 3; c++) {
                System.arraycopy(in, 0, out, c * plane, plane);
            }
        }
        return new Tensor(channels, image.height(), image.width(), out);
    }
}

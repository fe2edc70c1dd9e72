package org.convscope.io;

import org.convscope.core.Tensor;

/**
 * Turns a tensor upright according to its EXIF orientation tag: phones store photos as the sensor saw them and
 * record the turn in the tag, so without it a portrait photo appears on its side. The tag values (EXIF 2.32,
 * tag 0x0112) say where row 0 and column 0 of the stored image belong:
 * 1 upright, 2 mirrored left-right, 3 turned 180 degrees, 4 mirrored top-bottom, 5 transposed,
 * 6 to be turned 90 degrees clockwise, 7 transversed, 8 to be turned 90 degrees counter-clockwise.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The upright tensor for a stored tensor {@code t} with orientation tag {@code tag}; {@code t} itself for 1. */
    static Tensor upright(Tensor t, int tag) {
        if (tag == 1) {
            return t;
        }
        int h = t.height();
        int w = t.width();
        boolean swaps = tag >= 5;
        int outH = swaps ? w : h;
        int outW = swaps ? h : w;
        Tensor out = Tensor.zeros(t.channels(), outH, outW);
        for (int c = 0; c < t.channels(); c++) {
            for (int y = 0; y < outH; y++) {
                for (int x = 0; x < outW; x++) {
                    // (sy, sx): where upright pixel (y, x) is stored.
                    int sy;
                    int sx;
                    switch (tag) {
                        case 2 -> { sy = y; sx = w - 1 - x; }
                        case 3 -> { sy = h - 1 - y; sx = w - 1 - x; }
                        case 4 -> { sy = h - 1 - y; sx = x; }
                        case 5 -> { sy = x; sx = y; }
                        case 6 -> { sy = h - 1 - x; sx = y; }
                        case 7 -> { sy = h - 1 - x; sx = w - 1 - y; }
                        case 8 -> { sy = x; sx = w - 1 - y; }
                        default -> throw new IllegalArgumentException("EXIF orientation must be 1 to 8, not " + tag);
                    }
                    out.set(c, y, x, t.get(c, sy, sx));
                }
            }
        }
        return out;
    }
}

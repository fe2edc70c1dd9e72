package org.convscope.io;

import java.io.IOException;
import javax.imageio.stream.ImageInputStream;

/** Reads the number of colour components from a JPEG's frame header (SOF segment) without decoding. */
final class JpegHeader {

    private JpegHeader() {
    }

    /**
     * Walks the marker segments after SOI until a start-of-frame and returns its component count (1 gray,
     * 3 YCbCr/RGB, 4 CMYK or YCCK), or -1 when none is found before the image data. Moves back to the start.
     */
    static int componentCount(ImageInputStream in) throws IOException {
        try {
            in.seek(2);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return -1;
                }
                if (b != 0xFF) {
                    continue;
                }
                int marker = in.read();
                while (marker == 0xFF) {
                    marker = in.read();
                }
                if (marker < 0 || marker == 0xD9 || marker == 0xDA) {
                    return -1;
                }
                if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8 || marker == 0x00) {
                    continue;
                }
                int length = in.readUnsignedShort();
                boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF
                        && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
                if (startOfFrame) {
                    in.skipBytes(5); // precision (1 byte), height (2), width (2)
                    return in.read();
                }
                in.seek(in.getStreamPosition() + length - 2);
            }
        } catch (java.io.EOFException e) {
            return -1;
        } finally {
            in.seek(0);
        }
    }
}

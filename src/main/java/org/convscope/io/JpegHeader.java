package org.convscope.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.IntPredicate;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads what ConvScope needs from a JPEG's marker segments without decoding the image: the number of colour
 * components (to refuse CMYK) and the EXIF orientation (to show phone photos upright).
 */
final class JpegHeader {

    private JpegHeader() {
    }

    /**
     * The component count of the frame header (1 gray, 3 YCbCr or RGB, 4 CMYK or YCCK), or -1 when there is no
     * start-of-frame before the image data. Moves back to the start.
     */
    static int componentCount(ImageInputStream in) throws IOException {
        try {
            // SOF0 to SOF15; C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding) are not frames.
            if (findSegment(in, m -> m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) < 0) {
                return -1;
            }
            in.skipBytes(5); // precision (1 byte), height (2), width (2)
            return in.read();
        } finally {
            in.seek(0);
        }
    }

    /**
     * The EXIF orientation (1 to 8; 1 means upright) from an APP1 "Exif" segment before the image data, or 1 when
     * there is none or it cannot be read. Moves back to the start.
     */
    static int exifOrientation(ImageInputStream in) throws IOException {
        ByteOrder order = in.getByteOrder();
        try {
            while (true) {
                int length = findSegment(in, m -> m == 0xE1);
                if (length < 0) {
                    return 1;
                }
                long next = in.getStreamPosition() + length - 2;
                if (length >= 2 + 6 + 8 && readAscii(in, 6).equals("Exif\0\0")) {
                    return orientationFromTiff(in);
                }
                in.seek(next);
            }
        } catch (EOFException e) {
            return 1;
        } finally {
            in.setByteOrder(order);
            in.seek(0);
        }
    }

    /**
     * From the current position (or the start, just after SOI), walks the marker segments to the first whose
     * marker is {@code wanted}, and returns its length with the stream just after the length field; -1 when the
     * image data (SOS), the end marker or the end of the file comes first.
     */
    private static int findSegment(ImageInputStream in, IntPredicate wanted) throws IOException {
        if (in.getStreamPosition() < 2) {
            in.seek(2);
        }
        try {
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return -1;
                }
                if (b != 0xFF) {
                    continue;
                }
                int marker = in.read();
                while (marker == 0xFF) { // fill bytes
                    marker = in.read();
                }
                if (marker < 0 || marker == 0xD9 || marker == 0xDA) {
                    return -1;
                }
                if (marker == 0x00 || marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                    continue; // markers without a length
                }
                int length = in.readUnsignedShort();
                if (wanted.test(marker)) {
                    return length;
                }
                in.seek(in.getStreamPosition() + length - 2);
            }
        } catch (EOFException e) {
            return -1;
        }
    }

    /** Reads tag 0x0112 (Orientation) of IFD0 in the TIFF structure that starts at the current position. */
    private static int orientationFromTiff(ImageInputStream in) throws IOException {
        long tiff = in.getStreamPosition();
        String byteOrder = readAscii(in, 2);
        if (!byteOrder.equals("II") && !byteOrder.equals("MM")) {
            return 1;
        }
        in.setByteOrder(byteOrder.equals("II") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        if (in.readUnsignedShort() != 42) {
            return 1;
        }
        in.seek(tiff + in.readUnsignedInt());
        int entries = in.readUnsignedShort();
        for (int i = 0; i < entries; i++) {
            int tag = in.readUnsignedShort();
            int type = in.readUnsignedShort();
            in.readUnsignedInt(); // count
            int value = in.readUnsignedShort();
            in.readUnsignedShort(); // the rest of the 4-byte value field
            if (tag == 0x0112 && type == 3) {
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static String readAscii(ImageInputStream in, int n) throws IOException {
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}

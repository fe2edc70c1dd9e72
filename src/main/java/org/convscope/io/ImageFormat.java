package org.convscope.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.stream.ImageInputStream;

/**
 * What a file is, decided from its first bytes (its signature) rather than its name, so a renamed file is
 * recognised for what it is. Only PNG, JPEG, GIF and BMP are opened; the others are named in the error.
 */
enum ImageFormat {
    PNG("png", "PNG"),
    JPEG("jpeg", "JPEG"),
    GIF("gif", "GIF"),
    BMP("bmp", "BMP"),
    TIFF(null, "TIFF"),
    WEBP(null, "WebP"),
    HEIF(null, "HEIF/HEIC"),
    PSD(null, "Photoshop"),
    ICO(null, "ICO (icon)"),
    SVG(null, "SVG"),
    PDF(null, "PDF"),
    TEXT(null, "text"),
    EMPTY(null, "empty"),
    UNKNOWN(null, "unknown");

    /** Bytes read to recognise a format; enough for every signature below and for the text check. */
    static final int SIGNATURE_LENGTH = 64;

    /** The ImageIO format name of a readable format, null for the others. */
    final String imageIoName;
    final String displayName;

    ImageFormat(String imageIoName, String displayName) {
        this.imageIoName = imageIoName;
        this.displayName = displayName;
    }

    boolean readable() {
        return imageIoName != null;
    }

    /** Reads the signature at the start of {@code in} and moves back to the start. */
    static ImageFormat sniff(ImageInputStream in) throws IOException {
        byte[] head = new byte[SIGNATURE_LENGTH];
        in.seek(0);
        int n = 0;
        while (n < head.length) {
            int r = in.read(head, n, head.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        in.seek(0);
        return of(Arrays.copyOf(head, n));
    }

    static ImageFormat of(byte[] h) {
        if (h.length == 0) {
            return EMPTY;
        }
        if (startsWith(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(h, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(h, 'B', 'M') && h.length >= 14) {
            return BMP;
        }
        if (startsWith(h, 'I', 'I', 42, 0) || startsWith(h, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (startsWith(h, 'R', 'I', 'F', 'F') && h.length >= 12 && ascii(h, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (h.length >= 12 && ascii(h, 4, 4).equals("ftyp")) {
            return HEIF;
        }
        if (startsWith(h, '8', 'B', 'P', 'S')) {
            return PSD;
        }
        if (startsWith(h, 0, 0, 1, 0)) {
            return ICO;
        }
        if (startsWith(h, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        String start = ascii(h, 0, h.length).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<svg") || start.startsWith("<?xml") && start.contains("<svg")) {
            return SVG;
        }
        return looksLikeText(h) ? TEXT : UNKNOWN;
    }

    /** True when the bytes are printable ASCII or UTF-8 text with line breaks and tabs, and no NUL. */
    private static boolean looksLikeText(byte[] h) {
        for (byte b : h) {
            int u = b & 0xFF;
            boolean control = u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f';
            if (control || u == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] h, int... signature) {
        if (h.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((h[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] h, int from, int length) {
        return new String(h, from, Math.min(length, h.length - from), StandardCharsets.ISO_8859_1);
    }
}

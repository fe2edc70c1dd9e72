package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import javax.imageio.ImageIO;
import org.convscope.core.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images are drawn in code and encoded with ImageIO, except {@code transparent.gif}, made once with ImageMagick 6.9
 * and kept under src/test/resources/org/convscope/io ({@code /usr/bin/convert t.ppm -transparent black
 * transparent.gif} from a 3x2 PPM), because the JDK's GIF writer drops rows of images this small. The shipped bad
 * and unusual files (CMYK JPEG among them) are tested in {@link FixtureImagesTest}.
 */
class ImageLoaderTest {

    @TempDir
    Path dir;

    private final ImageLoader loader = new ImageLoader();

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "no ImageIO writer for " + format);
        return out.toByteArray();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static String message(ThrowingLoad load) {
        return assertThrows(ImageLoadException.class, load::run).getMessage();
    }

    private interface ThrowingLoad {
        void run() throws Exception;
    }

    @Test
    void grayPngKeepsItsValues() throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        int[] values = {0, 1, 127, 128, 254, 255};
        image.getRaster().setSamples(0, 0, 3, 2, 0, values);
        Tensor gray = loader.load(file("gray.png", encode(image, "png")), ColorMode.GRAY);
        assertEquals("1x2x3", gray.shape());
        assertArrayEquals(new float[] {0, 1, 127, 128, 254, 255}, gray.data());

        Tensor rgb = loader.load(file("gray.png", encode(image, "png")), ColorMode.RGB);
        assertEquals("3x2x3", rgb.shape());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(gray.data(), Arrays.copyOfRange(rgb.data(), c * 6, c * 6 + 6));
        }
    }

    @Test
    void sixteenBitGrayPngIsScaledBy257KeepingFractions() throws Exception {
        BufferedImage image = new BufferedImage(5, 1, BufferedImage.TYPE_USHORT_GRAY);
        int[] values = {0, 257, 1000, 12345, 65535};
        image.getRaster().setSamples(0, 0, 5, 1, 0, values);
        Tensor t = loader.load(encode(image, "png"), "gray16.png", ColorMode.GRAY);
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i] / 257.0, t.data()[i], 1e-4, "sample " + values[i]);
        }
        assertEquals(1000 / 257.0, t.data()[2], 1e-4); // 3.891..., not rounded to 4
    }

    @Test
    void sixteenBitRgbPngIsScaledBy257() throws Exception {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 1);
        raster.setPixel(0, 0, new int[] {65535, 0, 1000});
        raster.setPixel(1, 0, new int[] {514, 30000, 65535});
        BufferedImage image = new BufferedImage(cm, raster, false, null);
        Tensor t = loader.load(encode(image, "png"), "rgb16.png", ColorMode.RGB);
        float[] expected = {255, 514 / 257f, 0, 30000 / 257f, 1000 / 257f, 255};
        assertArrayEquals(expected, t.data(), 1e-4f);
    }

    @Test
    void palettePngLooksUpItsColours() throws Exception {
        byte[] r = {(byte) 255, 0, 0, (byte) 200};
        byte[] g = {0, (byte) 255, 0, (byte) 200};
        byte[] b = {0, 0, (byte) 255, (byte) 200};
        BufferedImage image = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(2, 4, r, g, b));
        image.getRaster().setSamples(0, 0, 4, 1, 0, new int[] {0, 1, 2, 3});
        byte[] png = encode(image, "png");
        assertTrue(new String(png, StandardCharsets.ISO_8859_1).contains("PLTE"), "the fixture has a palette");

        Tensor rgb = loader.load(png, "palette.png", ColorMode.RGB);
        assertArrayEquals(new float[] {255, 0, 0, 200, 0, 255, 0, 200, 0, 0, 255, 200}, rgb.data());
        Tensor gray = loader.load(png, "palette.png", ColorMode.GRAY);
        // Whole levels, rounded as PIL's convert("L") rounds 0.299 * 255 = 76.2, 0.587 * 255 = 149.7, 0.114 * 255 = 29.1.
        assertArrayEquals(new float[] {76, 150, 29, 200}, gray.data());
    }

    @Test
    void rgbaPngIsCompositedOverWhite() throws Exception {
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x00_00_00_00); // fully transparent black
        image.setRGB(1, 0, 0x80_00_00_00); // alpha 128 black
        image.setRGB(2, 0, 0xFF_10_20_30); // opaque
        Tensor t = loader.load(encode(image, "png"), "rgba.png", ColorMode.RGB);
        // Over white: a * c + (1 - a) * 255; alpha 128 black gives 255 * 127 / 255 = 127.
        float[] expected = {255, 127, 0x10, 255, 127, 0x20, 255, 127, 0x30};
        assertArrayEquals(expected, t.data(), 1e-3f);
    }

    @Test
    void sixteenBitGrayWithAlphaIsCompositedOverWhite() throws Exception {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(3, 1);
        raster.setPixel(0, 0, new int[] {0, 65535});      // opaque black
        raster.setPixel(1, 0, new int[] {0, 0});          // transparent
        raster.setPixel(2, 0, new int[] {25700, 32768});  // 100 at alpha 32768 / 65535
        BufferedImage image = new BufferedImage(cm, raster, false, null);
        Tensor t = loader.load(encode(image, "png"), "gray-alpha.png", ColorMode.GRAY);
        double a = 32768 / 65535.0;
        assertArrayEquals(new float[] {0, 255, (float) (a * 100 + (1 - a) * 255)}, t.data(), 1e-3f);
    }

    @Test
    void rgbToGrayIsBt601Luma() throws Exception {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x0A_C8_32); // R 10, G 200, B 50
        image.setRGB(1, 0, 0x80_80_80);
        Tensor t = loader.load(encode(image, "png"), "rgb.png", ColorMode.GRAY);
        // PIL Image.convert("L") documents L = R * 299/1000 + G * 587/1000 + B * 114/1000, rounded to a whole
        // level: 10 * 0.299 + 200 * 0.587 + 50 * 0.114 = 126.09 -> 126.
        assertEquals(Math.round(10 * 0.299 + 200 * 0.587 + 50 * 0.114), t.data()[0]);
        assertEquals(128, t.data()[1]);
    }

    @Test
    void onePixelPng() throws Exception {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x01_02_03);
        Tensor t = loader.load(file("one.png", encode(image, "png")), ColorMode.RGB);
        assertEquals("3x1x1", t.shape());
        assertArrayEquals(new float[] {1, 2, 3}, t.data());
    }

    @Test
    void bmpAndGifDecodeExactly() throws Exception {
        Random random = new Random(7);
        BufferedImage bmp = new BufferedImage(5, 4, BufferedImage.TYPE_3BYTE_BGR);
        int[] colours = new int[20];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = random.nextInt(1 << 24);
            bmp.setRGB(i % 5, i / 5, colours[i]);
        }
        Tensor fromBmp = loader.load(file("image.bmp", encode(bmp, "bmp")), ColorMode.RGB);
        for (int i = 0; i < colours.length; i++) {
            assertEquals((colours[i] >> 16) & 0xFF, fromBmp.get(0, i / 5, i % 5));
            assertEquals((colours[i] >> 8) & 0xFF, fromBmp.get(1, i / 5, i % 5));
            assertEquals(colours[i] & 0xFF, fromBmp.get(2, i / 5, i % 5));
        }

        // transparent.gif: pixels black, white, (10,20,30) / (10,20,30), white, black, with black transparent.
        byte[] gif;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("transparent.gif"))) {
            gif = in.readAllBytes();
        }
        Tensor fromGif = loader.load(file("image.gif", gif), ColorMode.RGB);
        assertArrayEquals(new float[] {255, 255, 10, 10, 255, 255}, Arrays.copyOfRange(fromGif.data(), 0, 6));
        assertArrayEquals(new float[] {255, 255, 30, 30, 255, 255}, Arrays.copyOfRange(fromGif.data(), 12, 18));
    }

    @Test
    void jpegDecodesCloseToTheOriginal() throws Exception {
        // A flat colour survives JPEG almost unchanged (no edges to ring); allow the rounding of YCbCr.
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                image.setRGB(x, y, 0xC8_64_32);
            }
        }
        Tensor t = loader.load(file("flat.jpg", encode(image, "jpeg")), ColorMode.RGB);
        assertEquals("3x16x16", t.shape());
        assertEquals(200, t.get(0, 8, 8), 3);
        assertEquals(100, t.get(1, 8, 8), 3);
        assertEquals(50, t.get(2, 8, 8), 3);
    }

    @Test
    void jpegWithExifOrientationIsTurnedUpright() throws Exception {
        // Stored 16 wide and 8 high, left half black, right half white; tag 6 means "turn 90 degrees clockwise",
        // so the upright image is 8 wide and 16 high with the black half on top. Tag 8 turns the other way.
        BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 8; y++) {
            for (int x = 8; x < 16; x++) {
                image.getRaster().setSample(x, y, 0, 255);
            }
        }
        byte[] jpeg = encode(image, "jpeg");
        Tensor six = loader.load(withExifOrientation(jpeg, 6, true), "six.jpg", ColorMode.GRAY);
        assertEquals("1x16x8", six.shape());
        assertTrue(six.get(0, 2, 4) < 20 && six.get(0, 13, 4) > 235, "black on top, white below");
        Tensor eight = loader.load(withExifOrientation(jpeg, 8, false), "eight.jpg", ColorMode.GRAY);
        assertEquals("1x16x8", eight.shape());
        assertTrue(eight.get(0, 2, 4) > 235 && eight.get(0, 13, 4) < 20, "white on top, black below");
    }

    /** The JPEG with an APP1 Exif segment holding only IFD0 tag 0x0112 inserted after SOI. */
    private static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(8 + 2 + 12 + 4)
                .order(bigEndian ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN);
        tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42)
                .putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiff.capacity();
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff.array())
                .put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    @Test
    void truncatedFilesAreReportedAsIncomplete() throws Exception {
        Random random = new Random(3);
        BufferedImage noise = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        for (String format : new String[] {"jpeg", "png", "gif", "bmp"}) {
            byte[] whole = encode(noise, format);
            if (format.equals("jpeg")) {
                // All image data present, only the end marker missing: every viewer shows it, and so do we.
                assertEquals("3x64x64", loader.load(Arrays.copyOf(whole, whole.length - 2), "no-end.jpg",
                        ColorMode.RGB).shape());
            }
            Path cut = file("cut." + format, Arrays.copyOf(whole, whole.length / 2));
            String m = message(() -> loader.load(cut, ColorMode.RGB));
            assertTrue(m.startsWith("cut." + format + " is damaged or incomplete: its "), m);
        }
    }

    @Test
    void filesThatAreNotImages() throws Exception {
        Path text = file("notes.png", "These are my notes,\nnot a picture.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("notes.png contains text, not an image (a text file renamed?); choose a PNG, JPEG, BMP or GIF"
                + " image", message(() -> loader.load(text, ColorMode.RGB)));

        Path empty = file("empty.png", new byte[0]);
        assertEquals("empty.png is empty (0 bytes), so there is no image in it (was its saving or download cut"
                + " short?); save or download it again, or choose another image",
                message(() -> loader.load(empty, ColorMode.RGB)));
        assertEquals("upload is empty (0 bytes), so there is no image in it (was its saving or download cut short?);"
                + " save or download it again, or choose another image",
                message(() -> loader.load(new byte[0], "upload", ColorMode.RGB)));

        Path binary = file("random.png", new byte[] {0, 1, 2, 3, (byte) 200, 5, 6, 7, 8, 9});
        assertEquals("random.png is not an image ConvScope can read; choose a PNG, JPEG, BMP or GIF image",
                message(() -> loader.load(binary, ColorMode.RGB)));

        Path webp = file("photo.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("photo.webp is in WebP format, which ConvScope cannot read; save it as PNG or JPEG",
                message(() -> loader.load(webp, ColorMode.RGB)));
    }

    @Test
    void missingFoldersAndUnreadableFiles() throws Exception {
        Path missing = dir.resolve("nowhere.png");
        assertEquals("there is no file at " + missing.toAbsolutePath() + " (was it moved, renamed or deleted?);"
                + " choose the image again where it is now",
                message(() -> loader.load(missing, ColorMode.GRAY)));
        assertEquals(dir + " is a folder, not an image file; choose an image inside it",
                message(() -> loader.load(dir, ColorMode.GRAY)));

        Path secret = file("secret.png", encode(new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY), "png"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as root, which can read any file");
        assertEquals("ConvScope is not allowed to read " + secret.toAbsolutePath() + "; check the file's permissions",
                message(() -> loader.load(secret, ColorMode.GRAY)));
    }

    @Test
    void imagesOverThePixelLimitAreRefusedBeforeDecoding() throws Exception {
        byte[] png = encode(new BufferedImage(20, 15, BufferedImage.TYPE_BYTE_GRAY), "png");
        ImageLoader small = new ImageLoader(299);
        // 20x15 scaled by sqrt(299 / 300) is 19.97 x 14.97: 19x14 is the largest whole size of that shape within 299.
        assertEquals("big.png is 20x15 = 300 pixels; ConvScope opens images up to 299 pixels, so scale it down to"
                + " 19x14 or smaller first",
                message(() -> small.load(png, "big.png", ColorMode.GRAY)));
        assertEquals("1x15x20", new ImageLoader(300).load(png, "big.png", ColorMode.GRAY).shape());
    }

    @Test
    void largeImagesAreDescribedInMegapixels() throws Exception {
        // The header alone says 20000x15000: the loader must refuse it without allocating 300 million pixels.
        byte[] header = pngHeader(20000, 15000);
        // sqrt(64 / 300) = 0.46188: 20000 x 0.46188 = 9237.6, 15000 x 0.46188 = 6928.2, and 9237 x 6928 <= 64e6.
        assertEquals("huge.png is 20000x15000 = 300 megapixels; ConvScope opens images up to 64 megapixels, so"
                + " scale it down to 9237x6928 or smaller first",
                message(() -> loader.load(header, "huge.png", ColorMode.RGB)));
        assertEquals("12.3 megapixels", ImageLoader.pixelCount(12_345_678).english());
        // One row: the same shape would be 80,000,000 x 0.8, so the width is capped at the limit and one row stays.
        assertEquals("row.png is 100000000x1 = 100 megapixels; ConvScope opens images up to 64 megapixels, so scale"
                + " it down to 64000000x1 or smaller first",
                message(() -> loader.load(pngHeader(100_000_000, 1), "row.png", ColorMode.GRAY)));
    }

    /** The PNG signature and an IHDR chunk for an 8-bit gray image, with its CRC; no pixel data follows. */
    private static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        return png.array();
    }
}

package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.convscope.core.ChannelMode;
import org.convscope.core.Conv2d;
import org.convscope.core.FilterBank;
import org.convscope.core.Kernel;
import org.convscope.core.KernelLibrary;
import org.convscope.core.PaddingChoice;
import org.convscope.core.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The files a person might drop on the image lab, as shipped under src/test/resources/org/convscope/fixtures and
 * made by make_fixtures.py there: each bad one gives a sentence that says what is wrong and what to do, each
 * unusual one opens with the values the script wrote into expected-values.txt (worked out in Python from the bytes
 * it encoded, not by the Java code under test).
 */
class FixtureImagesTest {

    private static final String FOLDER = "/org/convscope/fixtures/";
    /** Java works in float, the script in double: values 0..255 agree to well within this. */
    private static final float TOLERANCE = 1e-3f;

    private final ImageLoader loader = new ImageLoader();

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(FixtureImagesTest.class.getResource(FOLDER + name),
                    "fixture not found: " + FOLDER + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** expected-values.txt: "file mode channels height width v1 v2 ..." per line, keyed by "file mode". */
    private static Map<String, Tensor> expectedValues() throws IOException {
        Map<String, Tensor> expected = new HashMap<>();
        for (String line : Files.readAllLines(fixture("expected-values.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split(" ");
            int c = Integer.parseInt(f[2]);
            int h = Integer.parseInt(f[3]);
            int w = Integer.parseInt(f[4]);
            float[] values = new float[c * h * w];
            assertEquals(5 + values.length, f.length, "values of " + f[0] + " " + f[1]);
            for (int i = 0; i < values.length; i++) {
                values[i] = Float.parseFloat(f[5 + i]);
            }
            expected.put(f[0] + " " + f[1], new Tensor(c, h, w, values));
        }
        return expected;
    }

    private String message(String name) {
        return assertThrows(ImageLoadException.class, () -> loader.load(fixture(name), ColorMode.RGB)).getMessage();
    }

    @Test
    void textRenamedToPng() {
        assertEquals("not-an-image.png contains text, not an image (a text file renamed?); choose a PNG, JPEG, BMP"
                + " or GIF image", message("not-an-image.png"));
    }

    @Test
    void jpegCutShort() {
        assertEquals("truncated.jpg is damaged or incomplete: its JPEG data cannot be decoded (was a download or"
                + " copy cut short?); open the original again or choose another image", message("truncated.jpg"));
    }

    @Test
    void emptyFile() {
        assertEquals("empty.png is empty (0 bytes), so there is no image in it (was its saving or download cut"
                + " short?); save or download it again, or choose another image", message("empty.png"));
    }

    @Test
    void cmykJpeg() {
        assertEquals("cmyk.jpg is a JPEG in CMYK colours (made for printing), which ConvScope cannot read; save it"
                + " in RGB colours, for example as a PNG", message("cmyk.jpg"));
    }

    @Test
    void imageOverThePixelLimitIsRefusedFromItsHeader() {
        // 9000 x 8000 = 72 million pixels. Scaled by sqrt(64 / 72) = 0.942809: 8485.28 x 7542.47, and
        // 8485 x 7542 = 63,993,870 pixels is within the 64 million.
        assertEquals("too-large.png is 9000x8000 = 72 megapixels; ConvScope opens images up to 64 megapixels, so"
                + " scale it down to 8485x7542 or smaller first", message("too-large.png"));
    }

    @Test
    void theTooLargeFixtureIsACompletePngSoOnlyItsSizeIsWrong() throws IOException {
        byte[] png = Files.readAllBytes(fixture("too-large.png"));
        assertTrue(png.length < 20_000, "tiny on disk: " + png.length + " bytes");
        assertEquals(1, png[24], "IHDR bit depth: 1 bit per pixel");
        assertEquals(0, png[25], "IHDR colour type: gray");
        // Decoding only the last row still inflates every row before it: a cut or corrupt file would fail here.
        try (ImageInputStream in = ImageIO.createImageInputStream(fixture("too-large.png").toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                assertEquals(9000, reader.getWidth(0));
                assertEquals(8000, reader.getHeight(0));
                ImageReadParam lastRow = reader.getDefaultReadParam();
                lastRow.setSourceRegion(new Rectangle(0, 7999, 9000, 1));
                BufferedImage row = reader.read(0, lastRow);
                int[] samples = row.getRaster().getSamples(0, 0, 9000, 1, 0, (int[]) null);
                assertEquals(0, Arrays.stream(samples).max().orElseThrow());
            } finally {
                reader.dispose();
            }
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "sixteen-bit.png, RGB", "sixteen-bit.png, GRAY",
        "palette.png, RGB", "palette.png, GRAY",
        "alpha.png, RGB", "alpha.png, GRAY",
        "one-pixel.png, RGB", "one-pixel.png, GRAY",
        "tiny-2x2.png, RGB", "tiny-2x2.png, GRAY",
    })
    void unusualImagesOpenWithTheValuesTheScriptWrote(String name, ColorMode mode) throws Exception {
        Tensor expected = Objects.requireNonNull(expectedValues().get(name + " " + mode), name + " " + mode);
        Tensor loaded = loader.load(fixture(name), mode);
        assertEquals(expected.shape(), loaded.shape());
        assertArrayEquals(expected.data(), loaded.data(), TOLERANCE);
    }

    @Test
    void sixteenBitSamplesKeepTheirFractions() throws Exception {
        // make_fixtures.py sets pixel (row 0, column 1) to the samples (1000, 12345, 65534).
        Tensor t = loader.load(fixture("sixteen-bit.png"), ColorMode.RGB);
        assertEquals(1000 / 257.0, t.get(0, 0, 1), 1e-4);   // 3.891..., not rounded to 4
        assertEquals(12345 / 257.0, t.get(1, 0, 1), 1e-4);  // 48.035...
        assertEquals(65534 / 257.0, t.get(2, 0, 1), 1e-4);  // 254.996..., not 255
    }

    @Test
    void transparentPartsAreWhite() throws Exception {
        // alpha.png: columns 0 and 1 have alpha 0, whatever colour they hold; palette entry 5 has alpha 0 in tRNS.
        Tensor alpha = loader.load(fixture("alpha.png"), ColorMode.RGB);
        Tensor palette = loader.load(fixture("palette.png"), ColorMode.RGB);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 4; y++) {
                assertEquals(255f, alpha.get(c, y, 0));
                assertEquals(255f, alpha.get(c, y, 1));
            }
            assertEquals(255f, palette.get(c, 1, 0)); // index (1 * 5 + 0) mod 6 = 5
        }
    }

    @Test
    void anOrdinaryPhotoOpens() throws Exception {
        assertEquals("3x48x64", loader.load(fixture("photo-64x48.png"), ColorMode.RGB).shape());
    }

    @ParameterizedTest(name = "{0}: {1}x{2} kernel, padding {3}, dilation {4}")
    @CsvSource(delimiter = ';', value = {
        "one-pixel.png; 3; 3; valid; 1; a 3x3 kernel does not fit in a 1x1 input: use a smaller kernel or dilation,"
            + " or more padding",
        "tiny-2x2.png; 3; 3; valid; 1; a 3x3 kernel does not fit in a 2x2 input: use a smaller kernel or dilation,"
            + " or more padding",
        "tiny-2x2.png; 5; 3; 1; 1; a 5x3 kernel does not fit in a 2x2 input padded by 1 (4x4): use a smaller kernel"
            + " or dilation, or more padding",
        "tiny-2x2.png; 3; 3; 1; 2; a 3x3 kernel with dilation 2 spans 5x5 and does not fit in a 2x2 input padded by"
            + " 1 (4x4): use a smaller kernel or dilation, or more padding",
    })
    void imagesSmallerThanTheKernelGiveTheCoreSentence(String name, int rows, int cols, String padding, int dilation,
                                                       String sentence) throws Exception {
        Tensor image = loader.load(fixture(name), ColorMode.GRAY);
        Kernel ones = new Kernel("ones", "", rows, cols, filled(rows * cols, 1f));
        FilterBank bank = new FilterBank(List.of(ones), ChannelMode.GRAY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bank.conv(image.channels(),
                image.height(), image.width(), 1, dilation, PaddingChoice.parse(padding), false));
        assertEquals(sentence, e.getMessage());
    }

    private static float[] filled(int n, float value) {
        float[] values = new float[n];
        Arrays.fill(values, value);
        return values;
    }

    @ParameterizedTest(name = "{0} with same padding")
    @CsvSource({"one-pixel.png, 1, 1", "tiny-2x2.png, 2, 2"})
    void samePaddingLetsAThreeByThreeKernelRunOnThem(String name, int outH, int outW) throws Exception {
        Tensor image = loader.load(fixture(name), ColorMode.GRAY);
        Conv2d conv = new FilterBank(List.of(KernelLibrary.sobelX()), ChannelMode.GRAY)
                .conv(1, image.height(), image.width(), 1, 1, PaddingChoice.parse("same"), false);
        assertEquals(outH, conv.geometry(image.height(), image.width()).outH());
        assertEquals(outW, conv.geometry(image.height(), image.width()).outW());
    }

    // Pixels the user interface decoded (a pasted image) against the file path on the same pixels.

    /** The file's pixels as 0xAARRGGBB, not premultiplied: what JavaFX's PixelReader gives for the pasted image. */
    private static int[] argbOf(String name) throws IOException {
        BufferedImage image = ImageIO.read(fixture(name).toFile());
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            // Java2D's getRGB treats 8-bit gray as linear light and brightens it (10 becomes 56); a gray PNG's
            // samples are meant as they are, as JavaFX shows them, so repeat each sample in R, G and B.
            int[] gray = image.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
            return Arrays.stream(gray).map(v -> 0xFF00_0000 | v << 16 | v << 8 | v).toArray();
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "alpha.png, RGB", "alpha.png, GRAY",
        "palette.png, RGB", "palette.png, GRAY",
        "photo-64x48.png, RGB", "photo-64x48.png, GRAY",
        "one-pixel.png, GRAY", "tiny-2x2.png, RGB",
    })
    void pastedPixelsGiveWhatTheFileGives(String name, ColorMode mode) throws Exception {
        Tensor fromFile = loader.load(fixture(name), mode);
        int[] argb = argbOf(name);
        int[] untouched = argb.clone();
        Tensor pasted = loader.fromArgb("the pasted image", fromFile.width(), fromFile.height(), argb, mode);
        assertEquals(fromFile.shape(), pasted.shape());
        assertArrayEquals(fromFile.data(), pasted.data(), "the very same floats, rounding included");
        assertArrayEquals(untouched, argb, "the caller's pixels are not changed");
    }

    @Test
    void pastedPixelsWithAlphaMatchTheScriptsValues() throws Exception {
        Map<String, Tensor> expected = expectedValues();
        for (ColorMode mode : ColorMode.values()) {
            Tensor pasted = loader.fromArgb("the pasted image", 6, 4, argbOf("alpha.png"), mode);
            assertArrayEquals(expected.get("alpha.png " + mode).data(), pasted.data(), TOLERANCE);
        }
    }

    @Test
    void pastedPixelsMeetTheSamePixelLimit() throws Exception {
        ImageLoader small = new ImageLoader(299);
        Path file = Files.createTempFile("big", ".png");
        try {
            ImageIO.write(new BufferedImage(20, 15, BufferedImage.TYPE_INT_ARGB), "png", file.toFile());
            String fromFile = assertThrows(ImageLoadException.class,
                    () -> small.load(file, ColorMode.RGB)).getMessage();
            String pasted = assertThrows(ImageLoadException.class,
                    () -> small.fromArgb("the pasted image", 20, 15, new int[300], ColorMode.RGB)).getMessage();
            assertEquals("the pasted image is 20x15 = 300 pixels; ConvScope opens images up to 299 pixels, so scale"
                    + " it down to 19x14 or smaller first", pasted);
            assertEquals(pasted, fromFile.replace(file.getFileName().toString(), "the pasted image"));
        } finally {
            Files.delete(file);
        }
        assertEquals("1x15x20", new ImageLoader(300).fromArgb("the pasted image", 20, 15, new int[300],
                ColorMode.GRAY).shape());
    }

    @Test
    void pastedPixelsThatAreNotAnImage() {
        assertEquals("the pasted image has no pixels (0x0); copy the picture again, or save it and open the file",
                assertThrows(ImageLoadException.class,
                        () -> loader.fromArgb("the pasted image", 0, 0, new int[0], ColorMode.RGB)).getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loader.fromArgb("the pasted image", 3, 2, new int[5], ColorMode.RGB));
        assertEquals("a 3x2 image needs 6 ARGB values, not 5", e.getMessage());
    }
}

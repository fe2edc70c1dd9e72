package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.convscope.core.Tensor;
import org.convscope.io.NpyFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convscope convolve} on the bundled photos, checked against convolutions written out here with nested loops
 * on pixels read straight from the PNG raster (not through ConvScope's loader).
 */
class ConvolveCommandTest {

    private static final float[] SOBEL_X = {-1, 0, 1, -2, 0, 2, -1, 0, 1};

    @TempDir
    static Path dir;

    private static Path camera;
    private static Path chelsea;

    @BeforeAll
    static void copySamples() throws IOException {
        camera = copy("camera.png");
        chelsea = copy("chelsea.png");
    }

    private static Path copy(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                ConvolveCommandTest.class.getResourceAsStream("/org/convscope/samples/" + name))) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    /** Channel c of the image as floats 0..255, straight from the raster. */
    private static float[][] pixels(Path file, int c) throws IOException {
        Raster raster = ImageIO.read(file.toFile()).getRaster();
        float[][] p = new float[raster.getHeight()][raster.getWidth()];
        for (int y = 0; y < p.length; y++) {
            for (int x = 0; x < p[0].length; x++) {
                p[y][x] = raster.getSample(x, y, c);
            }
        }
        return p;
    }

    /** Cross-correlation with a k x k kernel, stride s, zero padding p on every side. */
    private static float[][] correlate(float[][] in, float[] kernel, int k, int s, int p) {
        int outH = (in.length + 2 * p - k) / s + 1;
        int outW = (in[0].length + 2 * p - k) / s + 1;
        float[][] out = new float[outH][outW];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                double sum = 0;
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        int r = y * s + i - p;
                        int c = x * s + j - p;
                        if (r >= 0 && r < in.length && c >= 0 && c < in[0].length) {
                            sum += kernel[i * k + j] * in[r][c];
                        }
                    }
                }
                out[y][x] = (float) sum;
            }
        }
        return out;
    }

    private static void assertPlane(float[][] expected, Tensor actual, int channel) {
        assertEquals(expected.length, actual.height());
        assertEquals(expected[0].length, actual.width());
        for (int y = 0; y < expected.length; y++) {
            for (int x = 0; x < expected[0].length; x++) {
                assertEquals(expected[y][x], actual.get(channel, y, x), 1e-3f, "at " + y + "," + x);
            }
        }
    }

    @Test
    void sobelOnCameraEqualsNestedLoopsAndReportsShapeAndEngine() throws IOException {
        Path out = dir.resolve("camera-sobel.npy");
        CliRun run = CliRun.of("convolve", camera.toString(), out.toString(), "--kernel", "sobel-x");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("output 1x510x510: sobel-x", run.line("output"));
        assertTrue(run.line("engine").contains("ms"), run.out());
        assertPlane(correlate(pixels(camera, 0), SOBEL_X, 3, 1, 0), NpyFiles.read(out), 0);
    }

    @Test
    void typedKernelWithStrideAndPaddingOnBothEngines() throws IOException {
        float[] kernel = {1, 2, 1, 0, 0, 0, -1, -2, -1};
        float[][] expected = correlate(pixels(camera, 0), kernel, 3, 2, 1);
        for (String engine : new String[] {"blas", "reference"}) {
            Path out = dir.resolve("typed-" + engine + ".npy");
            CliRun run = CliRun.of("convolve", camera.toString(), out.toString(), "--kernel", "1 2 1; 0 0 0; -1 -2 -1",
                    "--stride", "2", "--padding", "1", "--engine", engine);
            assertEquals(0, run.exitCode(), run.err());
            assertPlane(expected, NpyFiles.read(out), 0);
        }
    }

    @Test
    void eachChannelKeepsRgbAndSumAddsTheChannels() throws IOException {
        float[][][] rgb = {pixels(chelsea, 0), pixels(chelsea, 1), pixels(chelsea, 2)};
        Path each = dir.resolve("each.npy");
        assertEquals(0, CliRun.of("convolve", chelsea.toString(), each.toString(), "--kernel", "sobel-x",
                "--channels", "each").exitCode());
        Tensor perChannel = NpyFiles.read(each);
        assertEquals(3, perChannel.channels());
        float[][] sum = new float[298][449];
        for (int c = 0; c < 3; c++) {
            float[][] plane = correlate(rgb[c], SOBEL_X, 3, 1, 0);
            assertPlane(plane, perChannel, c);
            for (int y = 0; y < 298; y++) {
                for (int x = 0; x < 449; x++) {
                    sum[y][x] += plane[y][x];
                }
            }
        }
        Path summed = dir.resolve("sum.npy");
        assertEquals(0, CliRun.of("convolve", chelsea.toString(), summed.toString(), "--kernel", "sobel-x",
                "--channels", "sum").exitCode());
        assertPlane(sum, NpyFiles.read(summed), 0);
    }

    @Test
    void reluAndMaxPoolingFollowTheConvolution() throws IOException {
        float[][] conv = correlate(pixels(camera, 0), SOBEL_X, 3, 1, 0);
        float[][] expected = new float[255][255];
        for (int y = 0; y < 255; y++) {
            for (int x = 0; x < 255; x++) {
                float max = 0; // ReLU first: nothing below 0 survives
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        max = Math.max(max, conv[2 * y + i][2 * x + j]);
                    }
                }
                expected[y][x] = max;
            }
        }
        Path out = dir.resolve("pooled.npy");
        CliRun run = CliRun.of("convolve", camera.toString(), out.toString(), "--kernel", "sobel-x", "--relu",
                "--pool", "max:2");
        assertEquals(0, run.exitCode(), run.err());
        assertPlane(expected, NpyFiles.read(out), 0);
    }

    @Test
    void pngOfOneChannelHoldsTheClampedValues() throws IOException {
        Path out = dir.resolve("camera-sobel.png");
        assertEquals(0, CliRun.of("convolve", camera.toString(), out.toString(), "--kernel", "sobel-x").exitCode());
        float[][] expected = correlate(pixels(camera, 0), SOBEL_X, 3, 1, 0);
        Raster png = ImageIO.read(out.toFile()).getRaster();
        assertEquals(510, png.getWidth());
        assertEquals(510, png.getHeight());
        assertEquals(1, png.getNumBands(), "one channel gives a gray PNG");
        for (int y = 0; y < 510; y += 7) {
            for (int x = 0; x < 510; x += 5) {
                int clamped = (int) Math.round(Math.max(0, Math.min(255, expected[y][x])));
                assertEquals(clamped, png.getSample(x, y, 0), "at " + y + "," + x);
            }
        }
    }

    @Test
    void filterBankWritesOneChannelPerKernel() throws IOException {
        Path out = dir.resolve("bank.npy");
        CliRun run = CliRun.of("convolve", camera.toString(), out.toString(), "--kernel", "sobel-x", "--kernel",
                "box:5", "--padding", "same");
        assertEquals(0, run.exitCode(), run.err());
        Tensor bank = NpyFiles.read(out);
        assertArrayEquals(new int[] {2, 512, 512}, new int[] {bank.channels(), bank.height(), bank.width()});
        // The 3x3 Sobel is centred in the bank's 5x5 filters: with same padding it gives its own same output.
        assertPlane(correlate(pixels(camera, 0), SOBEL_X, 3, 1, 1), bank, 0);
        float[] box = new float[25];
        java.util.Arrays.fill(box, 1f / 25);
        assertPlane(correlate(pixels(camera, 0), box, 5, 1, 2), bank, 1);
    }

    @Test
    void badInputsAreOneLineMessagesWithExitCodes() throws IOException {
        Path notAnImage = dir.resolve("notes.png");
        Files.writeString(notAnImage, "these are my notes, not a picture");
        String[][] cases = {
            {"1", "convolve", notAnImage.toString(), dir.resolve("o.png").toString(), "--kernel", "sobel-x"},
            {"1", "convolve", dir.resolve("missing.png").toString(), dir.resolve("o.png").toString(), "--kernel", "box:3"},
            {"2", "convolve", camera.toString(), dir.resolve("o.jpg").toString(), "--kernel", "sobel-x"},
            {"2", "convolve", camera.toString(), dir.resolve("o.png").toString(), "--kernel", "1 2; 3"},
            {"2", "convolve", camera.toString(), dir.resolve("o.png").toString(), "--kernel", "blurry"},
            {"2", "convolve", camera.toString(), dir.resolve("o.png").toString(), "--kernel", "box:3", "--pool", "min:2"},
            {"2", "convolve", camera.toString(), dir.resolve("o.png").toString(), "--kernel", "box:15", "--dilation", "40"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            CliRun run = CliRun.of(args);
            assertEquals(Integer.parseInt(c[0]), run.exitCode(), String.join(" ", args) + "\n" + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("convscope convolve: "), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
        assertFalse(Files.exists(dir.resolve("o.png")), "no output is written for a failed run");
    }
}

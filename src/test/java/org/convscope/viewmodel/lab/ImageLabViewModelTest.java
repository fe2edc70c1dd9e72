package org.convscope.viewmodel.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.convscope.core.Conv2d;
import org.convscope.core.ConvGeometry;
import org.convscope.core.OutputSizeFormula;
import org.convscope.core.Padding;
import org.convscope.core.ReferenceConv;
import org.convscope.core.Tensor;
import org.convscope.io.ColorMode;
import org.convscope.io.ImageLoadException;
import org.convscope.io.ImageLoader;
import org.convscope.io.SampleImages;
import org.convscope.viewmodel.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image lab's view-model on the current thread with the pure-Java engine: every picture is compared with the
 * nested-loop convolution (core.ReferenceConv) and the mapping's formula written out here.
 */
class ImageLabViewModelTest {

    private static final float[] SOBEL_X = {-1, 0, 1, -2, 0, 2, -1, 0, 1};
    private static final float[] SOBEL_Y = {-1, -2, -1, 0, 0, 0, 1, 2, 1};

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final InMemoryRecentFiles recent = new InMemoryRecentFiles();
    private final ImageLabViewModel vm = new ImageLabViewModel(executor, LabEngine.javaEngine(), recent,
            LabMessages.keys());

    @TempDir
    Path folder;

    /** A photo-like RGB image: a gradient plus seeded noise, as 0xAARRGGBB. */
    private static int[] photo(int width, int height, long seed) {
        Random random = new Random(seed);
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = Math.min(255, x * 255 / width + random.nextInt(40));
                int g = Math.min(255, y * 255 / height + random.nextInt(40));
                int b = random.nextInt(256);
                argb[y * width + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        return argb;
    }

    /** The same pixels as the tensor the loader makes: 3 x height x width, values 0..255. */
    private static Tensor rgbTensor(int width, int height, int[] argb) {
        Tensor t = Tensor.zeros(3, height, width);
        for (int i = 0; i < argb.length; i++) {
            t.data()[i] = argb[i] >> 16 & 0xFF;
            t.data()[width * height + i] = argb[i] >> 8 & 0xFF;
            t.data()[2 * width * height + i] = argb[i] & 0xFF;
        }
        return t;
    }

    /** Min-max gray levels of values[from, to): round(255 (v - min) / (max - min)), as ValueMapping.MINMAX says. */
    private static int[] minMaxLevels(float[] values, int from, int to, float min, float max) {
        int[] levels = new int[to - from];
        for (int i = from; i < to; i++) {
            double g = max == min ? 0 : 255.0 * (values[i] - min) / (max - min);
            levels[i - from] = (int) Math.round(Math.max(0, Math.min(255, g)));
        }
        return levels;
    }

    private static float min(float[] v) {
        float m = Float.POSITIVE_INFINITY;
        for (float x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static float max(float[] v) {
        float m = Float.NEGATIVE_INFINITY;
        for (float x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static int gray(int level) {
        return 0xFF000000 | level << 16 | level << 8 | level;
    }

    /** The picture's pixels of one tile of the grid (or the whole picture when one map is shown). */
    private static int[] tile(LabResult r, int channel) {
        int[] pixels = new int[r.tileWidth() * r.tileHeight()];
        int left = r.isGrid() ? channel % r.gridColumns() * (r.tileWidth() + LabResult.GRID_GAP) : 0;
        int top = r.isGrid() ? channel / r.gridColumns() * (r.tileHeight() + LabResult.GRID_GAP) : 0;
        for (int y = 0; y < r.tileHeight(); y++) {
            System.arraycopy(r.argb(), (top + y) * r.width() + left, pixels, y * r.tileWidth(), r.tileWidth());
        }
        return pixels;
    }

    private Tensor openPhoto(int width, int height, long seed) {
        int[] argb = photo(width, height, seed);
        vm.openPixels("photo", width, height, argb);
        return rgbTensor(width, height, argb);
    }

    @Test
    void aSampleWithSobelXShowsTheReferenceConvolutionMappedMinMax() throws ImageLoadException {
        vm.mappingProperty().set(LabMapping.MINMAX);
        vm.openSample("chelsea");
        vm.addLibraryKernel("sobel-x");
        assertNull(vm.resultProperty().get(), "the run waits for the pause after a change");
        assertEquals(1, executor.runDelayed());

        Tensor gray = SampleImages.load("chelsea", ColorMode.GRAY);
        Tensor expected = new ReferenceConv().convolve(gray,
                new Conv2d(1, 1, 3, 3, 1, 1, Padding.uniform(1), 1, false), SOBEL_X, null);
        LabResult r = vm.resultProperty().get();
        assertNotNull(r);
        assertEquals(451, r.width());
        assertEquals(300, r.height());
        float min = min(expected.data());
        float max = max(expected.data());
        int[] levels = minMaxLevels(expected.data(), 0, expected.size(), min, max);
        for (int i = 0; i < levels.length; i++) {
            assertEquals(gray(levels[i]), r.argb()[i], "pixel " + i);
        }
        assertEquals(min, r.legendLow());
        assertEquals(max, r.legendHigh());
        assertFalse(r.diverging());
        assertEquals(451L * 300, total(r.histogram()));
        assertEquals(List.of("sobel-x"), r.channelNames());
        assertEquals("451 × 300 × 1", vm.outputSizeProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("lab.status.run[im2col + pure-Java GEMM, "),
                vm.statusProperty().get());
        assertTrue(vm.statusProperty().get().endsWith(", the pure-Java engine was chosen]"),
                vm.statusProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertFalse(vm.runningProperty().get());
    }

    private static long total(LabHistogram h) {
        long t = 0;
        for (long c : h.counts()) {
            t += c;
        }
        return t;
    }

    @Test
    void aBankOfThreeKernelsPerChannelShowsNineMapsInAThreeByThreeGridWithOneRange() {
        vm.mappingProperty().set(LabMapping.MINMAX);
        vm.channelsProperty().set(LabChannels.EACH);
        Tensor rgb = openPhoto(40, 30, 1);
        vm.addLibraryKernel("sobel-x");
        vm.addLibraryKernel("sobel-y");
        vm.addLibraryKernel("identity");
        executor.runDelayed();

        LabResult r = vm.resultProperty().get();
        assertEquals(9, r.channels());
        assertEquals(3, r.gridColumns());
        assertEquals(3 * 40 + 2 * LabResult.GRID_GAP, r.width());
        assertEquals(3 * 30 + 2 * LabResult.GRID_GAP, r.height());
        assertEquals(List.of("sobel-x · R", "sobel-y · R", "identity · R", "sobel-x · G", "sobel-y · G",
                "identity · G", "sobel-x · B", "sobel-y · B", "identity · B"), r.channelNames());
        // the gap between tiles is white for gray mappings, as in the exported grid
        assertEquals(0xFFFFFFFF, r.argb()[40]);
        assertEquals(-1, r.channelAt(40, 0));
        assertEquals(4, r.channelAt(45, 35));

        float[][] kernels = {SOBEL_X, SOBEL_Y, {0, 0, 0, 0, 1, 0, 0, 0, 0}};
        Tensor all = Tensor.zeros(9, 30, 40);
        for (int c = 0; c < 3; c++) {
            Tensor plane = new Tensor(1, 30, 40, java.util.Arrays.copyOfRange(rgb.data(), c * 1200, (c + 1) * 1200));
            for (int k = 0; k < 3; k++) {
                Tensor out = new ReferenceConv().convolve(plane,
                        new Conv2d(1, 1, 3, 3, 1, 1, Padding.uniform(1), 1, false), kernels[k], null);
                System.arraycopy(out.data(), 0, all.data(), (c * 3 + k) * 1200, 1200);
            }
        }
        float min = min(all.data());
        float max = max(all.data());
        for (int channel = 0; channel < 9; channel++) {
            int[] levels = minMaxLevels(all.data(), channel * 1200, (channel + 1) * 1200, min, max);
            int[] expected = new int[levels.length];
            for (int i = 0; i < levels.length; i++) {
                expected[i] = gray(levels[i]);
            }
            assertArrayEquals(expected, tile(r, channel), "map " + channel);
        }
    }

    @Test
    void oneKernelPerChannelKeepsAColourPhotoInColourWithOneRange() {
        vm.mappingProperty().set(LabMapping.MINMAX);
        vm.channelsProperty().set(LabChannels.EACH);
        Tensor rgb = openPhoto(40, 30, 4);
        vm.addLibraryKernel("sharpen");
        executor.runDelayed();

        LabResult r = vm.resultProperty().get();
        assertTrue(r.colour());
        assertFalse(r.isGrid());
        assertEquals(40, r.width());
        assertEquals(30, r.height());
        float[] sharpen = {0, -1, 0, -1, 5, -1, 0, -1, 0};
        Tensor all = Tensor.zeros(3, 30, 40);
        for (int c = 0; c < 3; c++) {
            Tensor plane = new Tensor(1, 30, 40, java.util.Arrays.copyOfRange(rgb.data(), c * 1200, (c + 1) * 1200));
            Tensor out = new ReferenceConv().convolve(plane,
                    new Conv2d(1, 1, 3, 3, 1, 1, Padding.uniform(1), 1, false), sharpen, null);
            System.arraycopy(out.data(), 0, all.data(), c * 1200, 1200);
        }
        int[] red = minMaxLevels(all.data(), 0, 1200, min(all.data()), max(all.data()));
        int[] green = minMaxLevels(all.data(), 1200, 2400, min(all.data()), max(all.data()));
        int[] blue = minMaxLevels(all.data(), 2400, 3600, min(all.data()), max(all.data()));
        for (int i = 0; i < 1200; i++) {
            assertEquals(0xFF000000 | red[i] << 16 | green[i] << 8 | blue[i], r.argb()[i], "pixel " + i);
        }
        assertEquals(0, r.channelAt(7, 9), "the inspector looks at the red map");
        assertTrue(vm.inspect(7, 9).orElseThrow().note().contains("lab.note.colour"));

        // the diverging map colours values, so the three maps are shown side by side instead
        vm.mappingProperty().set(LabMapping.DIVERGING);
        assertTrue(vm.resultProperty().get().isGrid());
        assertEquals(3, vm.resultProperty().get().channels());
    }

    @Test
    void strideDilationAndPaddingChangeTheOutputSizeAsConvGeometrySays() {
        openPhoto(53, 41, 2);
        vm.addLibraryKernel("box:5");
        vm.strideProperty().set(2);
        vm.dilationProperty().set(2);
        vm.paddingProperty().set("valid");
        ConvGeometry valid = ConvGeometry.valid(41, 53, 5, 5, 2, 2);
        assertEquals(valid.outW() + " × " + valid.outH() + " × 1", vm.outputSizeProperty().get());
        assertEquals("lab.formula.rows[" + OutputSizeFormula.rows(valid) + "]\nlab.formula.columns["
                + OutputSizeFormula.columns(valid) + "]", vm.formulaProperty().get());
        assertEquals(1, executor.runDelayed(), "four changes, one run");
        assertEquals(valid.outH(), vm.resultProperty().get().outHeight());
        assertEquals(valid.outW(), vm.resultProperty().get().outWidth());

        vm.paddingProperty().set("1,2,0,3");
        ConvGeometry explicit = ConvGeometry.of(41, 53, 5, 5, 2, 2, new Padding(1, 2, 0, 3));
        executor.runDelayed();
        assertEquals(explicit.outH(), vm.resultProperty().get().outHeight());
        assertEquals(explicit.outW(), vm.resultProperty().get().outWidth());

        vm.paddingProperty().set("full");
        vm.strideProperty().set(3);
        ConvGeometry full = ConvGeometry.full(41, 53, 5, 5, 3, 2);
        executor.runDelayed();
        assertEquals(full.outW() + " × " + full.outH() + " × 1", vm.outputSizeProperty().get());
        assertEquals(full.outW(), vm.resultProperty().get().outWidth());
    }

    @Test
    void aKernelLargerThanThePaddedImageGivesTheCoreSentenceAndKeepsTheResult() {
        openPhoto(20, 12, 3);
        vm.addLibraryKernel("sobel-x");
        vm.paddingProperty().set("valid");
        executor.runDelayed();
        LabResult before = vm.resultProperty().get();
        vm.dilationProperty().set(7);
        assertEquals("a 3x3 kernel with dilation 7 spans 15x15 and does not fit in a 12x20 input: use a smaller"
                + " kernel or dilation, or more padding", vm.errorProperty().get());
        assertEquals("", vm.outputSizeProperty().get());
        assertEquals(0, executor.runDelayed());
        assertSame(before, vm.resultProperty().get());
        assertEquals(7, vm.dilationProperty().get(), "the setting stays as typed");
    }

    @Test
    void normaliseDividesByTheSumAndFlipRotatesTheKernel() {
        vm.mappingProperty().set(LabMapping.CLAMP);
        vm.channelsProperty().set(LabChannels.SUM);
        vm.paddingProperty().set("valid");
        Tensor rgb = openPhoto(31, 23, 4);
        vm.addCustomKernel(3, 3);
        float[] typed = {1, 2, 3, 0, 4, 0, 2, 2, 2};
        for (int i = 0; i < 9; i++) {
            assertEquals(Optional.empty(), vm.setWeight(i / 3, i % 3, Integer.toString((int) typed[i])));
        }
        vm.normaliseProperty().set(true);
        executor.runDelayed();
        // sum 16: each weight / 16; the same weights for R, G and B, summed over the channels
        float[] normalised = new float[27];
        for (int i = 0; i < 27; i++) {
            normalised[i] = typed[i % 9] / 16;
        }
        Conv2d sum = new Conv2d(3, 1, 3, 3, 1, 1, Padding.NONE, 1, false);
        assertPicture(new ReferenceConv().convolve(rgb, sum, normalised, null));

        vm.flipProperty().set(true);
        executor.runDelayed();
        float[] rotated = new float[27];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 9; i++) {
                rotated[c * 9 + i] = normalised[c * 9 + 8 - i];
            }
        }
        assertPicture(new ReferenceConv().convolve(rgb, sum, rotated, null));
    }

    /** The shown single map, CLAMP-mapped: round(clamp(v, 0, 255)) per pixel. */
    private void assertPicture(Tensor expected) {
        LabResult r = vm.resultProperty().get();
        assertEquals(expected.width(), r.width());
        assertEquals(expected.height(), r.height());
        for (int i = 0; i < expected.size(); i++) {
            int level = (int) Math.round(Math.max(0, Math.min(255, expected.data()[i])));
            assertEquals(gray(level), r.argb()[i], "pixel " + i);
        }
    }

    @Test
    void normalisingAKernelThatSumsToZeroRunsItAsItIsAndSaysWhy() {
        openPhoto(16, 16, 5);
        vm.addLibraryKernel("sobel-x");
        vm.normaliseProperty().set(true);
        executor.runDelayed();
        assertNotNull(vm.resultProperty().get());
        assertEquals("the weights of sobel-x sum to 0, so it cannot be scaled to sum to 1; kernels like this detect"
                + " edges and are used as they are", vm.errorProperty().get());
    }

    @Test
    void reluMaxPoolingAndTheOneByOneMixEqualNestedLoops() {
        vm.mappingProperty().set(LabMapping.MINMAX);
        vm.channelsProperty().set(LabChannels.SUM);
        Tensor rgb = openPhoto(26, 19, 6);
        vm.addLibraryKernel("sobel-x");
        vm.addLibraryKernel("laplacian-4");
        vm.reluProperty().set(true);
        vm.poolingProperty().set(LabPooling.MAX);
        vm.poolSizeProperty().set(2);
        vm.poolStrideProperty().set(2);
        vm.mixProperty().set(true);
        vm.mixOutputsProperty().set(2);
        assertEquals(Optional.empty(), vm.setMixWeight(0, 0, "1"));
        assertEquals(Optional.empty(), vm.setMixWeight(0, 1, "-0.5"));
        assertEquals(Optional.empty(), vm.setMixWeight(1, 0, "0.25"));
        assertEquals(Optional.empty(), vm.setMixWeight(1, 1, "2"));
        assertEquals(1, executor.runDelayed());

        float[][] kernels = {SOBEL_X, {0, 1, 0, 1, -4, 1, 0, 1, 0}};
        float[][] mix = {{1, -0.5f}, {0.25f, 2}};
        int h = 19;
        int w = 26;
        float[][][] conv = new float[2][h][w];
        for (int k = 0; k < 2; k++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double s = 0;
                    for (int c = 0; c < 3; c++) {
                        for (int i = 0; i < 3; i++) {
                            for (int j = 0; j < 3; j++) {
                                int iy = y - 1 + i;
                                int ix = x - 1 + j;
                                if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                                    s += kernels[k][i * 3 + j] * rgb.get(c, iy, ix);
                                }
                            }
                        }
                    }
                    conv[k][y][x] = (float) Math.max(0, s);
                }
            }
        }
        int ph = (h - 2) / 2 + 1;
        int pw = (w - 2) / 2 + 1;
        float[] expected = new float[2 * ph * pw];
        for (int m = 0; m < 2; m++) {
            for (int y = 0; y < ph; y++) {
                for (int x = 0; x < pw; x++) {
                    double s = 0;
                    for (int k = 0; k < 2; k++) {
                        float pooled = Math.max(Math.max(conv[k][2 * y][2 * x], conv[k][2 * y][2 * x + 1]),
                                Math.max(conv[k][2 * y + 1][2 * x], conv[k][2 * y + 1][2 * x + 1]));
                        s += mix[m][k] * pooled;
                    }
                    expected[(m * ph + y) * pw + x] = (float) s;
                }
            }
        }
        LabResult r = vm.resultProperty().get();
        assertEquals(2, r.channels());
        assertEquals(ph, r.outHeight());
        assertEquals(pw, r.outWidth());
        assertEquals(pw + " × " + ph + " × 2", vm.outputSizeProperty().get());
        assertEquals(List.of("mix 1", "mix 2"), r.channelNames());
        float min = min(expected);
        float max = max(expected);
        for (int m = 0; m < 2; m++) {
            int[] levels = minMaxLevels(expected, m * ph * pw, (m + 1) * ph * pw, min, max);
            int[] tile = tile(r, m);
            for (int i = 0; i < levels.length; i++) {
                assertEquals(gray(levels[i]), tile[i], "mix " + m + " pixel " + i);
            }
        }
    }

    @Test
    void aBadFileKeepsThePreviousImageKernelsSettingsAndResultAndSaysWhy() throws IOException {
        openPhoto(30, 20, 7);
        vm.addLibraryKernel("sobel-x");
        vm.strideProperty().set(2);
        executor.runDelayed();
        LabImage image = vm.imageProperty().get();
        LabResult result = vm.resultProperty().get();
        List<KernelItem> kernels = List.copyOf(vm.kernels());

        Path bad = folder.resolve("holiday.png");
        Files.writeString(bad, "this is a text file, not a picture", StandardCharsets.UTF_8);
        vm.openFile(bad);

        ImageLoadException direct = assertThrows(ImageLoadException.class,
                () -> new ImageLoader().load(bad, ColorMode.RGB));
        assertEquals(direct.getMessage(), vm.errorProperty().get());
        assertTrue(vm.errorProperty().get().startsWith("holiday.png"), vm.errorProperty().get());
        assertSame(image, vm.imageProperty().get());
        assertSame(result, vm.resultProperty().get());
        assertEquals(kernels, vm.kernels());
        assertEquals(2, vm.strideProperty().get());
        assertEquals(List.of(), vm.recentFiles());
        assertEquals(0, executor.pendingDelayed());
    }

    @Test
    void anImageSmallerThanTheKernelIsRefusedWithTheCoreSentence() {
        vm.paddingProperty().set("valid");
        openPhoto(30, 20, 8);
        vm.addLibraryKernel("sobel-x");
        executor.runDelayed();
        LabImage image = vm.imageProperty().get();
        vm.openPixels("tiny", 2, 2, photo(2, 2, 9));
        assertEquals("a 3x3 kernel does not fit in a 2x2 input: use a smaller kernel or dilation, or more padding",
                vm.errorProperty().get());
        assertSame(image, vm.imageProperty().get());
    }

    @Test
    void cancellingARunLeavesThePreviousResult() {
        openPhoto(64, 48, 10);
        vm.addLibraryKernel("sobel-x");
        executor.runDelayed();
        LabResult before = vm.resultProperty().get();

        vm.addLibraryKernel("sobel-y");
        boolean[] cancelled = new boolean[1];
        vm.progressProperty().addListener((o, old, now) -> {
            if (now.doubleValue() >= 0 && vm.runningProperty().get() && !cancelled[0]) {
                cancelled[0] = true;
                vm.cancel();
            }
        });
        executor.runDelayed();
        assertTrue(cancelled[0]);
        assertSame(before, vm.resultProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals("lab.status.cancelled", vm.statusProperty().get());
        assertEquals(0, executor.pendingDelayed());
    }

    @Test
    void aChangeWhileRunningCancelsTheRunAndRunsOnceAfterThePause() {
        openPhoto(64, 48, 11);
        vm.addLibraryKernel("sobel-x");
        executor.runDelayed();
        LabResult before = vm.resultProperty().get();
        List<LabResult> shown = new ArrayList<>();
        vm.resultProperty().addListener((o, old, now) -> shown.add(now));

        vm.addLibraryKernel("sobel-y");
        boolean[] changed = new boolean[1];
        vm.progressProperty().addListener((o, old, now) -> {
            if (now.doubleValue() >= 0 && vm.runningProperty().get() && !changed[0]) {
                changed[0] = true;
                vm.strideProperty().set(2);
                vm.strideProperty().set(3);
            }
        });
        executor.runDelayed();
        assertTrue(changed[0]);
        assertSame(before, vm.resultProperty().get(), "the cancelled run shows nothing");
        assertEquals(List.of(), shown);
        assertEquals(1, executor.pendingDelayed(), "two changes, one re-run waiting");

        assertEquals(1, executor.runDelayed());
        assertEquals(1, shown.size());
        assertEquals(16, shown.get(0).outHeight(), "ceil(48 / 3) with same padding");
        assertEquals(2, shown.get(0).channels());
        assertEquals(0, executor.pendingDelayed());
    }

    @Test
    void theInspectorShowsTheWindowOfTheHoveredMapAndItsBruteForceSum() {
        vm.channelsProperty().set(LabChannels.EACH);
        Tensor rgb = openPhoto(21, 17, 12);
        vm.addLibraryKernel("sobel-x");
        vm.addLibraryKernel("sobel-y");
        vm.strideProperty().set(2);
        executor.runDelayed();
        LabResult r = vm.resultProperty().get();
        // six maps of 9 x 11 (ceil(17/2), ceil(21/2)), 3 across; map 3 (channel G x 2 kernels + sobel-y) starts
        // the second row
        int x = 5;
        int y = 1 * (9 + LabResult.GRID_GAP) + 0;
        Inspection in = vm.inspect(x, y).orElseThrow();
        assertEquals(3, in.channel());
        assertEquals(0, in.outY());
        assertEquals(5, in.outX());
        assertEquals(1, in.inputChannels());
        // same padding for 3x3, stride 2 on 17 rows: total max((9-1)2 + 3 - 17, 0) = 2, top 1; columns: 2, left 1
        assertEquals(-1, in.inTop());
        assertEquals(9, in.inLeft());
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int iy = -1 + i;
                int ix = 9 + j;
                float v = iy < 0 ? 0 : rgb.get(1, iy, ix);
                assertEquals(v, in.patch()[i * 3 + j]);
                assertEquals(SOBEL_Y[i * 3 + j], in.kernel()[i * 3 + j]);
                sum += SOBEL_Y[i * 3 + j] * v;
            }
        }
        assertEquals(sum, in.sum());
        assertTrue(in.equation().endsWith(" = " + org.convscope.core.SlidingSchedule.formatNumber(sum)),
                in.equation());
        assertEquals("", in.note());
        assertEquals(Optional.empty(), vm.inspect(11, 0), "the gap between tiles");
    }

    @Test
    void theInspectorNotesWhichConvolutionOutputFeedsAPooledPixel() {
        openPhoto(24, 24, 13);
        vm.addLibraryKernel("laplacian-8");
        vm.reluProperty().set(true);
        vm.poolingProperty().set(LabPooling.MAX);
        vm.poolSizeProperty().set(3);
        vm.poolStrideProperty().set(3);
        executor.runDelayed();
        Inspection in = vm.inspect(2, 1).orElseThrow();
        assertTrue(in.outY() >= 3 && in.outY() < 6 && in.outX() >= 6 && in.outX() < 9);
        assertTrue(in.note().startsWith("lab.note.relu["), in.note());
        assertTrue(in.note().contains("lab.note.maxPool[3, " + in.outY() + ", " + in.outX() + "]"), in.note());
    }

    @Test
    void openingInTheSlideViewSendsThePatchAroundThePixelAndTheKernel() {
        vm.paddingProperty().set("valid");
        Tensor rgb = openPhoto(30, 20, 14);
        vm.addLibraryKernel("sobel-x");
        vm.flipProperty().set(true);
        executor.runDelayed();
        vm.openInSlideView(10, 7);
        SlidePatchRequest request = vm.slideRequestProperty().get();
        assertNotNull(request);
        // outputs 6..8 x 9..11 around (7, 10): a 5 x 5 patch from input row 6, column 9
        assertEquals(1, request.channels());
        assertEquals(5, request.rows());
        assertEquals(5, request.cols());
        assertEquals(1, request.focusRow());
        assertEquals(1, request.focusColumn());
        Tensor gray = ColorMode.GRAY.convert(rgb);
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(gray.get(0, 6 + r, 9 + c), request.patch()[r * 5 + c]);
            }
        }
        float[] flipped = new float[9];
        for (int i = 0; i < 9; i++) {
            flipped[i] = SOBEL_X[8 - i];
        }
        assertArrayEquals(flipped, request.kernel());
        assertEquals(1, request.stride());
        assertEquals(1, request.dilation());
    }

    @Test
    void theExportedPngHasThePixelsShown() throws IOException {
        vm.mappingProperty().set(LabMapping.ABS);
        openPhoto(33, 25, 15);
        vm.addLibraryKernel("sobel-x");
        vm.addLibraryKernel("sobel-y");
        executor.runDelayed();
        vm.shownChannelProperty().set(1);
        LabResult r = vm.resultProperty().get();
        assertEquals(1, r.shownChannel());
        assertEquals(33, r.width());
        Path file = folder.resolve("edges.png");
        vm.exportPng(file);
        assertEquals("lab.status.exported[" + file + "]", vm.statusProperty().get());
        BufferedImage png = ImageIO.read(file.toFile());
        for (int y = 0; y < r.height(); y++) {
            for (int x = 0; x < r.width(); x++) {
                assertEquals(r.argb()[y * r.width() + x] & 0xFF, png.getRaster().getSample(x, y, 0));
            }
        }
    }

    @Test
    void recentFilesKeepTheTenLatestGoodFilesMostRecentFirst() throws IOException {
        vm.addLibraryKernel("identity");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path file = folder.resolve("photo" + i + ".png");
            BufferedImage picture = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            picture.setRGB(0, 0, 8, 8, photo(8, 8, i), 0, 8);
            ImageIO.write(picture, "png", file.toFile());
            files.add(file);
            vm.openFile(file);
        }
        vm.openFile(files.get(5));
        Path empty = Files.createFile(folder.resolve("empty.png"));
        vm.openFile(empty);
        List<Path> expected = List.of(files.get(5), files.get(11), files.get(10), files.get(9), files.get(8),
                files.get(7), files.get(6), files.get(4), files.get(3), files.get(2));
        assertEquals(expected, vm.recentFiles());
        assertEquals(expected, recent.load());
        assertEquals("photo5.png", vm.imageProperty().get().name());

        ImageLabViewModel next = new ImageLabViewModel(executor, LabEngine.javaEngine(), recent, LabMessages.keys());
        assertEquals(expected, next.recentFiles(), "remembered for the next session");
    }

    @Test
    void typedWeightsAreNumbersOrFractionsAndAnythingElseIsExplained() {
        vm.addCustomKernel(3, 3);
        assertEquals(Optional.of("lab.error.weight[two]"), vm.setWeight(0, 0, "two"));
        assertEquals(Optional.of("lab.error.weight[]"), vm.setWeight(0, 0, "  "));
        assertEquals(Optional.empty(), vm.setWeight(0, 0, "1/9"));
        assertEquals(Optional.empty(), vm.setWeight(0, 1, "-2.5e-1"));
        assertEquals(Optional.empty(), vm.setWeight(0, 2, "\u22123"));
        KernelItem k = vm.kernels().get(0);
        assertEquals(1f / 9, k.weight(0, 0));
        assertEquals(-0.25f, k.weight(0, 1));
        assertEquals(-3f, k.weight(0, 2));
        assertEquals(1f, k.weight(1, 1), "a new kernel is an identity to edit");
        assertEquals(Optional.of("lab.error.weight[1/0]"), vm.setWeight(0, 0, "1/0"));
    }

    @Test
    void resizingKeepsTheWeightsAroundTheCentre() {
        vm.addLibraryKernel("sobel-x");
        vm.resizeSelectedKernel(5, 5);
        KernelItem big = vm.kernels().get(0);
        assertEquals(5, big.rows());
        for (int i = 0; i < 9; i++) {
            assertEquals(SOBEL_X[i], big.weight(1 + i / 3, 1 + i % 3));
        }
        assertEquals(0f, big.weight(0, 0));
        vm.resizeSelectedKernel(1, 3);
        assertArrayEquals(new float[] {-2, 0, 2}, vm.kernels().get(0).values());
        vm.resizeSelectedKernel(16, 3);
        assertEquals("lab.error.kernelSize[15, 16, 3]", vm.errorProperty().get());
        assertEquals(1, vm.kernels().get(0).rows());
    }

    @Test
    void aBankHoldsAtMostSixteenKernelsAndRemovingMovesTheSelection() {
        for (int i = 0; i < 16; i++) {
            vm.addLibraryKernel("box:3");
        }
        vm.addLibraryKernel("sobel-x");
        assertEquals(16, vm.kernels().size());
        assertEquals("lab.error.tooManyKernels[16]", vm.errorProperty().get());
        assertEquals(15, vm.selectedKernelProperty().get());
        vm.removeKernel(15);
        assertEquals(14, vm.selectedKernelProperty().get());
        vm.addLibraryKernel("gaussian:21");
        assertEquals("lab.error.kernelSize[15, 21, 21]", vm.errorProperty().get());
        vm.addLibraryKernel("blurry");
        assertNotEquals("", vm.errorProperty().get());
    }

    @Test
    void aGrayFileIsOneChannelAndAColourPhotoThree() {
        vm.openSample("camera");
        assertEquals(1, vm.imageProperty().get().channels());
        vm.openSample("coffee");
        assertEquals(3, vm.imageProperty().get().channels());
        assertEquals(600, vm.imageProperty().get().width());
        assertTrue(vm.sampleNames().contains("coffee"));
    }

    @Test
    void changingTheMappingRedrawsWithoutRunningAgain() {
        openPhoto(20, 20, 16);
        vm.addLibraryKernel("sobel-x");
        executor.runDelayed();
        LabResult diverging = vm.resultProperty().get();
        assertTrue(diverging.diverging());
        assertEquals(-diverging.legendHigh(), diverging.legendLow());
        vm.mappingProperty().set(LabMapping.CLAMP);
        assertEquals(0, executor.pendingDelayed());
        LabResult clamp = vm.resultProperty().get();
        assertFalse(clamp.diverging());
        assertEquals(0, clamp.legendLow());
        assertEquals(255, clamp.legendHigh());
        assertEquals(diverging.millis(), clamp.millis(), "the run's figures stay those of the run");
    }

    @Test
    void aGridWiderThan4096PixelsShowsEverySecondPixelAndInspectsTheRightCell() {
        vm.mappingProperty().set(LabMapping.CLAMP);
        vm.paddingProperty().set("valid");
        Tensor rgb = openPhoto(1100, 12, 17);
        for (int k = 0; k < 16; k++) {
            vm.addLibraryKernel("identity");
        }
        executor.runDelayed();
        LabResult r = vm.resultProperty().get();
        // 16 maps of 10 x 1098, 4 across: 4 * 1098 + 3 * 2 = 4398 > 4096, so every second pixel: tiles 549 x 5
        assertEquals(2, r.gridScale());
        assertEquals(549, r.tileWidth());
        assertEquals(5, r.tileHeight());
        assertEquals(4 * 549 + 3 * LabResult.GRID_GAP, r.width());
        Tensor gray = ColorMode.GRAY.convert(rgb);
        // picture pixel (x, y) of map 5 (second row, second column) is map cell (2y, 2x): input (2y + 1, 2x + 1)
        int x = 549 + LabResult.GRID_GAP + 100;
        int y = 5 + LabResult.GRID_GAP + 3;
        assertEquals(5, r.channelAt(x, y));
        int level = (int) Math.round(Math.max(0, Math.min(255, gray.get(0, 7, 201))));
        assertEquals(gray(level), r.argb()[y * r.width() + x]);
        Inspection in = vm.inspect(x, y).orElseThrow();
        assertEquals(5, in.channel());
        assertEquals(6, in.outY());
        assertEquals(200, in.outX());
        assertEquals(gray.get(0, 7, 201), (float) in.sum());
    }

    @Test
    void aWindowTooLargeForTheSlidingViewIsExplainedAndNothingIsSent() {
        openPhoto(40, 40, 18);
        vm.addCustomKernel(13, 13);
        executor.runDelayed();
        vm.openInSlideView(20, 20);
        assertNull(vm.slideRequestProperty().get());
        assertEquals("lab.error.slideTooLarge[11, 32, 13, 13]", vm.errorProperty().get());

        vm.resizeSelectedKernel(3, 3);
        vm.dilationProperty().set(6);
        executor.runDelayed();
        vm.openInSlideView(20, 20);
        assertNull(vm.slideRequestProperty().get());
        assertEquals("lab.error.slideSteps[8, 5, 1, 6]", vm.errorProperty().get());
    }
}

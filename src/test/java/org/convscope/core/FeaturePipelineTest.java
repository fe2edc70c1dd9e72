package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * The lab's pipeline, conv -> ReLU -> pool -> 1x1 mix, against the nested-loop convolution followed by ReLU,
 * pooling and mixing written out as loops here.
 */
class FeaturePipelineTest {

    private static final ConvEngine JAVA = new Im2colConv(new JavaGemm(), Im2colConv.DEFAULT_SCRATCH_BYTES);
    private static final float TOLERANCE = 1e-3f;

    @Test
    void reluPoolAndMixEqualNestedLoopsOnSeededImages() {
        Random random = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            ChannelMode mode = ChannelMode.values()[random.nextInt(3)];
            int channels = mode == ChannelMode.GRAY ? 1 : 3;
            List<Kernel> kernels = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int k = 0; k < count; k++) {
                int rows = 1 + random.nextInt(5);
                int cols = 1 + random.nextInt(5);
                float[] w = new float[rows * cols];
                for (int i = 0; i < w.length; i++) {
                    w[i] = random.nextInt(9) - 4;
                }
                kernels.add(new Kernel("k" + k, "", rows, cols, w));
            }
            FilterBank bank = new FilterBank(kernels, mode);
            boolean relu = random.nextBoolean();
            Pooling pool = switch (random.nextInt(3)) {
                case 0 -> null;
                case 1 -> Pooling.max(1 + random.nextInt(3), 1 + random.nextInt(3));
                default -> Pooling.average(1 + random.nextInt(3), 1 + random.nextInt(3));
            };
            int convChannels = bank.outputChannels(channels);
            ChannelMix mix = null;
            if (random.nextBoolean()) {
                int outputs = 1 + random.nextInt(3);
                float[] w = new float[outputs * convChannels];
                for (int i = 0; i < w.length; i++) {
                    w[i] = random.nextInt(5) - 2 + 0.5f;
                }
                mix = new ChannelMix(convChannels, outputs, w);
            }
            FeaturePipeline pipeline = new FeaturePipeline(bank, 1 + random.nextInt(2), 1 + random.nextInt(2),
                    PaddingChoice.parse(random.nextBoolean() ? "same" : "valid"), random.nextBoolean(), relu, pool,
                    mix);
            Tensor image = image(random, channels, 12 + random.nextInt(10), 12 + random.nextInt(10));

            Tensor expected = nestedLoops(pipeline, image);
            FeaturePipeline.Output out = pipeline.run(image, JAVA, ConvMonitor.NONE);
            assertClose(expected, out.features(), "trial " + trial + ": " + pipeline);
            assertEquals(expected.channels(), out.plan().channels());
            assertEquals(expected.height(), out.plan().outH());
            assertEquals(expected.width(), out.plan().outW());
        }
    }

    /** The pipeline's formula as loops: reference convolution, then max(0, v), then window max/mean, then the mix. */
    private static Tensor nestedLoops(FeaturePipeline p, Tensor image) {
        Conv2d conv = p.bank().conv(image.channels(), image.height(), image.width(), p.stride(), p.dilation(),
                p.padding(), p.flip());
        Tensor t = new ReferenceConv().convolve(image, conv, p.bank().weights(image.channels()), null);
        if (p.relu()) {
            for (int i = 0; i < t.size(); i++) {
                t.data()[i] = Math.max(0, t.data()[i]);
            }
        }
        if (p.pooling() != null) {
            Pooling pool = p.pooling();
            int k = pool.kH();
            int s = pool.stride();
            int outH = (t.height() - k) / s + 1;
            int outW = (t.width() - k) / s + 1;
            Tensor pooled = Tensor.zeros(t.channels(), outH, outW);
            for (int c = 0; c < t.channels(); c++) {
                for (int y = 0; y < outH; y++) {
                    for (int x = 0; x < outW; x++) {
                        double max = Double.NEGATIVE_INFINITY;
                        double sum = 0;
                        for (int i = 0; i < k; i++) {
                            for (int j = 0; j < k; j++) {
                                float v = t.get(c, y * s + i, x * s + j);
                                max = Math.max(max, v);
                                sum += v;
                            }
                        }
                        pooled.set(c, y, x, (float) (pool.kind() == Pooling.Kind.MAX ? max : sum / (k * k)));
                    }
                }
            }
            t = pooled;
        }
        if (p.mix() != null) {
            ChannelMix mix = p.mix();
            Tensor mixed = Tensor.zeros(mix.outChannels(), t.height(), t.width());
            for (int m = 0; m < mix.outChannels(); m++) {
                for (int y = 0; y < t.height(); y++) {
                    for (int x = 0; x < t.width(); x++) {
                        double sum = 0;
                        for (int c = 0; c < t.channels(); c++) {
                            sum += mix.weight(m, c) * t.get(c, y, x);
                        }
                        mixed.set(m, y, x, (float) sum);
                    }
                }
            }
            t = mixed;
        }
        return t;
    }

    private static Tensor image(Random random, int c, int h, int w) {
        Tensor t = Tensor.zeros(c, h, w);
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = random.nextInt(256);
        }
        return t;
    }

    private static void assertClose(Tensor expected, Tensor actual, String where) {
        assertEquals(expected.shape(), actual.shape(), where);
        for (int i = 0; i < expected.size(); i++) {
            float e = expected.data()[i];
            assertEquals(e, actual.data()[i], TOLERANCE * Math.max(1, Math.abs(e)), where + " at " + i);
        }
    }

    @Test
    void planGivesTheSizesOfConvGeometryAndPoolingAndCountsTheMixFlops() {
        FilterBank bank = new FilterBank(List.of(KernelLibrary.sobelX(), KernelLibrary.box(5)), ChannelMode.EACH);
        FeaturePipeline p = new FeaturePipeline(bank, 2, 1, PaddingChoice.parse("valid"), false, true,
                Pooling.max(2, 2), ChannelMix.mean(6, 4));
        FeaturePipeline.Plan plan = p.plan(3, 101, 64);
        // 5x5 (the bank's shared size), stride 2: floor((101 - 5) / 2) + 1 = 49, floor((64 - 5) / 2) + 1 = 30
        assertEquals(ConvGeometry.valid(101, 64, 5, 5, 2, 1), plan.convGeometry());
        // 2x2 max pool, stride 2: 24 x 15
        assertEquals(24, plan.outH());
        assertEquals(15, plan.outW());
        assertEquals(4, plan.channels());
        long conv = 2L * 49 * 30 * 6 * 25;
        long mix = 2L * 24 * 15 * 4 * 6;
        assertEquals(conv + mix, plan.flopCount());
    }

    @Test
    void aMixOfTheWrongWidthIsRefusedWithASentence() {
        FeaturePipeline p = new FeaturePipeline(new FilterBank(List.of(KernelLibrary.sobelX()), ChannelMode.GRAY),
                1, 1, PaddingChoice.parse("same"), false, false, null, ChannelMix.mean(3, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.plan(1, 10, 10));
        assertEquals("the 1x1 mix takes 3 maps but the filter bank makes 1; give the mix one weight per map",
                e.getMessage());
    }

    @Test
    void progressRisesToTheTotalOperationsAndCancelStopsTheRun() {
        FeaturePipeline p = new FeaturePipeline(new FilterBank(List.of(KernelLibrary.gaussian(5)), ChannelMode.SUM),
                1, 1, PaddingChoice.parse("same"), false, false, null, ChannelMix.mean(1, 2));
        Tensor image = image(new Random(3), 3, 300, 200);
        List<long[]> reports = new ArrayList<>();
        p.run(image, new ReferenceConv(), new ConvMonitor() {
            @Override
            public void progress(long done, long total) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        long total = p.plan(3, 300, 200).flopCount();
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(total, reports.get(i)[1]);
            assertTrue(i == 0 || reports.get(i)[0] >= reports.get(i - 1)[0], "progress went back at report " + i);
        }
        assertEquals(total, reports.get(reports.size() - 1)[0]);

        int[] calls = new int[1];
        assertThrows(CancellationException.class, () -> p.run(image, new ReferenceConv(), new ConvMonitor() {
            @Override
            public void progress(long done, long total) {
                calls[0]++;
            }

            @Override
            public boolean isCancelled() {
                return calls[0] >= 3;
            }
        }));
        assertEquals(3, calls[0]);
    }

    @Test
    void maxPoolingIsFedByTheLargestConvolutionOutputOfItsWindow() {
        Random random = new Random(11);
        FeaturePipeline p = new FeaturePipeline(new FilterBank(List.of(KernelLibrary.laplacian4()),
                ChannelMode.GRAY), 1, 1, PaddingChoice.parse("valid"), false, true, Pooling.max(3, 3), null);
        Tensor image = image(random, 1, 20, 17);
        Tensor conv = new ReferenceConv().convolve(image, p.plan(1, 20, 17).conv(), p.weights(1), null);
        Tensor pooled = p.run(image, JAVA, ConvMonitor.NONE).features();
        for (int y = 0; y < pooled.height(); y++) {
            for (int x = 0; x < pooled.width(); x++) {
                FeaturePipeline.ConvCell cell = p.feedingCell(image, 0, y, x);
                assertTrue(cell.y() >= 3 * y && cell.y() < 3 * y + 3 && cell.x() >= 3 * x && cell.x() < 3 * x + 3);
                assertEquals(pooled.get(0, y, x), Math.max(0, conv.get(0, cell.y(), cell.x())), TOLERANCE);
            }
        }
    }

    @Test
    void aMixedPixelIsFedByTheMapWithTheLargestTerm() {
        FilterBank bank = new FilterBank(List.of(KernelLibrary.identity(), KernelLibrary.sobelX()), ChannelMode.GRAY);
        // output = 1 * identity + 0.001 * sobel: the identity's term is the larger on a smooth ramp
        FeaturePipeline p = new FeaturePipeline(bank, 1, 1, PaddingChoice.parse("valid"), false, false, null,
                new ChannelMix(2, 1, new float[] {1, 0.001f}));
        Tensor ramp = Tensor.zeros(1, 5, 5);
        for (int i = 0; i < 25; i++) {
            ramp.data()[i] = 100 + i % 5;
        }
        assertEquals(new FeaturePipeline.ConvCell(0, 1, 2), p.feedingCell(ramp, 0, 1, 2));
        FeaturePipeline sobelWins = new FeaturePipeline(bank, 1, 1, PaddingChoice.parse("valid"), false, false, null,
                new ChannelMix(2, 1, new float[] {0.001f, 1}));
        assertEquals(new FeaturePipeline.ConvCell(1, 1, 2), sobelWins.feedingCell(ramp, 0, 1, 2));
    }
}

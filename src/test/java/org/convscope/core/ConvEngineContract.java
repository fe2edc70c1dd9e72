package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * What every fast engine must do, checked against {@link ReferenceConv}. Each output value must satisfy
 * {@code |fast - reference| <= 1e-4 * (sum of |products| behind that value, plus |bias|) + 1e-5}: float sums of
 * n terms err by about n * 2^-24 times the sum of their magnitudes, and 1e-4 leaves room for n up to ~1600.
 */
public abstract class ConvEngineContract {

    /** The engine under test with a scratch budget of {@code scratchBytes}. */
    protected abstract Im2colConv engine(long scratchBytes);

    private static final ReferenceConv REFERENCE = new ReferenceConv();

    /** A random case: input, layer, weights, bias (maybe null). */
    public record Case(Tensor input, Conv2d conv, float[] weights, float[] bias) {
        @Override
        public String toString() {
            return input.shape() + " input, " + conv + (bias == null ? ", no bias" : ", bias");
        }
    }

    public static Case randomCase(Random rnd, Conv2d conv, int h, int w, boolean withBias) {
        Tensor input = new Tensor(conv.inChannels(), h, w, randomArray(rnd, conv.inChannels() * h * w));
        return new Case(input, conv, randomArray(rnd, conv.weightCount()),
                withBias ? randomArray(rnd, conv.outChannels()) : null);
    }

    public static float[] randomArray(Random rnd, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = rnd.nextFloat() * 2 - 1;
        }
        return a;
    }

    /** Fails unless {@code actual} is the reference output of {@code c} within the tolerance in the class comment. */
    public static void assertMatchesReference(Case c, Tensor actual) {
        Tensor expected = REFERENCE.convolve(c.input(), c.conv(), c.weights(), c.bias());
        Tensor magnitude = REFERENCE.convolve(abs(c.input()), c.conv(), abs(c.weights()),
                c.bias() == null ? null : abs(c.bias()));
        assertEquals(expected.shape(), actual.shape(), "output shape of " + c);
        for (int i = 0; i < expected.size(); i++) {
            float e = expected.data()[i];
            float a = actual.data()[i];
            double tolerance = 1e-4 * magnitude.data()[i] + 1e-5;
            if (!(Math.abs(e - a) <= tolerance)) {
                fail("value " + i + " of " + c + ": expected " + e + " but got " + a + " (tolerance " + tolerance + ")");
            }
        }
    }

    private static Tensor abs(Tensor t) {
        return new Tensor(t.channels(), t.height(), t.width(), abs(t.data()));
    }

    private static float[] abs(float[] a) {
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Math.abs(a[i]);
        }
        return out;
    }

    private void check(Case c, long scratchBytes) {
        assertMatchesReference(c, engine(scratchBytes).convolve(c.input(), c.conv(), c.weights(), c.bias()));
    }

    @Test
    void randomLayersMatchTheReference() {
        Random rnd = new Random(20261129);
        long[] budgets = {1, 4096, Im2colConv.DEFAULT_SCRATCH_BYTES};
        int checked = 0;
        int direct = 0;
        while (checked < 60) {
            int groups = 1 + rnd.nextInt(3);
            int kH = 1 + rnd.nextInt(5);
            int kW = 1 + rnd.nextInt(5);
            int stride = 1 + rnd.nextInt(3);
            int dilation = 1 + rnd.nextInt(3);
            Padding pad = new Padding(rnd.nextInt(4), rnd.nextInt(4), rnd.nextInt(4), rnd.nextInt(4));
            int h = 1 + rnd.nextInt(24);
            int w = 1 + rnd.nextInt(24);
            if (ConvGeometry.extent(kH, dilation) > h + pad.vertical()
                    || ConvGeometry.extent(kW, dilation) > w + pad.horizontal()) {
                continue;
            }
            // up to twice the direct path's limit of filters per group, so that both paths are taken
            int filters = 1 + rnd.nextInt(2 * Im2colConv.DIRECT_MAX_FILTERS);
            Conv2d conv = new Conv2d(groups * (1 + rnd.nextInt(4)), groups * filters, kH, kW, stride,
                    dilation, pad, groups, rnd.nextBoolean());
            check(randomCase(rnd, conv, h, w, rnd.nextBoolean()), budgets[checked % budgets.length]);
            checked++;
            direct += Im2colConv.isDirect(conv) ? 1 : 0;
        }
        assertTrue(direct >= 20 && checked - direct >= 20,
                direct + " of " + checked + " random layers took the direct path; both paths need cases");
    }

    @Test
    void manyChannelsMatchTheReference() {
        Random rnd = new Random(64);
        check(randomCase(rnd, Conv2d.of(64, 64, 3).withPadding(Padding.uniform(1)), 9, 13, true), 1 << 20);
        check(randomCase(rnd, Conv2d.of(1, 64, 5).withStride(2), 17, 11, true), 1 << 20);
        check(randomCase(rnd, Conv2d.of(64, 1, 3).withDilation(2), 12, 7, false), 1 << 20);
        check(randomCase(rnd, Conv2d.of(64, 64, 3).withGroups(64).withPadding(new Padding(0, 2, 1, 0)), 8, 10, true),
                1 << 16);
    }

    @Test
    void tinyImagesMatchTheReference() {
        Random rnd = new Random(1);
        check(randomCase(rnd, Conv2d.of(1, 1, 1), 1, 1, true), Im2colConv.DEFAULT_SCRATCH_BYTES);
        check(randomCase(rnd, Conv2d.of(2, 3, 3).withPadding(Padding.uniform(1)), 1, 1, false), 1);
        check(randomCase(rnd, Conv2d.of(3, 2, 3).withFlip(true), 3, 3, true), 1);
        check(randomCase(rnd, new Conv2d(1, 1, 1, 4, 1, 1, Padding.NONE, 1, true), 1, 4, false), 1);
    }

    @Test
    void aTinyBudgetGivesOneRowPerBandTopToBottom() {
        Case c = randomCase(new Random(7), Conv2d.of(3, 4, 3).withPadding(new Padding(2, 0, 1, 3)), 11, 6, true);
        Im2colConv engine = engine(1);
        ConvGeometry geo = c.conv().geometry(11, 6);
        assertEquals(1, engine.bandRows(c.conv(), geo));
        TensorSink collected = new TensorSink();
        List<Integer> bandStarts = new ArrayList<>();
        engine.convolve(c.input(), c.conv(), c.weights(), c.bias(), new OutputSink() {
            @Override
            public void begin(int channels, int height, int width) {
                collected.begin(channels, height, width);
            }

            @Override
            public void accept(int y0, int rows, float[] band) {
                assertEquals(1, rows);
                bandStarts.add(y0);
                collected.accept(y0, rows, band);
            }
        }, ConvMonitor.NONE);
        List<Integer> expected = new ArrayList<>();
        for (int y = 0; y < geo.outH(); y++) {
            expected.add(y);
        }
        assertEquals(expected, bandStarts);
        assertMatchesReference(c, collected.tensor());
    }

    @Test
    void theBudgetChoosesTheBandHeight() {
        Conv2d conv = Conv2d.of(3, 16, 3);
        ConvGeometry geo = conv.geometry(1080, 1920);
        // per output row: 1918 columns x (2 x (27 + 1 bias) im2col rows + 16 output channels) floats of 4 bytes
        // = 552,384 bytes, so 1,200,000 bytes hold 2 rows
        assertEquals(2, engine(1_200_000).bandRows(conv, geo));
        assertEquals(1, engine(1000).bandRows(conv, geo));
        // the 1.25 MiB tile: 1,310,720 / (1918 x 28 x 4 bytes) = 6.1 rows, whatever the budget
        assertEquals(6, engine(64L << 20).bandRows(conv, geo));
        // the direct path's only scratch is the output band: 1,310,720 / (1918 x 1 channel x 4 bytes) = 170.8 rows
        Conv2d toGray = Conv2d.of(3, 1, 3);
        assertEquals(170, engine(64L << 20).bandRows(toGray, geo));
        assertEquals(6, engine(64L << 20).im2colBandRows(toGray, geo), "1,310,720 / (1918 x 28 x 4 bytes) = 6.1");
        assertEquals(1, engine(4096).bandRows(toGray, geo));
        Conv2d pointwise = Conv2d.of(1, 1, 1);
        assertEquals(100, engine(Long.MAX_VALUE).bandRows(pointwise, pointwise.geometry(100, 100)));
    }

    @Test
    void progressReachesTheTotalInOrder() {
        Case c = randomCase(new Random(3), Conv2d.of(2, 2, 3), 20, 9, false);
        List<long[]> reports = new ArrayList<>();
        // 256 bytes hold a few rows of im2col matrix or of the direct path's 2 x 7 output band: several bands
        // either way
        engine(256).convolve(c.input(), c.conv(), c.weights(), c.bias(), new TensorSink(), new ConvMonitor() {
            @Override
            public void progress(long done, long total) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertTrue(reports.size() > 2, "several bands expected, got " + reports.size() + " progress reports");
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(18, reports.get(i)[1], "total rows");
            if (i > 0) {
                assertTrue(reports.get(i)[0] > reports.get(i - 1)[0], "progress must increase");
            }
        }
        assertEquals(18, reports.get(reports.size() - 1)[0], "the last report says all rows are done");
    }

    @Test
    void cancellingAfterTheFirstBandStopsAndTheEngineStaysUsable() {
        Case c = randomCase(new Random(5), Conv2d.of(3, 5, 3).withPadding(Padding.uniform(1)), 30, 8, true);
        Im2colConv engine = engine(1);
        int[] bands = {0};
        OutputSink counting = new OutputSink() {
            @Override
            public void begin(int channels, int height, int width) {
            }

            @Override
            public void accept(int y0, int rows, float[] band) {
                bands[0]++;
            }
        };
        ConvMonitor cancelAfterFirstBand = new ConvMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return bands[0] >= 1;
            }
        };
        assertThrows(CancellationException.class, () -> engine.convolve(c.input(), c.conv(), c.weights(), c.bias(),
                counting, cancelAfterFirstBand));
        assertEquals(1, bands[0], "bands delivered before the cancel took effect");
        assertMatchesReference(c, engine.convolve(c.input(), c.conv(), c.weights(), c.bias()));
    }

    @Test
    void operandsThatDoNotFitAreRefusedWithAReadableMessage() {
        Conv2d conv = Conv2d.of(3, 2, 3);
        Im2colConv engine = engine(1 << 20);
        Tensor gray = Tensor.zeros(1, 5, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> engine.convolve(gray, conv, new float[54], null));
        assertEquals("this convolution expects 3 input channels but the input has 1", e.getMessage());
        Tensor rgb = Tensor.zeros(3, 5, 5);
        e = assertThrows(IllegalArgumentException.class, () -> engine.convolve(rgb, conv, new float[53], null));
        assertEquals("2 filters of 3x3x3 need 54 weights, not 53", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> engine.convolve(rgb, conv, new float[54], null, rgb, ConvMonitor.NONE));
        assertTrue(e.getMessage().startsWith("the output tensor must not be the input tensor"), e.getMessage());
    }
}

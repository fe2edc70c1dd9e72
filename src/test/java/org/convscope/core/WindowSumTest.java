package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The inspected sum of one output pixel against the nested-loop engine, on seeded random layers. */
class WindowSumTest {

    @Test
    void sumEqualsTheReferenceOutputAndProductsAreKernelTimesPatch() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int groups = 1 + random.nextInt(3);
            int inC = groups * (1 + random.nextInt(2));
            int outC = groups * (1 + random.nextInt(3));
            int kH = 1 + random.nextInt(4);
            int kW = 1 + random.nextInt(4);
            int d = 1 + random.nextInt(2);
            int s = 1 + random.nextInt(3);
            Padding pad = new Padding(random.nextInt(3), random.nextInt(3), random.nextInt(3), random.nextInt(3));
            int h = d * (kH - 1) + 1 + random.nextInt(6);
            int w = d * (kW - 1) + 1 + random.nextInt(6);
            Conv2d conv = new Conv2d(inC, outC, kH, kW, s, d, pad, groups, random.nextBoolean());
            Tensor input = random(random, inC, h, w);
            float[] weights = new float[conv.weightCount()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextInt(11) - 5 + (random.nextBoolean() ? 0.25f : 0);
            }
            Tensor reference = new ReferenceConv().convolve(input, conv, weights, null);
            int o = random.nextInt(outC);
            int y = random.nextInt(reference.height());
            int x = random.nextInt(reference.width());
            WindowSum sum = WindowSum.of(input, conv, weights, o, y, x);
            String where = "trial " + trial + ": " + conv + " at (" + o + ", " + y + ", " + x + ")";
            assertEquals(reference.get(o, y, x), (float) sum.sum(), where);
            int cg = inC / groups;
            assertEquals(o / (outC / groups) * cg, sum.firstInputChannel(), where);
            for (int c = 0, t = 0; c < cg; c++) {
                for (int i = 0; i < kH; i++) {
                    for (int j = 0; j < kW; j++, t++) {
                        int iy = y * s - pad.top() + i * d;
                        int ix = x * s - pad.left() + j * d;
                        float expectedPatch = iy < 0 || iy >= h || ix < 0 || ix >= w ? 0
                                : input.get(sum.firstInputChannel() + c, iy, ix);
                        int wi = conv.flip() ? kH - 1 - i : i;
                        int wj = conv.flip() ? kW - 1 - j : j;
                        float expectedWeight = weights[((o * cg + c) * kH + wi) * kW + wj];
                        assertEquals(expectedPatch, sum.patch()[t], where);
                        assertEquals(expectedWeight, sum.kernel()[t], where);
                        assertEquals(expectedPatch == 0 ? 0 : expectedWeight * expectedPatch, sum.products()[t],
                                where);
                    }
                }
            }
        }
    }

    private static Tensor random(Random random, int c, int h, int w) {
        Tensor t = Tensor.zeros(c, h, w);
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = random.nextInt(256);
        }
        return t;
    }

    @Test
    void equationWritesEveryProductAndTheSum() {
        Tensor input = new Tensor(1, 2, 2, new float[] {1, 2, 3, 4});
        Conv2d conv = Conv2d.of(1, 1, 2);
        WindowSum sum = WindowSum.of(input, conv, new float[] {1, -1, 0.5f, 2}, 0, 0, 0);
        // 1·1 - 1·2 + 0.5·3 + 2·4 = 8.5
        assertEquals("1·1 + (-1)·2 + 0.5·3 + 2·4 = 8.5", sum.equation());
    }

    @Test
    void refusesACellOutsideTheOutput() {
        Tensor input = Tensor.zeros(1, 4, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WindowSum.of(input, Conv2d.of(1, 1, 3), new float[9], 0, 2, 0));
        assertEquals("output (0, 2, 0) is outside the 1x2x2 output", e.getMessage());
    }
}

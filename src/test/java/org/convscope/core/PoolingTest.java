package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PoolingTest {

    private static final Tensor RAMP = new Tensor(1, 4, 4, new float[] {
        1, 2, 3, 4,
        5, 6, 7, 8,
        9, 10, 11, 12,
        13, 14, 15, 16});

    @Test
    void twoByTwoPoolsByHand() {
        assertArrayEquals(new float[] {6, 8, 14, 16}, Pooling.max(2, 2).apply(RAMP).data());
        assertArrayEquals(new float[] {3.5f, 5.5f, 11.5f, 13.5f}, Pooling.average(2, 2).apply(RAMP).data());
    }

    @Test
    void paddingCountsInTheAverageButNeverWinsTheMax() {
        Tensor negative = new Tensor(1, 2, 2, new float[] {-1, -2, -3, -4});
        // 3x3 windows with padding 1 on a 2x2 input: every window holds all four cells and five padding zeros
        Pooling max = Pooling.max(3, 1).withPadding(Padding.uniform(1));
        assertArrayEquals(new float[] {-1, -1, -1, -1}, max.apply(negative).data());
        // count_include_pad=True (PyTorch's default): (-1 - 2 - 3 - 4) / 9
        Pooling avg = Pooling.average(3, 1).withPadding(Padding.uniform(1));
        assertArrayEquals(new float[] {-10 / 9f, -10 / 9f, -10 / 9f, -10 / 9f}, avg.apply(negative).data(), 1e-6f);
    }

    /** Random shapes against a brute force that builds the padded input explicitly. */
    @Test
    void matchesBruteForceOnThePaddedInput() {
        Random rnd = new Random(9);
        for (int trial = 0; trial < 40; trial++) {
            int k = 1 + rnd.nextInt(4);
            int stride = 1 + rnd.nextInt(3);
            Padding pad = new Padding(rnd.nextInt(k / 2 + 1), rnd.nextInt(k / 2 + 1), rnd.nextInt(k / 2 + 1),
                    rnd.nextInt(k / 2 + 1));
            int h = k + rnd.nextInt(6);
            int w = k + rnd.nextInt(6);
            Tensor in = new Tensor(2, h, w, ConvEngineContract.randomArray(rnd, 2 * h * w));
            for (Pooling.Kind kind : Pooling.Kind.values()) {
                Pooling p = new Pooling(kind, k, k, stride, pad);
                Tensor out = p.apply(in);
                int padH = in.height() + pad.vertical();
                int padW = in.width() + pad.horizontal();
                for (int c = 0; c < 2; c++) {
                    for (int y = 0; y * stride + k <= padH; y++) {
                        for (int x = 0; x * stride + k <= padW; x++) {
                            double sum = 0;
                            float max = Float.NEGATIVE_INFINITY;
                            for (int i = 0; i < k; i++) {
                                for (int j = 0; j < k; j++) {
                                    int py = y * stride + i - pad.top();
                                    int px = x * stride + j - pad.left();
                                    boolean inside = py >= 0 && py < in.height() && px >= 0 && px < in.width();
                                    if (inside) {
                                        sum += in.get(c, py, px);
                                        max = Math.max(max, in.get(c, py, px));
                                    }
                                }
                            }
                            float expected = kind == Pooling.Kind.MAX ? max : (float) (sum / (k * k));
                            assertEquals(expected, out.get(c, y, x), 1e-6, kind + " " + p + " at " + c + "," + y + "," + x);
                        }
                    }
                }
            }
        }
    }

    @Test
    void refusesPaddingOverHalfTheWindow() {
        assertEquals("padding of 2 is more than half of the 3x3 pooling window, so some windows would hold only "
                        + "padding: use at most 1 rows and 1 columns",
                assertThrows(IllegalArgumentException.class,
                        () -> Pooling.max(3, 1).withPadding(Padding.uniform(2))).getMessage());
    }
}

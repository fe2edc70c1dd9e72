package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KernelTest {

    @Test
    void flippedRotatesBy180Degrees() {
        Kernel k = new Kernel("k", "", 2, 3, new float[] {1, 2, 3, 4, 5, 6});
        Kernel f = k.flipped();
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(k.get(1 - r, 2 - c), f.get(r, c));
            }
        }
        assertArrayEquals(k.values(), f.flipped().values());
    }

    @Test
    void normalisedSumsToOne() {
        Kernel k = new Kernel("k", "", 1, 3, new float[] {1, 2, 1}).normalised();
        assertArrayEquals(new float[] {0.25f, 0.5f, 0.25f}, k.values());
    }

    @Test
    void normalisedRefusesZeroSum() {
        var e = assertThrows(IllegalArgumentException.class, () -> KernelLibrary.sobelX().normalised());
        assertEquals("the weights of sobel-x sum to 0, so it cannot be scaled to sum to 1; kernels like this detect"
                + " edges and are used as they are", e.getMessage());
        // 0.1 * 10 - 1 is not exactly 0 in float arithmetic, and is still refused.
        float[] tenths = new float[11];
        java.util.Arrays.fill(tenths, 0.1f);
        tenths[10] = -1f;
        assertThrows(IllegalArgumentException.class, () -> new Kernel("t", "", 1, 11, tenths).normalised());
    }

    @Test
    void weightsAreCopiedInAndOut() {
        float[] w = {1, 2, 3, 4};
        Kernel k = new Kernel("k", "", 2, 2, w);
        w[0] = 99;
        k.values()[1] = 99;
        assertArrayEquals(new float[] {1, 2, 3, 4}, k.values());
    }

    @Test
    void refusesWrongCountsAndNonFiniteWeights() {
        assertEquals("a 2x2 kernel needs 4 weights, not 3", assertThrows(IllegalArgumentException.class,
                () -> new Kernel("k", "", 2, 2, new float[3])).getMessage());
        assertEquals("weight NaN in row 2, column 1 of k is not a finite number",
                assertThrows(IllegalArgumentException.class,
                        () -> new Kernel("k", "", 2, 2, new float[] {0, 0, Float.NaN, 0})).getMessage());
    }

    @Test
    void matrixTextReadsBack() {
        Kernel k = KernelLibrary.gaussian(3, 0.8);
        Kernel back = KernelLibrary.parseMatrix(k.matrixText());
        for (int i = 0; i < 9; i++) {
            assertEquals(k.values()[i], back.values()[i], 1e-6);
        }
        assertEquals("-1 0 1; -2 0 2; -1 0 1", KernelLibrary.sobelX().matrixText());
    }
}

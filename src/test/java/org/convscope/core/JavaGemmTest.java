package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JavaGemmTest {

    /** The product as its definition reads, in double. */
    static float[] naive(int m, int n, int k, float[] a, float[] b) {
        float[] c = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += (double) a[i * k + p] * b[p * n + j];
                }
                c[i * n + j] = (float) s;
            }
        }
        return c;
    }

    /** Shapes around the column block and the four-row unrolling, including a parallel one. */
    @Test
    void matchesTheDefinition() {
        Random rnd = new Random(11);
        int[][] shapes = {{1, 1, 1}, {2, 3, 5}, {7, 255, 3}, {16, 257, 27}, {3, 1000, 147}, {5, 513, 4}};
        for (int[] s : shapes) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            float[] a = ConvEngineContract.randomArray(rnd, m * k);
            float[] b = ConvEngineContract.randomArray(rnd, k * n);
            float[] c = new float[m * n + 3];
            c[m * n] = 42;
            new JavaGemm().multiply(m, n, k, a, b, c);
            float[] expected = naive(m, n, k, a, b);
            for (int i = 0; i < m * n; i++) {
                // k terms of magnitude <= 1: float summation error is below k * 2^-24 * k
                assertEquals(expected[i], c[i], 1e-6 * k * k + 1e-6, "m=" + m + " n=" + n + " k=" + k + " at " + i);
            }
            assertEquals(42, c[m * n], "cells past m*n are left alone");
        }
    }

    @Test
    void overwritesRatherThanAccumulates() {
        float[] c = {100, 100, 100, 100};
        new JavaGemm().multiply(2, 2, 3, new float[] {1, 2, 3, 4, 5, 6}, new float[] {7, 8, 9, 10, 11, 12}, c);
        assertArrayEquals(new float[] {58, 64, 139, 154}, c);
    }
}

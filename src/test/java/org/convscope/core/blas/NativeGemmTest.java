package org.convscope.core.blas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.convscope.core.ConvEngineContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The row-major to column-major mapping of the sgemm call is right for non-square shapes. */
class NativeGemmTest {

    @BeforeEach
    void needsNativeBlas() {
        NativeBlasAssumption.assumeNativeBlas();
    }

    @Test
    void matchesTheDefinition() {
        Random rnd = new Random(12);
        int[][] shapes = {{1, 1, 1}, {2, 3, 5}, {16, 1000, 75}, {5, 7, 147}};
        for (int[] s : shapes) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            float[] a = ConvEngineContract.randomArray(rnd, m * k);
            float[] b = ConvEngineContract.randomArray(rnd, k * n);
            float[] c = new float[m * n];
            new NativeGemm().multiply(m, n, k, a, b, c);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double e = 0;
                    for (int p = 0; p < k; p++) {
                        e += (double) a[i * k + p] * b[p * n + j];
                    }
                    assertEquals(e, c[i * n + j], 1e-6 * k * k + 1e-6, "m=" + m + " n=" + n + " k=" + k);
                }
            }
        }
    }
}

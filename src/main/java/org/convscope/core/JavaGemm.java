package org.convscope.core;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A pure-Java {@link Gemm}, the fallback when native BLAS cannot be loaded.
 *
 * <p>The columns of B and C are cut into blocks of {@link #COLUMN_BLOCK}; a block of B ({@code k x 256} floats,
 * about 150 KB for a 7x7x3 kernel) stays in the L2 cache while every row of C reuses it, and blocks run in parallel
 * on all cores. The inner loop updates one row of C with four rows of B at a time
 * ({@code c[j] += a0 b0[j] + a1 b1[j] + a2 b2[j] + a3 b3[j]}), a loop HotSpot vectorises, and which loads and
 * stores C a quarter as often as a plain axpy.
 */
public final class JavaGemm implements Gemm {

    /** Columns of C computed together; see the class comment. */
    public static final int COLUMN_BLOCK = 256;

    /** Below this many multiply-adds, splitting the work across threads costs more than it saves. */
    private static final long PARALLEL_THRESHOLD = 1L << 18;

    @Override
    public String name() {
        return "pure-Java GEMM";
    }

    @Override
    public void multiply(int m, int n, int k, float[] a, float[] b, float[] c) {
        int blocks = (n + COLUMN_BLOCK - 1) / COLUMN_BLOCK;
        IntStream range = IntStream.range(0, blocks);
        if ((long) m * n * k >= PARALLEL_THRESHOLD && blocks > 1) {
            range = range.parallel();
        }
        range.forEach(block -> multiplyBlock(m, n, k, a, b, c,
                block * COLUMN_BLOCK, Math.min(n, (block + 1) * COLUMN_BLOCK)));
    }

    /** Columns {@code [j0, j1)} of C. */
    private static void multiplyBlock(int m, int n, int k, float[] a, float[] b, float[] c, int j0, int j1) {
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            int ai = i * k;
            Arrays.fill(c, ci + j0, ci + j1, 0f);
            int p = 0;
            for (; p + 3 < k; p += 4) {
                float a0 = a[ai + p];
                float a1 = a[ai + p + 1];
                float a2 = a[ai + p + 2];
                float a3 = a[ai + p + 3];
                int b0 = p * n;
                int b1 = b0 + n;
                int b2 = b1 + n;
                int b3 = b2 + n;
                for (int j = j0; j < j1; j++) {
                    c[ci + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
                }
            }
            for (; p < k; p++) {
                float ap = a[ai + p];
                int bp = p * n;
                for (int j = j0; j < j1; j++) {
                    c[ci + j] += ap * b[bp + j];
                }
            }
        }
    }
}

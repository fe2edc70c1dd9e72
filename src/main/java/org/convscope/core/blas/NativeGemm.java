package org.convscope.core.blas;

import org.convscope.core.Gemm;
import org.jblas.NativeBlas;

/**
 * {@link Gemm} on jblas's bundled OpenBLAS sgemm.
 *
 * <p>That OpenBLAS is not thread-safe (two threads calling sgemm at once gave wrong results in 10 of 300 runs), so
 * every native call in ConvScope goes through {@link #BLAS_LOCK}; callers keep the other core busy with im2col.
 * BLAS is column-major and a row-major matrix is its column-major transpose, so the row-major {@code C = A B} is
 * computed as the column-major {@code C^T = B^T A^T}: sgemm('N', 'N', n, m, k, 1, B, n, A, k, 0, C, n).
 * jblas copies each whole Java array on every call, so callers pass arrays of tile size.
 */
public final class NativeGemm implements Gemm {

    /** The one lock every native BLAS call holds. */
    static final Object BLAS_LOCK = new Object();

    @Override
    public String name() {
        return "native BLAS (jblas sgemm)";
    }

    @Override
    public void multiply(int m, int n, int k, float[] a, float[] b, float[] c) {
        synchronized (BLAS_LOCK) {
            NativeBlas.sgemm('N', 'N', n, m, k, 1f, b, 0, n, a, 0, k, 0f, c, 0, n);
        }
    }
}

package org.convscope.core;

/**
 * Single-precision matrix product, the one step an im2col convolution spends its time in. Row-major throughout:
 * <pre>  c[i*n + j] = sum over p of a[i*k + p] * b[p*n + j],   0 &lt;= i &lt; m, 0 &lt;= j &lt; n</pre>
 * Only {@code c[0, m*n)} is written (overwritten, not accumulated); {@code a} and {@code b} are not modified.
 * Arrays may be longer than the matrices they hold. Implementations are safe to call from several threads at once.
 */
public interface Gemm {

    /** A short name, for example "native BLAS (jblas)". */
    String name();

    /** {@code C (m x n) = A (m x k) * B (k x n)}, all row-major, starting at index 0 of each array. */
    void multiply(int m, int n, int k, float[] a, float[] b, float[] c);
}

package org.convscope.core.blas;

import org.convscope.core.Gemm;
import org.convscope.core.Im2colConv;
import org.convscope.core.JavaGemm;

/**
 * The im2col convolution engine on native BLAS: {@link Im2colConv} with {@link NativeGemm}. Use
 * {@link ConvEngines#best()} rather than this class directly, so that a machine without native BLAS falls back.
 *
 * <p>One exception: with a single filter per group (3 -> 1 channels, depthwise layers) the product is a
 * matrix-vector product, bound by memory, and jblas's copy of the im2col tile on every call costs more than the
 * product itself; there the two-core {@link JavaGemm} is faster, so it is used (measured on 1920x1080 on a 2-core
 * EPYC, 3 -> 1 channels: 4.0 against 2.2 GFLOP/s through jblas for 3x3, 5.9 against 3.1 for 7x7).
 */
public final class BlasConv extends Im2colConv {

    /** With the default 64 MiB scratch budget. */
    public BlasConv() {
        this(DEFAULT_SCRATCH_BYTES);
    }

    /** With at most {@code scratchBytes} of im2col buffers and output band per call (at least one output row). */
    public BlasConv(long scratchBytes) {
        super(nativeUnlessOneRow(), scratchBytes);
    }

    private static Gemm nativeUnlessOneRow() {
        Gemm nativeGemm = new NativeGemm();
        Gemm javaGemm = new JavaGemm();
        return new Gemm() {
            @Override
            public String name() {
                return nativeGemm.name();
            }

            @Override
            public void multiply(int m, int n, int k, float[] a, float[] b, float[] c) {
                (m == 1 ? javaGemm : nativeGemm).multiply(m, n, k, a, b, c);
            }
        };
    }
}

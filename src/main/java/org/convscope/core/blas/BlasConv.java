package org.convscope.core.blas;

import org.convscope.core.Im2colConv;

/**
 * The im2col convolution engine on native BLAS: {@link Im2colConv} with {@link NativeGemm}. Use
 * {@link ConvEngines#best()} rather than this class directly, so that a machine without native BLAS falls back.
 * Layers with few filters per group (3 -> 1 channels, depthwise layers) never reach BLAS: {@link Im2colConv} runs
 * them on its direct path, in pure Java.
 */
public final class BlasConv extends Im2colConv {

    /** With the default 64 MiB scratch budget. */
    public BlasConv() {
        this(DEFAULT_SCRATCH_BYTES);
    }

    /** With at most {@code scratchBytes} of im2col buffers and output band per call (at least one output row). */
    public BlasConv(long scratchBytes) {
        super(new NativeGemm(), scratchBytes);
    }
}

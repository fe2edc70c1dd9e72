package org.convscope.core;

/** The im2col engine on the pure-Java GEMM (the fallback) meets the engine contract. */
class JavaGemmConvTest extends ConvEngineContract {

    @Override
    protected Im2colConv engine(long scratchBytes) {
        return new Im2colConv(new JavaGemm(), scratchBytes);
    }
}

package org.convscope.core;

/**
 * Computes a {@link Conv2d} on a tensor. Implementations differ in speed, never in the result beyond float rounding.
 *
 * <p>Nothing passed in is modified: not the input, the weights nor the bias. Layouts are those of {@link Conv2d}.
 * Implementations are safe to call from several threads at once.
 */
public interface ConvEngine {

    /** A short name for the UI and the CLI, for example "im2col + native BLAS". */
    String name();

    /**
     * Streams the output of {@code conv} on {@code input} to {@code sink}: one {@link OutputSink#begin} call, then
     * bands of output rows top to bottom. Progress goes to {@code monitor} in output rows.
     *
     * @param weights {@code outChannels x (inChannels / groups) x kH x kW}, row-major
     * @param bias    {@code outChannels} values, or null for none
     * @throws IllegalArgumentException when the operands do not fit {@code conv}
     * @throws java.util.concurrent.CancellationException when the monitor asks to stop; bands already delivered stay
     */
    void convolve(Tensor input, Conv2d conv, float[] weights, float[] bias, OutputSink sink, ConvMonitor monitor);

    /** The whole output as a new tensor of {@code outChannels x outH x outW}. */
    default Tensor convolve(Tensor input, Conv2d conv, float[] weights, float[] bias) {
        TensorSink sink = new TensorSink();
        convolve(input, conv, weights, bias, sink, ConvMonitor.NONE);
        return sink.tensor();
    }

    /**
     * Writes the output into {@code output}, which must have the output's shape and must not share its array with
     * {@code input} (the engine reads the input while it writes bands).
     */
    default void convolve(Tensor input, Conv2d conv, float[] weights, float[] bias, Tensor output, ConvMonitor monitor) {
        if (output != null && input != null && output.data() == input.data()) {
            throw new IllegalArgumentException("the output tensor must not be the input tensor: "
                    + "a convolution reads input cells after it has written output cells");
        }
        convolve(input, conv, weights, bias, new TensorSink(output), monitor);
    }
}

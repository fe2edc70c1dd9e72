package org.convscope.viewmodel.lab;

/**
 * The sum behind one pixel of the convolution stage, for the pixel inspector: the input patch its window reads, the
 * kernel weights as applied (flipped when the flip toggle is on), their products and the sum.
 *
 * <p>Patch, kernel and products are {@code inputChannels x rows x cols}, row-major; patch cell (c, r, k) is input
 * channel c at row {@code inTop + r d}, column {@code inLeft + k d} ({@code d} the dilation), 0 in the padding.
 * The value of the convolution output is {@code sum = sum_i products[i]}, products added in order in double.
 *
 * @param channel       the convolution's output channel (feature map) the pixel belongs to
 * @param outY          row of the convolution output
 * @param outX          column of the convolution output
 * @param inTop         input row of the window's top tap (negative in the padding)
 * @param inLeft        input column of the window's left tap
 * @param rows          kernel rows
 * @param cols          kernel columns
 * @param dilation      spacing of the taps in the input
 * @param inputChannels input channels the window reads (1 in gray and per-channel modes, 3 in sum mode on colour)
 * @param patch         the input values under the taps
 * @param kernel        the weights
 * @param products      weight times input per tap
 * @param sum           the convolution output value
 * @param equation      the sum written out with its numbers ("1·12 + 0·15 + ... = 34")
 * @param note          when ReLU, pooling or the mix stands between this sum and the pixel shown: which convolution
 *                      output feeds the pixel and how; empty otherwise
 */
public record Inspection(int channel, int outY, int outX, int inTop, int inLeft, int rows, int cols, int dilation,
                         int inputChannels, float[] patch, float[] kernel, float[] products, double sum,
                         String equation, String note) {

    public Inspection {
        int size = inputChannels * rows * cols;
        if (patch == null || kernel == null || products == null || patch.length != size || kernel.length != size
                || products.length != size) {
            throw new IllegalArgumentException("patch, kernel and products each need " + inputChannels + "x" + rows
                    + "x" + cols + " values");
        }
        note = note == null ? "" : note;
    }
}

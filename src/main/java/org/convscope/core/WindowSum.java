package org.convscope.core;

/**
 * The sum behind one output value of a {@link Conv2d}, laid out for a person to check: the input cells the window
 * reads, the weights as applied, their products and the sum, following the formula in {@link Conv2d}:
 * <pre>  out[o,y,x] = sum over c, i, j of w[o,c,i',j'] * in[g Cg + c, y s - padTop + i d, x s - padLeft + j d]</pre>
 * Patch, kernel and products are {@code inputChannels x rows x cols}, row-major, for the {@code inputChannels}
 * channels of output {@code channel}'s group starting at {@code firstInputChannel}; padding cells read 0. The
 * kernel is already rotated when the layer flips, so {@code products[t] = kernel[t] * patch[t]} cell by cell.
 * The sum adds the products in that order in double (the bias not included), as {@link ReferenceConv} does,
 * so {@code (float) sum} is that engine's output exactly.
 */
public record WindowSum(int channel, int outY, int outX, int inTop, int inLeft, int rows, int cols, int dilation,
                        int firstInputChannel, int inputChannels, float[] patch, float[] kernel, float[] products,
                        double sum) {

    public WindowSum {
        int size = inputChannels * rows * cols;
        if (patch == null || kernel == null || products == null || patch.length != size || kernel.length != size
                || products.length != size) {
            throw new IllegalArgumentException("patch, kernel and products each need " + inputChannels + "x" + rows
                    + "x" + cols + " = " + size + " values");
        }
    }

    /**
     * The window of output (channel, outY, outX) of {@code conv} on {@code input}.
     *
     * @param weights the layer's weights in {@link Conv2d}'s layout
     * @throws IllegalArgumentException when the operands do not fit or the cell is outside the output
     */
    public static WindowSum of(Tensor input, Conv2d conv, float[] weights, int channel, int outY, int outX) {
        ConvGeometry g = conv.checkOperands(input, weights, null);
        if (channel < 0 || channel >= conv.outChannels() || outY < 0 || outY >= g.outH() || outX < 0
                || outX >= g.outW()) {
            throw new IllegalArgumentException("output (" + channel + ", " + outY + ", " + outX + ") is outside the "
                    + conv.outChannels() + "x" + g.outH() + "x" + g.outW() + " output");
        }
        int cg = conv.groupInChannels();
        int kH = conv.kH();
        int kW = conv.kW();
        int d = conv.dilation();
        int first = channel / conv.groupOutChannels() * cg;
        int top = g.windowTop(outY);
        int left = g.windowLeft(outX);
        int size = cg * kH * kW;
        float[] patch = new float[size];
        float[] kernel = new float[size];
        float[] products = new float[size];
        double sum = 0;
        for (int c = 0, t = 0; c < cg; c++) {
            for (int i = 0; i < kH; i++) {
                int iy = top + i * d;
                for (int j = 0; j < kW; j++, t++) {
                    int ix = left + j * d;
                    int wi = conv.flip() ? kH - 1 - i : i;
                    int wj = conv.flip() ? kW - 1 - j : j;
                    kernel[t] = weights[((channel * cg + c) * kH + wi) * kW + wj];
                    boolean inside = iy >= 0 && iy < input.height() && ix >= 0 && ix < input.width();
                    patch[t] = inside ? input.get(first + c, iy, ix) : 0f;
                    // 0 rather than weight * 0, so a negative weight over padding shows 0 and not -0
                    products[t] = patch[t] == 0f ? 0f : kernel[t] * patch[t];
                    sum += (double) kernel[t] * patch[t];
                }
            }
        }
        return new WindowSum(channel, outY, outX, top, left, kH, kW, d, first, cg, patch, kernel, products, sum);
    }

    /**
     * The sum written out with its numbers, {@code 1·12 + (-1)·15 + ... = 34}, numbers as
     * {@link SlidingSchedule#formatNumber} writes them.
     */
    public String equation() {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < patch.length; t++) {
            if (t > 0) {
                text.append(" + ");
            }
            text.append(factor(kernel[t])).append('·').append(factor(patch[t]));
        }
        return text.append(" = ").append(SlidingSchedule.formatNumber(sum)).toString();
    }

    private static String factor(float value) {
        String text = SlidingSchedule.formatNumber(value);
        return text.startsWith("-") ? "(" + text + ")" : text;
    }
}

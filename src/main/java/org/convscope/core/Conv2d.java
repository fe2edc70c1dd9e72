package org.convscope.core;

/**
 * One 2-D convolution layer's specification: channels, kernel, stride, dilation, padding per side, groups and
 * whether the kernel is flipped.
 *
 * <p>Layouts (all row-major): the input is a {@link Tensor} of {@code inChannels x H x W}; the weights are one
 * array of {@code outChannels x (inChannels / groups) x kH x kW}, so weight (o, c, i, j) lives at
 * {@code ((o * inChannels / groups + c) * kH + i) * kW + j}; the bias is {@code outChannels} values or null.
 *
 * <p>With {@code groups = g} the input channels are split into g equal groups and output channel o sees only group
 * {@code o / (outChannels / g)}. For output channel o, row y and column x the layer computes
 * <pre>  out[o,y,x] = bias[o] + sum over c, i, j of w[o,c,i',j'] * in[g*Cg + c, y*s - padTop + i*d, x*s - padLeft + j*d]</pre>
 * where cells outside the input are zero (the padding), {@code Cg = inChannels / groups}, and
 * {@code (i', j') = (i, j)} for cross-correlation (what deep-learning frameworks call convolution, the default) or
 * {@code (kH-1-i, kW-1-j)} when {@code flip} is set (true convolution: the kernel rotated 180 degrees).
 */
public record Conv2d(int inChannels, int outChannels, int kH, int kW, int stride, int dilation, Padding pad,
                     int groups, boolean flip) {

    /** Largest number of input or output channels accepted. */
    public static final int MAX_CHANNELS = 65_536;

    public Conv2d {
        if (pad == null) {
            throw Refusal.of("padding.missing");
        }
        ConvGeometry.checkRange(Sentence.of("what.inputChannels"), inChannels, MAX_CHANNELS);
        ConvGeometry.checkRange(Sentence.of("what.outputChannels"), outChannels, MAX_CHANNELS);
        ConvGeometry.checkRange(Sentence.of("what.kernelHeight"), kH, ConvGeometry.MAX_KERNEL);
        ConvGeometry.checkRange(Sentence.of("what.kernelWidth"), kW, ConvGeometry.MAX_KERNEL);
        ConvGeometry.checkRange(Sentence.of("what.stride"), stride, ConvGeometry.MAX_STEP);
        ConvGeometry.checkRange(Sentence.of("what.dilation"), dilation, ConvGeometry.MAX_STEP);
        ConvGeometry.checkRange(Sentence.of("what.groups"), groups, MAX_CHANNELS);
        if (inChannels % groups != 0 || outChannels % groups != 0) {
            throw Refusal.of("conv.groups", inChannels, outChannels, groups);
        }
        if ((long) outChannels * (inChannels / groups) * kH * kW > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a layer with " + outChannels + " filters of " + (inChannels / groups)
                    + "x" + kH + "x" + kW + " weights has more weights than one Java array can hold");
        }
    }

    /** A square k x k cross-correlation with stride 1, no dilation, no padding and one group. */
    public static Conv2d of(int inChannels, int outChannels, int k) {
        return new Conv2d(inChannels, outChannels, k, k, 1, 1, Padding.NONE, 1, false);
    }

    public Conv2d withStride(int s) {
        return new Conv2d(inChannels, outChannels, kH, kW, s, dilation, pad, groups, flip);
    }

    public Conv2d withDilation(int d) {
        return new Conv2d(inChannels, outChannels, kH, kW, stride, d, pad, groups, flip);
    }

    public Conv2d withPadding(Padding p) {
        return new Conv2d(inChannels, outChannels, kH, kW, stride, dilation, p, groups, flip);
    }

    public Conv2d withGroups(int g) {
        return new Conv2d(inChannels, outChannels, kH, kW, stride, dilation, pad, g, flip);
    }

    public Conv2d withFlip(boolean f) {
        return new Conv2d(inChannels, outChannels, kH, kW, stride, dilation, pad, groups, f);
    }

    /** Input channels each output channel sees: {@code inChannels / groups}. */
    public int groupInChannels() {
        return inChannels / groups;
    }

    /** Output channels per group: {@code outChannels / groups}. */
    public int groupOutChannels() {
        return outChannels / groups;
    }

    /** Weights (and multiply-adds) behind one output value: {@code (inChannels / groups) * kH * kW}. */
    public int fanIn() {
        return groupInChannels() * kH * kW;
    }

    /** Length of the weight array: {@code outChannels * (inChannels / groups) * kH * kW}. */
    public int weightCount() {
        return outChannels * fanIn();
    }

    /** Learnable parameters: weights plus one bias per output channel when {@code withBias}. */
    public long paramCount(boolean withBias) {
        return (long) weightCount() + (withBias ? outChannels : 0);
    }

    /** The shape arithmetic on an {@code inH x inW} input; refuses a kernel that does not fit. */
    public ConvGeometry geometry(int inH, int inW) {
        return new ConvGeometry(inH, inW, kH, kW, stride, dilation, pad);
    }

    /**
     * Floating-point operations on an {@code inH x inW} input, counting a multiply-add as two:
     * {@code 2 * outH * outW * outChannels * (inChannels / groups) * kH * kW} (bias not counted).
     */
    public long flopCount(int inH, int inW) {
        ConvGeometry g = geometry(inH, inW);
        return 2L * g.outH() * g.outW() * outChannels * fanIn();
    }

    /**
     * Checks that {@code input}, {@code weights} and {@code bias} fit this layer and returns the geometry.
     *
     * @throws IllegalArgumentException with a sentence saying what does not fit
     */
    public ConvGeometry checkOperands(Tensor input, float[] weights, float[] bias) {
        if (input == null) {
            throw new IllegalArgumentException("there is no input image");
        }
        if (input.channels() != inChannels) {
            throw new IllegalArgumentException("this convolution expects " + inChannels + " input channel"
                    + (inChannels == 1 ? "" : "s") + " but the input has " + input.channels());
        }
        if (weights == null || weights.length != weightCount()) {
            throw new IllegalArgumentException(outChannels + " filters of " + groupInChannels() + "x" + kH + "x" + kW
                    + " need " + weightCount() + " weights, not " + (weights == null ? "none" : weights.length));
        }
        if (bias != null && bias.length != outChannels) {
            throw new IllegalArgumentException("the bias needs one value per output channel (" + outChannels
                    + "), not " + bias.length);
        }
        return geometry(input.height(), input.width());
    }

    @Override
    public String toString() {
        return inChannels + "->" + outChannels + " channels, " + kH + "x" + kW + " kernel, stride " + stride
                + ", dilation " + dilation + ", padding " + pad + (groups > 1 ? ", " + groups + " groups" : "")
                + (flip ? ", flipped" : "");
    }
}

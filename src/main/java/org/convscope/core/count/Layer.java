package org.convscope.core.count;

import org.convscope.core.ConvGeometry;
import org.convscope.core.Padding;
import org.convscope.core.Refusal;
import org.convscope.core.Sentence;

import java.util.List;
import java.util.Objects;

/**
 * A layer as the counting tools see it: what it does to shapes and what it costs. Most layers take one input;
 * {@link Concat} and {@link Add} take several, so branching networks (GoogLeNet, ResNet, DenseNet) are counted by
 * applying layers to the shapes of their branches (see {@link LayerStack#apply}).
 */
public sealed interface Layer {

    /**
     * The counts of this layer on the given input shapes.
     *
     * @throws IllegalArgumentException when the shapes do not suit the layer, saying why
     */
    LayerCount count(List<Shape> inputs);

    /** The counts of this layer on one input shape. */
    default LayerCount count(Shape input) {
        return count(List.of(input));
    }

    /** A convolution with a square kernel, the same padding on every side, no dilation, one group and a bias. */
    static Conv conv(int outChannels, int kernel, int stride, int padding) {
        return new Conv(outChannels, kernel, kernel, stride, Padding.uniform(padding), 1, 1, true);
    }

    /**
     * A convolution: Cout filters of size (Cin / groups) x kH x kW, sliding by stride with padding and dilation.
     * <pre>
     *   weights = Cout (Cin / groups) kH kW
     *   biases  = Cout (0 without bias)
     *   MACs    = Hout Wout weights
     * </pre>
     * Groups split the channels into independent slices (AlexNet's two GPUs, depthwise convolutions with
     * groups = Cin); both Cin and Cout must divide by groups. Output size per axis as in {@link ConvGeometry}.
     * MACs include taps over padding, as the frameworks and published figures count them.
     */
    record Conv(int outChannels, int kernelH, int kernelW, int stride, Padding padding, int dilation, int groups,
                boolean bias) implements Layer {

        public Conv {
            positive("what.outputChannels", outChannels);
            positive("what.kernelHeight", kernelH);
            positive("what.kernelWidth", kernelW);
            positive("what.stride", stride);
            positive("what.dilation", dilation);
            positive("what.groups", groups);
            if (padding == null) {
                throw Refusal.of("padding.missing");
            }
            if (outChannels % groups != 0) {
                throw Refusal.of("count.groups.output", outChannels, groups);
            }
        }

        public Conv withGroups(int g) {
            return new Conv(outChannels, kernelH, kernelW, stride, padding, dilation, g, bias);
        }

        public Conv withDilation(int d) {
            return new Conv(outChannels, kernelH, kernelW, stride, padding, d, groups, bias);
        }

        public Conv withoutBias() {
            return new Conv(outChannels, kernelH, kernelW, stride, padding, dilation, groups, false);
        }

        @Override
        public LayerCount count(List<Shape> inputs) {
            Shape in = single(this, inputs);
            if (in.channels() % groups != 0) {
                throw Refusal.of("count.groups.input", in.channels(), groups);
            }
            ConvGeometry g = ConvGeometry.of(in.height(), in.width(), kernelH, kernelW, stride, dilation, padding);
            long weights = Math.multiplyExact(Math.multiplyExact((long) outChannels, in.channels() / groups),
                    (long) kernelH * kernelW);
            long macs = Math.multiplyExact((long) g.outH() * g.outW(), weights);
            return new LayerCount(this, inputs, new Shape(outChannels, g.outH(), g.outW()), weights,
                    bias ? outChannels : 0, macs);
        }

        @Override
        public String toString() {
            return "conv " + kernelH + "x" + kernelW + " to " + outChannels + (stride != 1 ? ", stride " + stride : "")
                    + (padding.equals(Padding.NONE) ? "" : ", padding " + padding)
                    + (dilation != 1 ? ", dilation " + dilation : "") + (groups != 1 ? ", groups " + groups : "")
                    + (bias ? "" : ", no bias");
        }
    }

    /**
     * A fully connected layer: flattens its C x H x W input to {@code in = C H W} features and maps them to
     * {@code out} features. {@code weights = in out}, {@code biases = out}, {@code MACs = in out}.
     */
    record FullyConnected(int outFeatures, boolean bias) implements Layer {

        public FullyConnected {
            positive("what.outputFeatures", outFeatures);
        }

        public FullyConnected(int outFeatures) {
            this(outFeatures, true);
        }

        @Override
        public LayerCount count(List<Shape> inputs) {
            long weights = Math.multiplyExact(single(this, inputs).size(), (long) outFeatures);
            return new LayerCount(this, inputs, new Shape(outFeatures, 1, 1), weights, bias ? outFeatures : 0,
                    weights);
        }

        @Override
        public String toString() {
            return "fully connected to " + outFeatures + (bias ? "" : ", no bias");
        }
    }

    /**
     * Max or average pooling over kH x kW windows of each channel: no parameters, channels unchanged.
     * MACs are 0: the comparisons of a max and the additions of an average use no weights, and published MAC
     * counts leave them out.
     *
     * <p>With {@code ceilMode} the output size rounds up, {@code ceil((n + pads - k) / s) + 1}, dropping a last
     * window that would start in the bottom or right padding (PyTorch's ceil_mode, Caffe's pooling; GoogLeNet's
     * 112 -> 56 needs it).
     */
    record Pool(Kind kind, int kernel, int stride, Padding padding, boolean ceilMode) implements Layer {

        /** Which statistic of the window a pooling keeps. */
        public enum Kind { MAX, AVERAGE }

        public Pool {
            if (kind == null || padding == null) {
                throw Refusal.of("count.poolKind");
            }
            positive("what.poolingKernelSize", kernel);
            positive("what.poolingStride", stride);
        }

        /** Max pooling, rounding the output size down. */
        public static Pool max(int kernel, int stride) {
            return new Pool(Kind.MAX, kernel, stride, Padding.NONE, false);
        }

        /** Average pooling, rounding the output size down. */
        public static Pool average(int kernel, int stride) {
            return new Pool(Kind.AVERAGE, kernel, stride, Padding.NONE, false);
        }

        public Pool withPadding(int p) {
            return new Pool(kind, kernel, stride, Padding.uniform(p), ceilMode);
        }

        public Pool withCeilMode() {
            return new Pool(kind, kernel, stride, padding, true);
        }

        @Override
        public LayerCount count(List<Shape> inputs) {
            Shape in = single(this, inputs);
            ConvGeometry g = ConvGeometry.of(in.height(), in.width(), kernel, kernel, stride, 1, padding);
            int outH = ceilMode ? ceilOutputSize(in.height(), padding.top(), padding.bottom()) : g.outH();
            int outW = ceilMode ? ceilOutputSize(in.width(), padding.left(), padding.right()) : g.outW();
            return new LayerCount(this, inputs, new Shape(in.channels(), outH, outW), 0, 0, 0);
        }

        private int ceilOutputSize(int n, int before, int after) {
            int out = -Math.floorDiv(-(n + before + after - kernel), stride) + 1;
            // The last window must start inside the input or the top/left padding.
            return (out - 1) * stride >= n + before ? out - 1 : out;
        }

        @Override
        public String toString() {
            return (kind == Kind.MAX ? "max" : "average") + " pool " + kernel + "x" + kernel + ", stride " + stride
                    + (padding.equals(Padding.NONE) ? "" : ", padding " + padding) + (ceilMode ? ", ceil mode" : "");
        }
    }

    /** Global average pooling: each channel's H x W map averaged to one value; C x 1 x 1 out, no parameters, 0 MACs. */
    record GlobalAveragePool() implements Layer {

        @Override
        public LayerCount count(List<Shape> inputs) {
            return new LayerCount(this, inputs, new Shape(single(this, inputs).channels(), 1, 1), 0, 0, 0);
        }

        @Override
        public String toString() {
            return "global average pool";
        }
    }

    /**
     * Batch normalisation over C channels: a learned scale (gamma, counted as C weights) and shift (beta, C biases),
     * 2C parameters. The running mean and variance are buffers, not parameters: they are estimated, not learned by
     * gradient descent, so they are not counted. MACs are 0: at inference the normalisation folds into the
     * preceding convolution, and published MAC counts leave it out.
     */
    record BatchNorm() implements Layer {

        @Override
        public LayerCount count(List<Shape> inputs) {
            Shape in = single(this, inputs);
            return new LayerCount(this, inputs, in, in.channels(), in.channels(), 0);
        }

        @Override
        public String toString() {
            return "batch norm";
        }
    }

    /**
     * Concatenation along channels (GoogLeNet's inception outputs, DenseNet's growing maps): the inputs must have
     * the same height and width; the output has the sum of their channels. No parameters, 0 MACs.
     */
    record Concat() implements Layer {

        @Override
        public LayerCount count(List<Shape> inputs) {
            Shape first = several(this, inputs);
            long channels = 0;
            for (Shape s : inputs) {
                if (s.height() != first.height() || s.width() != first.width()) {
                    throw Refusal.of("count.concatSize", first, s);
                }
                channels += s.channels();
            }
            if (channels > Integer.MAX_VALUE) {
                throw Refusal.of("count.concatChannels");
            }
            return new LayerCount(this, inputs, new Shape((int) channels, first.height(), first.width()), 0, 0, 0);
        }

        @Override
        public String toString() {
            return "concatenate";
        }
    }

    /**
     * Element-wise addition of a residual block's main path and shortcut (ResNet): all inputs must have the same
     * shape, which is also the output. No parameters, 0 MACs (additions only).
     */
    record Add() implements Layer {

        @Override
        public LayerCount count(List<Shape> inputs) {
            Shape first = several(this, inputs);
            for (Shape s : inputs) {
                if (!s.equals(first)) {
                    throw mismatch(first, s);
                }
            }
            return new LayerCount(this, inputs, first, 0, 0, 0);
        }

        /** Suggests the projection shortcut (a 1x1 conv, strided when the map shrinks) that would make them match. */
        private static Refusal mismatch(Shape a, Shape b) {
            Shape from = a.height() > b.height() || (a.height() == b.height() && a.channels() < b.channels()) ? a : b;
            Shape to = from == a ? b : a;
            int stride = from.height() % to.height() == 0 ? from.height() / to.height() : 1;
            return stride > 1 ? Refusal.of("count.addShape.strided", a, b, to.channels(), stride, from, to)
                    : Refusal.of("count.addShape", a, b, to.channels(), from, to);
        }

        @Override
        public String toString() {
            return "add";
        }
    }

    private static Shape single(Layer layer, List<Shape> inputs) {
        if (inputs == null || inputs.size() != 1 || inputs.get(0) == null) {
            throw Refusal.of("count.oneInput", layer, inputs == null ? 0 : inputs.size());
        }
        return inputs.get(0);
    }

    private static Shape several(Layer layer, List<Shape> inputs) {
        if (inputs == null || inputs.size() < 2 || inputs.stream().anyMatch(Objects::isNull)) {
            throw Refusal.of("count.severalInputs", layer, inputs == null ? 0 : inputs.size());
        }
        return inputs.get(0);
    }

    private static void positive(String what, int value) {
        if (value < 1) {
            throw Refusal.of("range.atLeastOne", Sentence.of(what), value);
        }
    }
}

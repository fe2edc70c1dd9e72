package org.convscope.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The image lab's layer as one small pipeline: a filter bank convolved with stride, dilation, padding and an
 * optional flip, then optionally ReLU, pooling and a 1x1 channel mix, in that order (as a CNN block runs them):
 * <pre>  features = mix( pool( relu( conv(image) ) ) )</pre>
 * The convolution and the mix run on the given {@link ConvEngine}, which works in bands of output rows, so no
 * full im2col matrix of the image is ever built; ReLU is applied to each band as it arrives.
 *
 * @param pooling null for none
 * @param mix     null for none; its input count must equal the bank's output channels
 */
public record FeaturePipeline(FilterBank bank, int stride, int dilation, PaddingChoice padding, boolean flip,
                              boolean relu, Pooling pooling, ChannelMix mix) {

    private static final Activation RELU = Activation.relu();

    public FeaturePipeline {
        if (bank == null) {
            throw Refusal.of("pipeline.noBank");
        }
        if (padding == null) {
            throw Refusal.of("padding.missing");
        }
        ConvGeometry.checkRange(Sentence.of("what.stride"), stride, ConvGeometry.MAX_STEP);
        ConvGeometry.checkRange(Sentence.of("what.dilation"), dilation, ConvGeometry.MAX_STEP);
    }

    /**
     * The shapes of every stage for an input of {@code inChannels x inH x inW} (already gray in gray mode).
     *
     * @param conv          the convolution layer
     * @param convGeometry  its shape arithmetic
     * @param poolGeometry  the pooling's, or null without pooling
     * @param channels      feature maps out of the pipeline
     * @param outH          their rows
     * @param outW          their columns
     * @param flopCount     convolution plus mix operations, a multiply-add counted as 2
     */
    public record Plan(Conv2d conv, ConvGeometry convGeometry, ConvGeometry poolGeometry, int channels, int outH,
                       int outW, long flopCount) {
    }

    /**
     * What the pipeline produced.
     *
     * @param features the feature maps, channels x outH x outW
     * @param plan     the shapes it ran with
     */
    public record Output(Tensor features, Plan plan) {
    }

    /** One cell of the convolution's output (before ReLU, pooling and mix). */
    public record ConvCell(int channel, int y, int x) {
    }

    /**
     * Works out every stage's shape, refusing what cannot run with the core's sentence (a kernel larger than the
     * padded image, a pooling window larger than the maps, a mix of the wrong width).
     */
    public Plan plan(int inChannels, int inH, int inW) {
        Conv2d conv = bank.conv(inChannels, inH, inW, stride, dilation, padding, flip);
        ConvGeometry convGeometry = conv.geometry(inH, inW);
        int channels = conv.outChannels();
        int h = convGeometry.outH();
        int w = convGeometry.outW();
        ConvGeometry poolGeometry = null;
        if (pooling != null) {
            poolGeometry = pooling.geometry(h, w);
            h = poolGeometry.outH();
            w = poolGeometry.outW();
        }
        long flops = conv.flopCount(inH, inW);
        if (mix != null) {
            if (mix.inChannels() != channels) {
                throw Refusal.of("pipeline.mixInputs", mix.inChannels(), channels);
            }
            flops += mix.flopCount(h, w);
            channels = mix.outChannels();
        }
        return new Plan(conv, convGeometry, poolGeometry, channels, h, w, flops);
    }

    /** The convolution's weights for {@code inChannels} input channels, in {@link Conv2d}'s layout. */
    public float[] weights(int inChannels) {
        return bank.weights(inChannels);
    }

    /** A name per output map: the bank's ("sobel-x", "sobel-x · R"), or "mix 1", "mix 2", ... after a mix. */
    public List<String> channelNames(int inChannels) {
        if (mix == null) {
            return bank.channelNames(inChannels);
        }
        List<String> names = new ArrayList<>();
        for (int m = 1; m <= mix.outChannels(); m++) {
            names.add("mix " + m);
        }
        return names;
    }

    /**
     * Runs the pipeline on {@code input}. Progress goes to {@code monitor} in floating-point operations, the
     * convolution's and the mix's together, so the bar moves at an even pace through both.
     *
     * @throws IllegalArgumentException when the shapes do not fit ({@link #plan})
     * @throws java.util.concurrent.CancellationException when the monitor asks to stop
     */
    public Output run(Tensor input, ConvEngine engine, ConvMonitor monitor) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(monitor, "monitor");
        Plan plan = plan(input.channels(), input.height(), input.width());
        long convFlops = plan.conv().flopCount(input.height(), input.width());
        TensorSink sink = new TensorSink();
        engine.convolve(input, plan.conv(), weights(input.channels()), null,
                relu ? new ActivationSink(RELU, sink) : sink, new Stage(monitor, 0, convFlops, plan.flopCount()));
        Tensor features = sink.tensor();
        if (pooling != null) {
            features = pooling.apply(features);
        }
        if (mix != null) {
            features = mix.apply(features, engine,
                    new Stage(monitor, convFlops, plan.flopCount() - convFlops, plan.flopCount()));
        }
        return new Output(features, plan);
    }

    /**
     * The convolution output that feeds output (channel, y, x) of the pipeline: the cell itself without pooling
     * and mix; with max pooling the window's largest value (after ReLU; the first of equal ones), with average
     * pooling the window's first cell; with a mix, the map with the largest term {@code |w[m][c] in[c]|} (the first
     * of equal ones). Worked out from {@code input} with {@link WindowSum}s, nothing cached.
     */
    public ConvCell feedingCell(Tensor input, int channel, int y, int x) {
        Plan plan = plan(input.channels(), input.height(), input.width());
        if (channel < 0 || channel >= plan.channels() || y < 0 || y >= plan.outH() || x < 0 || x >= plan.outW()) {
            throw Refusal.of("pipeline.outsideOutput", channel, y, x, plan.channels(), plan.outH(), plan.outW());
        }
        float[] weights = weights(input.channels());
        int convChannel = channel;
        if (mix != null) {
            double largest = -1;
            for (int c = 0; c < mix.inChannels(); c++) {
                ConvCell cell = poolSource(input, plan, weights, c, y, x);
                double term = Math.abs((double) mix.weight(channel, c) * activated(input, plan, weights, cell));
                if (term > largest) {
                    largest = term;
                    convChannel = c;
                }
            }
        }
        return poolSource(input, plan, weights, convChannel, y, x);
    }

    private ConvCell poolSource(Tensor input, Plan plan, float[] weights, int channel, int y, int x) {
        if (pooling == null) {
            return new ConvCell(channel, y, x);
        }
        ConvGeometry g = plan.poolGeometry();
        int top = Math.max(g.windowTop(y), 0);
        int left = Math.max(g.windowLeft(x), 0);
        if (pooling.kind() == Pooling.Kind.AVERAGE) {
            return new ConvCell(channel, top, left);
        }
        int bottom = Math.min(g.windowTop(y) + pooling.kH(), g.inH());
        int right = Math.min(g.windowLeft(x) + pooling.kW(), g.inW());
        ConvCell best = new ConvCell(channel, top, left);
        float max = Float.NEGATIVE_INFINITY;
        for (int cy = top; cy < bottom; cy++) {
            for (int cx = left; cx < right; cx++) {
                ConvCell cell = new ConvCell(channel, cy, cx);
                float v = activated(input, plan, weights, cell);
                if (v > max) {
                    max = v;
                    best = cell;
                }
            }
        }
        return best;
    }

    /** The convolution's value at a cell after ReLU when it is on. */
    private float activated(Tensor input, Plan plan, float[] weights, ConvCell cell) {
        float v = (float) WindowSum.of(input, plan.conv(), weights, cell.channel(), cell.y(), cell.x()).sum();
        return relu ? (float) RELU.value(v) : v;
    }

    /** Reports one stage's progress as its share of the whole run's operations. */
    private record Stage(ConvMonitor whole, long before, long flops, long total) implements ConvMonitor {
        @Override
        public void progress(long done, long of) {
            whole.progress(before + (long) ((double) flops * done / Math.max(of, 1)), total);
        }

        @Override
        public boolean isCancelled() {
            return whole.isCancelled();
        }
    }
}

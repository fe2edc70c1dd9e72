package org.convscope.core;

import java.util.Arrays;

/**
 * A 1x1 convolution mixing C feature maps into M: at every pixel
 * <pre>  out[m, y, x] = sum_c w[m][c] * in[c, y, x]</pre>
 * the channel reduction of a bottleneck layer (Network in Network, GoogLeNet's 1x1 convolutions). It runs through
 * the same engines as any other convolution: it is a {@link Conv2d} with a 1x1 kernel.
 *
 * @param weights M x C, row-major: {@code w[m][c] = weights[m * C + c]}; copied in and out
 */
public record ChannelMix(int inChannels, int outChannels, float[] weights) {

    public ChannelMix {
        ConvGeometry.checkRange(Sentence.of("what.mixInputs"), inChannels, Conv2d.MAX_CHANNELS);
        ConvGeometry.checkRange(Sentence.of("what.mixOutputs"), outChannels, Conv2d.MAX_CHANNELS);
        if (weights == null || weights.length != (long) inChannels * outChannels) {
            throw Refusal.of("mix.weightCount", inChannels, outChannels, (long) inChannels * outChannels,
                    weights == null ? 0 : weights.length);
        }
        weights = weights.clone();
        for (int i = 0; i < weights.length; i++) {
            if (!Float.isFinite(weights[i])) {
                throw Refusal.of("mix.notFinite", i / inChannels + 1, i % inChannels + 1, weights[i]);
            }
        }
    }

    /** Every output the mean of the inputs: {@code w[m][c] = 1 / C}. */
    public static ChannelMix mean(int inChannels, int outChannels) {
        float[] w = new float[Math.multiplyExact(inChannels, outChannels)];
        Arrays.fill(w, 1f / inChannels);
        return new ChannelMix(inChannels, outChannels, w);
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    /** w[m][c]. */
    public float weight(int m, int c) {
        return weights[m * inChannels + c];
    }

    /** The layer: C -> M channels, 1x1 kernel, stride 1, no padding. */
    public Conv2d conv() {
        return Conv2d.of(inChannels, outChannels, 1);
    }

    /** Floating-point operations on {@code h x w} maps: {@code 2 h w M C}. */
    public long flopCount(int h, int w) {
        return 2L * h * w * outChannels * inChannels;
    }

    /** Mixes {@code input} (C x H x W) into a new M x H x W tensor with {@code engine}. */
    public Tensor apply(Tensor input, ConvEngine engine, ConvMonitor monitor) {
        TensorSink sink = new TensorSink();
        engine.convolve(input, conv(), weights, null, sink, monitor);
        return sink.tensor();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelMix m && inChannels == m.inChannels && outChannels == m.outChannels
                && Arrays.equals(weights, m.weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * inChannels + outChannels) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "1x1 mix " + inChannels + " -> " + outChannels;
    }
}

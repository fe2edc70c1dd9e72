package org.convscope.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Several image kernels applied as one convolution layer, one (or, per channel, several) output channel each.
 *
 * <p>All filters of one layer share a size, so smaller kernels are centred in the largest one with zeros around
 * them (an odd 3x3 inside a 5x5 keeps its centre; with "same" padding its output is exactly that of the 3x3 alone).
 * How the colour channels enter depends on the {@link ChannelMode}:
 * <pre>
 *   GRAY: 1 input channel,  K outputs,   groups 1, weight[k][0]      = kernel k
 *   EACH: C input channels, C K outputs, groups C, weight[c K + k][0] = kernel k   (output c K + k: kernel k on channel c)
 *   SUM:  C input channels, K outputs,   groups 1, weight[k][c]      = kernel k for every c
 * </pre>
 */
public record FilterBank(List<Kernel> kernels, ChannelMode mode) {

    /** Most kernels in one bank. */
    public static final int MAX_KERNELS = 256;

    public FilterBank {
        if (kernels == null || kernels.isEmpty()) {
            throw Refusal.of("bank.empty");
        }
        if (kernels.size() > MAX_KERNELS) {
            throw Refusal.of("bank.tooMany", MAX_KERNELS, kernels.size());
        }
        if (mode == null) {
            throw Refusal.of("bank.mode");
        }
        kernels = List.copyOf(kernels);
    }

    /** Kernel rows shared by the bank: the tallest kernel's. */
    public int rows() {
        return kernels.stream().mapToInt(Kernel::rows).max().orElseThrow();
    }

    /** Kernel columns shared by the bank: the widest kernel's. */
    public int cols() {
        return kernels.stream().mapToInt(Kernel::cols).max().orElseThrow();
    }

    /** Input channels the convolution sees for an image of {@code imageChannels}: 1 in GRAY mode. */
    public int inputChannels(int imageChannels) {
        return mode == ChannelMode.GRAY ? 1 : imageChannels;
    }

    /** Output channels for an input of {@code inChannels}: K, or C K per channel. */
    public int outputChannels(int inChannels) {
        return mode == ChannelMode.EACH ? inChannels * kernels.size() : kernels.size();
    }

    /**
     * The layer for an {@code inH x inW} input of {@code inChannels} (already gray in GRAY mode).
     *
     * @throws IllegalArgumentException when the geometry is impossible (a kernel larger than the padded image)
     */
    public Conv2d conv(int inChannels, int inH, int inW, int stride, int dilation, PaddingChoice padding,
                       boolean flip) {
        if (mode == ChannelMode.GRAY && inChannels != 1) {
            throw Refusal.of("bank.grayNeedsGray", inChannels);
        }
        ConvGeometry g = padding.geometry(inH, inW, rows(), cols(), stride, dilation);
        return new Conv2d(inChannels, outputChannels(inChannels), rows(), cols(), stride, dilation, g.pad(),
                mode == ChannelMode.EACH ? inChannels : 1, flip);
    }

    /** The weights of {@link #conv} in {@link Conv2d}'s layout: outChannels x (inChannels / groups) x kH x kW. */
    public float[] weights(int inChannels) {
        int size = rows() * cols();
        int perFilter = mode == ChannelMode.SUM ? inChannels : 1;
        int outChannels = outputChannels(inChannels);
        float[] weights = new float[outChannels * perFilter * size];
        for (int o = 0; o < outChannels; o++) {
            Kernel k = kernels.get(o % kernels.size());
            for (int c = 0; c < perFilter; c++) {
                embed(k, weights, (o * perFilter + c) * size);
            }
        }
        return weights;
    }

    /** Writes kernel {@code k} centred in a rows() x cols() block starting at {@code offset}. */
    private void embed(Kernel k, float[] target, int offset) {
        int top = (rows() - k.rows()) / 2;
        int left = (cols() - k.cols()) / 2;
        for (int r = 0; r < k.rows(); r++) {
            for (int c = 0; c < k.cols(); c++) {
                target[offset + (top + r) * cols() + left + c] = k.get(r, c);
            }
        }
    }

    /** A name for each output channel, e.g. "sobel-x" or, per channel, "sobel-x · R". */
    public List<String> channelNames(int inChannels) {
        List<String> names = new ArrayList<>();
        for (int o = 0; o < outputChannels(inChannels); o++) {
            String kernel = kernels.get(o % kernels.size()).name();
            names.add(mode == ChannelMode.EACH ? kernel + " · " + channelName(o / kernels.size(), inChannels) : kernel);
        }
        return names;
    }

    private static String channelName(int c, int channels) {
        return channels == 3 ? "RGB".substring(c, c + 1) : "channel " + (c + 1);
    }
}

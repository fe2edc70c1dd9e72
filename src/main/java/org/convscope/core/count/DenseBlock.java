package org.convscope.core.count;

import java.util.ArrayList;
import java.util.List;

/**
 * A dense block of DenseNet-BC (Huang et al. 2017) as torchvision builds it: {@code layers} dense layers, each
 * taking the concatenation of the block's input and every earlier layer's output, and adding {@code growthRate}
 * (k) new channels:
 * <pre>
 *   channels into layer l (1-based) = C0 + (l - 1) k        channels out of the block = C0 + L k
 * </pre>
 * Each dense layer is batch norm, a 1x1 bottleneck convolution to {@code bottleneckWidth} (4k in DenseNet-BC),
 * batch norm, and a 3x3 convolution to k, all convolutions bias-free; the ReLUs are not counted. A
 * {@link #transition} between blocks halves the channels (compression 0.5) and the map (2x2 average pool).
 */
public record DenseBlock(int layers, int growthRate, int bottleneckWidth) {

    public DenseBlock {
        if (layers < 1) {
            throw new IllegalArgumentException("a dense block needs at least 1 layer, not " + layers);
        }
        if (growthRate < 1) {
            throw new IllegalArgumentException("the growth rate k must be at least 1 channel, not " + growthRate);
        }
        if (bottleneckWidth < 1) {
            throw new IllegalArgumentException("the bottleneck width must be at least 1 channel, not "
                    + bottleneckWidth);
        }
    }

    /** DenseNet-BC's block: the bottleneck is 4k wide. */
    public static DenseBlock of(int layers, int growthRate) {
        return new DenseBlock(layers, growthRate, 4 * growthRate);
    }

    /** Channels into dense layer {@code layer} (1-based) of a block whose input has {@code inputChannels}. */
    public int channelsInto(int inputChannels, int layer) {
        if (layer < 1 || layer > layers + 1) {
            throw new IllegalArgumentException("a block of " + layers + " layers has no layer " + layer);
        }
        return Math.addExact(inputChannels, Math.multiplyExact(layer - 1, growthRate));
    }

    /** Channels out of the block: C0 + L k. */
    public int outChannels(int inputChannels) {
        return channelsInto(inputChannels, layers + 1);
    }

    /**
     * Dense layer {@code layer} (1-based): the identity path (everything so far) and the new maps, concatenated;
     * named as torchvision's modules relative to the layer ({@code norm1}, {@code conv1}, {@code norm2},
     * {@code conv2}, {@code concat}).
     */
    public Junction layer(int layer) {
        if (layer < 1 || layer > layers) {
            throw new IllegalArgumentException("a block of " + layers + " layers has no layer " + layer);
        }
        List<BlockLayer> grow = List.of(
                new BlockLayer("norm1", new Layer.BatchNorm()),
                new BlockLayer("conv1", Layer.conv(bottleneckWidth, 1, 1, 0).withoutBias()),
                new BlockLayer("norm2", new Layer.BatchNorm()),
                new BlockLayer("conv2", Layer.conv(growthRate, 3, 1, 1).withoutBias()));
        return new Junction(List.of(List.of(), grow), "concat", new Layer.Concat());
    }

    /** Every dense layer counted in turn from {@code input}, each on the concatenation the one before produced. */
    public List<JunctionCount> count(Shape input) {
        List<JunctionCount> counts = new ArrayList<>(layers);
        Shape in = input;
        for (int l = 1; l <= layers; l++) {
            JunctionCount c = layer(l).count(in);
            counts.add(c);
            in = c.output();
        }
        return List.copyOf(counts);
    }

    /**
     * A transition layer after a block of {@code inputChannels} channels: batch norm, a 1x1 convolution to
     * floor(compression x C) channels, a 2x2 average pool with stride 2. Named {@code norm}, {@code conv},
     * {@code pool} as torchvision's modules.
     *
     * @param compression theta in (0, 1]; DenseNet-BC uses 0.5
     */
    public static List<BlockLayer> transition(int inputChannels, double compression) {
        if (!(compression > 0 && compression <= 1)) {
            throw new IllegalArgumentException("the compression of a transition must be above 0 and at most 1, not "
                    + compression);
        }
        int out = Math.max(1, (int) Math.floor(compression * inputChannels));
        return List.of(new BlockLayer("norm", new Layer.BatchNorm()),
                new BlockLayer("conv", Layer.conv(out, 1, 1, 0).withoutBias()),
                new BlockLayer("pool", Layer.Pool.average(2, 2)));
    }
}

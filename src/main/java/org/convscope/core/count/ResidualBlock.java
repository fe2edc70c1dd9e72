package org.convscope.core.count;

import java.util.ArrayList;
import java.util.List;

/**
 * A residual block of He et al. 2016, y = F(x) + x, as torchvision builds it: every convolution bias-free and
 * followed by batch norm.
 * <ul>
 *   <li>{@link Kind#BASIC} (ResNet-18/34): F = 3x3 conv to {@code width}, 3x3 conv to {@code width};</li>
 *   <li>{@link Kind#BOTTLENECK} (ResNet-50 and deeper): F = 1x1 conv to {@code width}, 3x3 conv to {@code width},
 *       1x1 conv to 4 {@code width}. torchvision ("v1.5") strides the 3x3; He et al. 2016 and their Caffe models
 *       stride the first 1x1 ({@code strideOnReduction}), which gives the same parameters, fewer
 *       multiply-accumulates and a larger receptive field.</li>
 * </ul>
 * The shortcut is the identity when F keeps the input's shape; when the block downsamples (stride 2) or widens the
 * channels, x is projected by a 1x1 convolution with the block's stride and batch norm so that it can be added.
 */
public record ResidualBlock(Kind kind, int width, int stride, boolean strideOnReduction) {

    /** The two kinds of block, with how much the last layer widens the main path. */
    public enum Kind {
        BASIC(1), BOTTLENECK(4);

        private final int expansion;

        Kind(int expansion) {
            this.expansion = expansion;
        }

        /** Output channels of a block divided by its width: 1 for basic, 4 for bottleneck blocks. */
        public int expansion() {
            return expansion;
        }
    }

    /** A block as torchvision builds it: a bottleneck's stride on its 3x3. */
    public ResidualBlock(Kind kind, int width, int stride) {
        this(kind, width, stride, false);
    }

    public ResidualBlock {
        if (kind == null) {
            throw new IllegalArgumentException("say whether the residual block is basic or a bottleneck");
        }
        if (width < 1) {
            throw new IllegalArgumentException("a residual block's width must be at least 1 channel, not " + width);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("a residual block's stride must be at least 1, not " + stride);
        }
    }

    /** Channels out of the block: width x expansion. */
    public int outChannels() {
        return width * kind.expansion();
    }

    /** Whether x must be projected (1x1 conv, stride, batch norm) to be added to F(x): the shapes differ. */
    public boolean needsProjection(Shape input) {
        return stride != 1 || input.channels() != outChannels();
    }

    /**
     * The main path and the shortcut joined by an addition, named as torchvision's modules: {@code conv1},
     * {@code bn1}, ..., {@code downsample.0} (the projection's 1x1 conv), {@code downsample.1}, {@code add}. The
     * shortcut path is empty (the identity) when the shapes already match.
     */
    public Junction junction(Shape input) {
        List<BlockLayer> main = new ArrayList<>();
        if (kind == Kind.BOTTLENECK) {
            convBn(main, 1, Layer.conv(width, 1, strideOnReduction ? stride : 1, 0));
            convBn(main, 2, Layer.conv(width, 3, strideOnReduction ? 1 : stride, 1));
            convBn(main, 3, Layer.conv(outChannels(), 1, 1, 0));
        } else {
            convBn(main, 1, Layer.conv(width, 3, stride, 1));
            convBn(main, 2, Layer.conv(width, 3, 1, 1));
        }
        List<BlockLayer> shortcut = needsProjection(input)
                ? List.of(new BlockLayer("downsample.0", Layer.conv(outChannels(), 1, stride, 0).withoutBias()),
                        new BlockLayer("downsample.1", new Layer.BatchNorm()))
                : List.of();
        return new Junction(List.of(main, shortcut), "add", new Layer.Add());
    }

    /** The block counted on {@code input}: main path, shortcut (empty for the identity), addition. */
    public JunctionCount count(Shape input) {
        return junction(input).count(input);
    }

    private static void convBn(List<BlockLayer> path, int n, Layer.Conv conv) {
        path.add(new BlockLayer("conv" + n, conv.withoutBias()));
        path.add(new BlockLayer("bn" + n, new Layer.BatchNorm()));
    }
}

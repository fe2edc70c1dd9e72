package org.convscope.core.count;

import java.util.ArrayList;
import java.util.List;

/**
 * An inception block of GoogLeNet (Szegedy et al. 2015): four branches from one input, concatenated along channels.
 * <ol>
 *   <li>a 1x1 convolution to {@code oneByOne} channels;</li>
 *   <li>a 1x1 reduction to {@code reduce3} channels, then a 3x3 convolution to {@code out3};</li>
 *   <li>a 1x1 reduction to {@code reduce5} channels, then a 5x5 convolution to {@code out5} (3x3 in torchvision);</li>
 *   <li>a 3x3 max pool with stride 1, then a 1x1 projection to {@code poolProjection} channels.</li>
 * </ol>
 * Output channels = oneByOne + out3 + out5 + poolProjection, at the input's height and width.
 *
 * <p>Without {@code reductions} it is the paper's "naive" block (Figure 2a): the 3x3 and 5x5 convolutions see all
 * input channels and the pooling branch passes all of them on, so the output has oneByOne + out3 + out5 + Cin
 * channels; reduce3, reduce5 and poolProjection are then unused. Each 1x1 reduction costs Cin r weights and saves
 * Cin k^2 out - r k^2 out in the convolution after it.
 *
 * @param variant which implementation's block: the paper's (5x5, biases) or torchvision's (3x3, batch norm)
 */
public record InceptionBlock(int oneByOne, int reduce3, int out3, int reduce5, int out5, int poolProjection,
                             boolean reductions, Variant variant) {

    /** The published implementations that differ in the third branch and in normalisation. */
    public enum Variant {
        /** Szegedy et al. 2015: a 5x5 convolution in the third branch; every convolution has a bias, no batch norm. */
        PAPER(5),
        /**
         * torchvision's {@code googlenet}: a 3x3 convolution where the paper has the 5x5 (a known quirk of the port,
         * kept for its pretrained weights); every convolution bias-free and followed by batch norm.
         */
        TORCHVISION(3);

        private final int thirdBranchKernel;

        Variant(int thirdBranchKernel) {
            this.thirdBranchKernel = thirdBranchKernel;
        }

        /** The kernel of the branch the paper calls 5x5. */
        public int thirdBranchKernel() {
            return thirdBranchKernel;
        }
    }

    public InceptionBlock {
        positive("the 1x1 branch's channels", oneByOne);
        positive("the 3x3 reduction's channels", reduce3);
        positive("the 3x3 branch's channels", out3);
        positive("the 5x5 reduction's channels", reduce5);
        positive("the 5x5 branch's channels", out5);
        positive("the pool projection's channels", poolProjection);
        if (variant == null) {
            throw new IllegalArgumentException("say which variant of the block: the paper's or torchvision's");
        }
    }

    /**
     * Inception 3a as in Szegedy et al. 2015, Table 1 (on 192x28x28, 256 channels out): 64 1x1; 96 -> 128 3x3;
     * 16 -> 32 5x5; pool -> 32.
     */
    public static InceptionBlock inception3a() {
        return new InceptionBlock(64, 96, 128, 16, 32, 32, true, Variant.PAPER);
    }

    /** The block with its 1x1 reductions (true) or the naive block without them (false). */
    public InceptionBlock withReductions(boolean on) {
        return new InceptionBlock(oneByOne, reduce3, out3, reduce5, out5, poolProjection, on, variant);
    }

    public InceptionBlock withVariant(Variant v) {
        return new InceptionBlock(oneByOne, reduce3, out3, reduce5, out5, poolProjection, reductions, v);
    }

    /**
     * The four branches and their concatenation, named as torchvision's modules ({@code branch2.0.conv},
     * {@code branch2.0.bn}, ..., {@code concat}); the paper's variant has no {@code .bn} layers. Without reductions
     * the 3x3, 5x5 and pooling come first in their branches ({@code branch2.0}).
     */
    public Junction junction() {
        int k = variant.thirdBranchKernel();
        List<BlockLayer> branch2 = new ArrayList<>();
        List<BlockLayer> branch3 = new ArrayList<>();
        List<BlockLayer> branch4 = new ArrayList<>();
        if (reductions) {
            conv(branch2, "branch2.0", Layer.conv(reduce3, 1, 1, 0));
            conv(branch3, "branch3.0", Layer.conv(reduce5, 1, 1, 0));
        }
        String second = reductions ? ".1" : ".0";
        conv(branch2, "branch2" + second, Layer.conv(out3, 3, 1, 1));
        conv(branch3, "branch3" + second, Layer.conv(out5, k, 1, k / 2));
        // Stride 1 and padding 1 keep the map's size, so the pooled map can be concatenated with the others.
        branch4.add(new BlockLayer("branch4.0", Layer.Pool.max(3, 1).withPadding(1).withCeilMode()));
        if (reductions) {
            conv(branch4, "branch4.1", Layer.conv(poolProjection, 1, 1, 0));
        }
        List<BlockLayer> branch1 = new ArrayList<>();
        conv(branch1, "branch1", Layer.conv(oneByOne, 1, 1, 0));
        return new Junction(List.of(branch1, branch2, branch3, branch4), "concat", new Layer.Concat());
    }

    /** The block counted on {@code input}: branch by branch, then the concatenation. */
    public JunctionCount count(Shape input) {
        return junction().count(input);
    }

    private void conv(List<BlockLayer> branch, String name, Layer.Conv conv) {
        if (variant == Variant.PAPER) {
            branch.add(new BlockLayer(name + ".conv", conv));
        } else {
            branch.add(new BlockLayer(name + ".conv", conv.withoutBias()));
            branch.add(new BlockLayer(name + ".bn", new Layer.BatchNorm()));
        }
    }

    private static void positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, not " + value);
        }
    }
}

package org.convscope.core.count;

import org.convscope.core.Padding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LayerTest {

    @Test
    void threeByThreeAndOneByOneConvolutionsOfTheNotes() {
        // The notes: 11x11x256 -> 11x11x128 costs 3*3*256*128 = 294,912 weights with 3x3, 1*1*256*128 = 32,768 with 1x1.
        Shape in = new Shape(256, 11, 11);
        LayerCount three = Layer.conv(128, 3, 1, 1).withoutBias().count(in);
        assertEquals(294_912, three.weights());
        assertEquals(new Shape(128, 11, 11), three.output());
        assertEquals(11 * 11 * 294_912L, three.macs());
        LayerCount one = Layer.conv(128, 1, 1, 0).count(in);
        assertEquals(32_768, one.weights());
        assertEquals(128, one.biases());
        assertEquals(new Shape(128, 11, 11), one.output());
    }

    @Test
    void oneFiveByFiveOrTwoThreeByThreesShrink48To44() {
        Shape in = new Shape(1, 48, 48);
        assertEquals(new Shape(1, 44, 44), Layer.conv(1, 5, 1, 0).count(in).output());
        LayerStack two = LayerStack.of(in, List.of(Layer.conv(1, 3, 1, 0), Layer.conv(1, 3, 1, 0)));
        assertEquals(new Shape(1, 46, 46), two.rows().get(0).output());
        assertEquals(new Shape(1, 44, 44), two.output());
    }

    @Test
    void twoThreeByThreesCost18CSquaredAgainst25CSquared() {
        for (int c : new int[] {1, 3, 64, 256, 512}) {
            Shape in = new Shape(c, 32, 32);
            long five = Layer.conv(c, 5, 1, 2).withoutBias().count(in).weights();
            LayerStack threes = LayerStack.of(in, List.of(Layer.conv(c, 3, 1, 1).withoutBias(),
                    Layer.conv(c, 3, 1, 1).withoutBias()));
            assertEquals(25L * c * c, five);
            assertEquals(18L * c * c, threes.weights());
            assertEquals(0, threes.biases());
        }
    }

    @Test
    void alexNetsGroupedConv2() {
        // Krizhevsky et al. 2012 / Caffe bvlc_alexnet conv2: 5x5, 96 -> 256, pad 2, group 2:
        // 256 * 48 * 25 = 307,200 weights + 256 biases = 307,456 parameters.
        LayerCount conv2 = Layer.conv(256, 5, 1, 2).withGroups(2).count(new Shape(96, 27, 27));
        assertEquals(307_200, conv2.weights());
        assertEquals(256, conv2.biases());
        assertEquals(307_456, conv2.parameters());
        assertEquals(new Shape(256, 27, 27), conv2.output());
        assertEquals(27L * 27 * 307_200, conv2.macs());
    }

    @Test
    void depthwiseAndDilatedConvolutions() {
        // A depthwise 3x3 (groups = channels, as in MobileNet) has one 3x3 filter per channel: 32 * 1 * 9 weights.
        LayerCount depthwise = Layer.conv(32, 3, 1, 1).withGroups(32).withoutBias().count(new Shape(32, 112, 112));
        assertEquals(288, depthwise.weights());
        assertEquals(112L * 112 * 288, depthwise.macs());
        // Dilation widens the window (3x3 with dilation 2 spans 5x5) but not the weights.
        LayerCount dilated = Layer.conv(8, 3, 1, 0).withDilation(2).count(new Shape(4, 20, 20));
        assertEquals(new Shape(8, 16, 16), dilated.output());
        assertEquals(8 * 4 * 9, dilated.weights());
    }

    @Test
    void fullyConnectedFromPool5() {
        // AlexNet fc6: 256x6x6 = 9216 features -> 4096: 37,748,736 weights.
        LayerCount fc6 = new Layer.FullyConnected(4096).count(new Shape(256, 6, 6));
        assertEquals(37_748_736, fc6.weights());
        assertEquals(4096, fc6.biases());
        assertEquals(37_748_736, fc6.macs());
        assertEquals(new Shape(4096, 1, 1), fc6.output());
    }

    @Test
    void macsAgreeWithCountingTheMultipliesOfANestedLoopConvolution() {
        Random random = new Random(5L);
        for (int trial = 0; trial < 40; trial++) {
            int groups = 1 + random.nextInt(3);
            int cin = groups * (1 + random.nextInt(3));
            int cout = groups * (1 + random.nextInt(3));
            int k = 1 + random.nextInt(4);
            int stride = 1 + random.nextInt(3);
            int pad = random.nextInt(3);
            int h = k + random.nextInt(8);
            int w = k + random.nextInt(8);
            LayerCount count = Layer.conv(cout, k, stride, pad).withGroups(groups).count(new Shape(cin, h, w));
            long multiplies = 0;
            int outH = 0;
            int outW = 0;
            for (int y = -pad; y + k <= h + pad; y += stride) {
                outH++;
                outW = 0;
                for (int x = -pad; x + k <= w + pad; x += stride) {
                    outW++;
                    for (int co = 0; co < cout; co++) {
                        for (int ci = 0; ci < cin / groups; ci++) {
                            multiplies += (long) k * k;
                        }
                    }
                }
            }
            assertEquals(new Shape(cout, outH, outW), count.output());
            assertEquals(multiplies, count.macs());
            assertEquals((long) cout * (cin / groups) * k * k, count.weights());
        }
    }

    @Test
    void poolingHasNoParametersAndCanRoundUp() {
        LayerCount pool = Layer.Pool.max(3, 2).count(new Shape(96, 55, 55));
        assertEquals(new Shape(96, 27, 27), pool.output());
        assertEquals(0, pool.parameters());
        assertEquals(0, pool.macs());
        // Szegedy et al. 2015 (GoogLeNet), Table 1: max pool 3x3/2 takes 112x112x64 to 56x56x64 (ceil mode).
        assertEquals(new Shape(64, 56, 56), Layer.Pool.max(3, 2).withCeilMode().count(new Shape(64, 112, 112)).output());
        assertEquals(new Shape(64, 55, 55), Layer.Pool.max(3, 2).count(new Shape(64, 112, 112)).output());
        // PyTorch drops a last window that would start in the padding: 5 -> 3 with k 2, s 2, pad 1, not 4.
        assertEquals(new Shape(1, 3, 3),
                Layer.Pool.average(2, 2).withPadding(1).withCeilMode().count(new Shape(1, 5, 5)).output());
        assertEquals(new Shape(512, 1, 1), new Layer.GlobalAveragePool().count(new Shape(512, 7, 7)).output());
    }

    @Test
    void batchNormLearnsAScaleAndAShiftPerChannel() {
        LayerCount bn = new Layer.BatchNorm().count(new Shape(64, 56, 56));
        assertEquals(64, bn.weights());
        assertEquals(64, bn.biases());
        assertEquals(128, bn.parameters());
        assertEquals(new Shape(64, 56, 56), bn.output());
    }

    @Test
    void concatenatesInceptionBranches() {
        // Szegedy et al. 2015, Table 1, inception (3a): 64 + 128 + 32 + 32 = 256 channels at 28x28.
        LayerCount concat = new Layer.Concat().count(List.of(new Shape(64, 28, 28), new Shape(128, 28, 28),
                new Shape(32, 28, 28), new Shape(32, 28, 28)));
        assertEquals(new Shape(256, 28, 28), concat.output());
        assertEquals(0, concat.parameters());
        assertEquals("cannot concatenate a 64x28x28 map and a 32x14x14 map along channels: their heights and "
                + "widths must match", assertThrows(IllegalArgumentException.class, () -> new Layer.Concat()
                .count(List.of(new Shape(64, 28, 28), new Shape(32, 14, 14)))).getMessage());
    }

    @Test
    void residualAdditionNeedsEqualShapes() {
        Shape block = new Shape(64, 56, 56);
        assertEquals(block, new Layer.Add().count(List.of(block, block)).output());
        assertEquals("a residual addition needs inputs of one shape, but 128x28x28 meets 64x56x56: add a projection "
                + "shortcut (a 1x1 conv to 128 channels with stride 2) that turns the 64x56x56 map into 128x28x28",
                assertThrows(IllegalArgumentException.class, () -> new Layer.Add()
                        .count(List.of(new Shape(128, 28, 28), block))).getMessage());
    }

    @Test
    void aBranchingBlockIsCountedLayerByLayer() {
        // A ResNet basic block with a projection shortcut, 64x56x56 -> 128x28x28.
        LayerStack stack = new LayerStack(new Shape(64, 56, 56));
        Shape in = stack.output();
        Shape main = stack.then(Layer.conv(128, 3, 2, 1).withoutBias());
        main = stack.then(Layer.conv(128, 3, 1, 1).withoutBias());
        Shape shortcut = stack.apply(Layer.conv(128, 1, 2, 0).withoutBias(), in);
        Shape out = stack.apply(new Layer.Add(), main, shortcut);
        assertEquals(new Shape(128, 28, 28), out);
        assertEquals(4, stack.rows().size());
        assertEquals(9L * 64 * 128 + 9L * 128 * 128 + 64L * 128, stack.parameters());
    }

    @Test
    void refusesGroupsThatDoNotDivideTheChannels() {
        assertEquals("96 input channels cannot be split into 5 equal groups: choose a number of groups that "
                + "divides 96", assertThrows(IllegalArgumentException.class,
                () -> new Layer.Conv(260, 3, 3, 1, Padding.NONE, 1, 5, true).count(new Shape(96, 8, 8)))
                .getMessage());
        assertEquals("256 output channels cannot be split into 3 equal groups: choose a number of groups that "
                + "divides 256", assertThrows(IllegalArgumentException.class,
                () -> Layer.conv(256, 3, 1, 1).withGroups(3)).getMessage());
    }

    @Test
    void aStackNamesTheLayerThatFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerStack.of(new Shape(3, 8, 8), List.of(Layer.conv(8, 3, 1, 0), Layer.conv(8, 7, 1, 0))));
        assertEquals("layer 2 (conv 7x7 to 8) on [8x6x6]: a 7x7 kernel does not fit in a 6x6 input: use a smaller "
                + "kernel or dilation, or more padding", e.getMessage());
    }
}

package org.convscope.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class InceptionBlockTest {

    private static final Shape INPUT_3A = new Shape(192, 28, 28);

    @Test
    void inception3aHasTheFiguresOfSzegedyTable1() {
        // Szegedy et al. 2015, Table 1, inception (3a): 28x28x256 out, params 159K (K = 1024, weights only),
        // ops 128M (multiply-accumulates). 163,328 / 1024 = 159.5: the table truncates.
        JunctionCount block = InceptionBlock.inception3a().count(INPUT_3A);
        assertEquals(new Shape(256, 28, 28), block.output());
        assertEquals(159, block.weights() / 1024);
        assertEquals(128, Math.round(block.macs() / 1e6));
        // The same weights by hand, branch by branch: 1x1; 1x1 -> 3x3; 1x1 -> 5x5; pool -> 1x1.
        long byHand = 192 * 64 + (192 * 96 + 96 * 128 * 9) + (192 * 16 + 16 * 32 * 25) + 192 * 32;
        assertEquals(byHand, block.weights());
        assertEquals(28L * 28 * byHand, block.macs());
        assertEquals(byHand + 64 + 96 + 128 + 16 + 32 + 32, block.parameters());
        assertEquals(List.of(new Shape(64, 28, 28), new Shape(128, 28, 28), new Shape(32, 28, 28),
                new Shape(32, 28, 28)), List.of(block.pathOutput(0), block.pathOutput(1), block.pathOutput(2),
                block.pathOutput(3)));
    }

    @Test
    void theNaiveBlockSeesEveryInputChannelAndPassesThePoolOn() {
        // Szegedy et al. 2015, Figure 2a: no reductions, the pooled 192 channels join the output.
        JunctionCount naive = InceptionBlock.inception3a().withReductions(false).count(INPUT_3A);
        assertEquals(new Shape(64 + 128 + 32 + 192, 28, 28), naive.output());
        long byHand = 192 * 64 + 192 * 128 * 9 + 192 * 32 * 25;
        assertEquals(byHand, naive.weights());
        assertEquals(28L * 28 * byHand, naive.macs());
        assertEquals(0, naive.weights(3));
    }

    @Test
    void torchvisionsBlockHasA3x3ThirdBranchAndBatchNorm() {
        // torchvision googlenet's inception3a: bias-free convolutions, batch norm scale and shift on each, 3x3 in
        // the paper's 5x5 branch. Counted by hand: convolution weights, then batch norm's scale (counted with the
        // weights) and shift, one each per channel of every convolution.
        JunctionCount block = InceptionBlock.inception3a().withVariant(InceptionBlock.Variant.TORCHVISION)
                .count(INPUT_3A);
        long convWeights = 192 * 64 + 192 * 96 + 96 * 128 * 9 + 192 * 16 + 16 * 32 * 9 + 192 * 32;
        int channels = 64 + 96 + 128 + 16 + 32 + 32;
        assertEquals(convWeights + channels, block.weights());
        assertEquals(convWeights + 2 * channels, block.parameters());
        assertEquals(new Shape(256, 28, 28), block.output());
        List<Layer> thirdBranch = block.paths().get(2).stream().map(LayerCount::layer).toList();
        assertEquals(3, ((Layer.Conv) thirdBranch.get(2)).kernelH());
    }

    @Test
    void macsMatchANestedLoopOverEveryOutputAndTap() {
        InceptionBlock block = new InceptionBlock(8, 4, 6, 2, 3, 5, true, InceptionBlock.Variant.PAPER);
        Shape in = new Shape(7, 9, 11);
        // Each convolution of stride 1 with "same" padding: one multiply per output cell, output channel, input
        // channel and tap.
        long expected = loops(9, 11, 8, 7, 1) + loops(9, 11, 4, 7, 1) + loops(9, 11, 6, 4, 3)
                + loops(9, 11, 2, 7, 1) + loops(9, 11, 3, 2, 5) + loops(9, 11, 5, 7, 1);
        assertEquals(expected, block.count(in).macs());
        assertEquals(new Shape(8 + 6 + 3 + 5, 9, 11), block.count(in).output());
    }

    private static long loops(int h, int w, int cout, int cin, int k) {
        long n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int o = 0; o < cout; o++) {
                    for (int c = 0; c < cin; c++) {
                        for (int t = 0; t < k * k; t++) {
                            n++;
                        }
                    }
                }
            }
        }
        return n;
    }

    @Test
    void aBranchWithoutChannelsIsRefusedWithItsName() {
        assertEquals("the 5x5 reduction's channels must be at least 1, not 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new InceptionBlock(64, 96, 128, 0, 32, 32, true, InceptionBlock.Variant.PAPER))
                        .getMessage());
    }
}

package org.convscope.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class DenseBlockTest {

    @Test
    void channelsGrowByTheGrowthRateLayerByLayer() {
        // Huang et al. 2017, Table 1 (DenseNet-121): 64 channels into dense block 1, 6 layers of k = 32, 256 out.
        DenseBlock block = DenseBlock.of(6, 32);
        List<JunctionCount> layers = block.count(new Shape(64, 56, 56));
        for (int l = 1; l <= 6; l++) {
            assertEquals(64 + 32 * (l - 1), layers.get(l - 1).input().channels());
            assertEquals(new Shape(32, 56, 56), layers.get(l - 1).pathOutput(1));
        }
        assertEquals(new Shape(256, 56, 56), layers.get(5).output());
        assertEquals(256, block.outChannels(64));
    }

    @Test
    void denseBlock1HasTheParametersCountedByHand() {
        // Layer l on C = 64 + 32 (l - 1) channels: BN 2C, 1x1 conv C x 128, BN 2 x 128, 3x3 conv 128 x 32 x 9;
        // summed over the 6 layers this is 335,040, torchvision densenet121's features.denseblock1.
        long byHand = 0;
        for (int l = 1; l <= 6; l++) {
            int c = 64 + 32 * (l - 1);
            byHand += 2L * c + (long) c * 128 + 2 * 128 + 128 * 32 * 9;
        }
        assertEquals(335_040, byHand);
        long counted = DenseBlock.of(6, 32).count(new Shape(64, 56, 56)).stream()
                .mapToLong(JunctionCount::parameters).sum();
        assertEquals(byHand, counted);
    }

    @Test
    void aTransitionHalvesTheChannelsAndTheMap() {
        LayerStack stack = new LayerStack(new Shape(256, 56, 56));
        DenseBlock.transition(256, 0.5).forEach(layer -> stack.then(layer.layer()));
        assertEquals(new Shape(128, 28, 28), stack.output());
        assertEquals(2 * 256 + 256 * 128, stack.parameters());
    }

    @Test
    void aLayerOutsideTheBlockIsRefused() {
        assertEquals("a block of 6 layers has no layer 7", assertThrows(IllegalArgumentException.class,
                () -> DenseBlock.of(6, 32).layer(7)).getMessage());
        assertEquals("the growth rate k must be at least 1 channel, not 0",
                assertThrows(IllegalArgumentException.class, () -> DenseBlock.of(6, 0)).getMessage());
    }
}

package org.convscope.viewmodel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResNetViewModelTest {

    @Test
    void theBasicBlockKeepsItsShapeWithAnIdentityShortcut() {
        // torchvision resnet18 layer1.0: two 3x3 convs 64 -> 64 with batch norm, 73,984 parameters.
        ResNetViewModel vm = new ResNetViewModel();
        ResNetViewModel.Block block = vm.getBlock();
        assertFalse(block.projection());
        assertEquals("64x56x56", block.input());
        assertEquals("64x56x56", block.output());
        assertEquals(List.of(3, 3), block.main().stream().map(BlockStep::kernel).toList());
        assertEquals(73_984, block.parameters());
    }

    @Test
    void downsamplingAddsTheProjectionShortcut() {
        // torchvision resnet18 layer2.0, 230,144 parameters; resnet50 layer2.0, 379,392.
        ResNetViewModel vm = new ResNetViewModel();
        vm.downsamplingProperty().set(true);
        ResNetViewModel.Block basic = vm.getBlock();
        assertTrue(basic.projection());
        assertEquals("128x28x28", basic.output());
        BlockStep projection = basic.shortcut().get(0);
        assertEquals(List.of(1, 2, 128), List.of(projection.kernel(), projection.stride(), projection.outChannels()));
        assertEquals(64 * 128 + 2 * 128, basic.shortcutParameters());
        assertEquals(230_144, basic.parameters());

        vm.bottleneckProperty().set(true);
        ResNetViewModel.Block bottleneck = vm.getBlock();
        assertEquals("256x56x56", bottleneck.input());
        assertEquals("512x28x28", bottleneck.output());
        assertEquals(List.of(1, 3, 1), bottleneck.main().stream().map(BlockStep::kernel).toList());
        assertEquals(379_392, bottleneck.parameters());
    }

    @Test
    void theGradientThroughNBlocksFollowsTheProductOfDerivatives() {
        ResNetViewModel vm = new ResNetViewModel();
        vm.blockDerivativeProperty().set(0.25);
        vm.blocksProperty().set(12);
        assertEquals(12, vm.getGradients().size());
        double plain = 1;
        double residual = 1;
        for (ResNetViewModel.Gradient g : vm.getGradients()) {
            plain *= 0.25;
            residual *= 1.25;
            assertEquals(plain, g.plain(), 1e-15);
            assertEquals(residual, g.residual(), 1e-12);
        }
        assertEquals(12, vm.deepest().blocks());
    }
}

package org.convscope.viewmodel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class DenseNetViewModelTest {

    @Test
    void opensOnDenseNet121sFirstBlock() {
        // Huang et al. 2017, Table 1: 64 channels in, 6 layers of k = 32, 256 out; the transition halves both.
        DenseNetViewModel vm = new DenseNetViewModel();
        DenseNetViewModel.Figures f = vm.getFigures();
        assertEquals(List.of(64, 96, 128, 160, 192, 224), f.layers().stream()
                .map(DenseNetViewModel.DenseLayer::channelsIn).toList());
        assertEquals("128x56x56", f.layers().get(0).bottleneck());
        assertEquals("32x56x56", f.layers().get(0).grown());
        assertEquals("256x56x56", f.output());
        assertEquals("128x28x28", f.transitionOutput());
        // torchvision densenet121 features.denseblock1: 335,040 parameters (counted by hand in DenseBlockTest).
        assertEquals(335_040, f.blockParameters());
        assertEquals(2 * 256 + 256 * 128, f.transitionParameters());
    }

    @Test
    void theGrowthRateAndTheLayersSetHowFastChannelsGrow() {
        DenseNetViewModel vm = new DenseNetViewModel();
        vm.growthRateProperty().set(12);
        vm.layersProperty().set(16);
        DenseNetViewModel.Figures f = vm.getFigures();
        assertEquals(16, f.layers().size());
        for (int l = 1; l <= 16; l++) {
            assertEquals(64 + 12 * l, f.layers().get(l - 1).channelsOut());
        }
        assertEquals("48x56x56", f.layers().get(0).bottleneck());
        assertEquals("256x56x56", f.output());
        assertEquals("128x28x28", f.transitionOutput());
    }

    @Test
    void anyOfDenseNet121sBlocksCanBeLoaded() {
        // Huang et al. 2017, Table 1: block 3 has 24 layers on 14x14, fed 256 channels by transition 2 (128 + 12 x
        // 32 = 512, halved); it ends with 256 + 24 x 32 = 1024. Block 4: 16 layers on 7x7, 512 + 16 x 32 = 1024.
        DenseNetViewModel vm = new DenseNetViewModel();
        vm.chooseBlock(3);
        assertEquals(24, vm.getFigures().layers().size());
        assertEquals("256x14x14", vm.getFigures().input());
        assertEquals("1024x14x14", vm.getFigures().output());
        vm.chooseBlock(4);
        assertEquals("512x7x7", vm.getFigures().input());
        assertEquals("1024x7x7", vm.getFigures().output());
    }

    @Test
    void aRefusedEditKeepsTheFigures() {
        DenseNetViewModel vm = new DenseNetViewModel();
        DenseNetViewModel.Figures before = vm.getFigures();
        vm.growthRateProperty().set(0);
        assertEquals("the growth rate k must be at least 1 channel, not 0", vm.errorProperty().get());
        assertSame(before, vm.getFigures());
    }
}

package org.convscope.viewmodel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class InceptionViewModelTest {

    /** Inception 3a's weights by hand (Szegedy et al. 2015, Table 1): 1x1; 1x1 -> 3x3; 1x1 -> 5x5; pool -> 1x1. */
    private static final long REAL_3A = 192 * 64 + (192 * 96 + 96 * 128 * 9) + (192 * 16 + 16 * 32 * 25) + 192 * 32;
    /** The naive block: 1x1, 3x3 and 5x5 on all 192 channels; the pooling has no weights. */
    private static final long NAIVE_3A = 192 * 64 + 192 * 128 * 9 + 192 * 32 * 25;

    @Test
    void opensOnInception3a() {
        InceptionViewModel vm = new InceptionViewModel();
        InceptionViewModel.Figures f = vm.getFigures();
        assertEquals("192x28x28", f.input());
        assertEquals("256x28x28", f.output());
        assertEquals(List.of(64, 128, 32, 32), f.branches().stream().map(InceptionViewModel.Branch::outChannels)
                .toList());
        assertEquals(REAL_3A, f.weights());
        assertEquals(28L * 28 * REAL_3A, f.macs());
        // Every edge's shape: the 3x3 branch's reduction hands 96x28x28 to the 3x3, which hands 128x28x28 on.
        List<BlockStep> branch2 = f.branches().get(1).steps();
        assertEquals(List.of("96x28x28", "128x28x28"), branch2.stream().map(BlockStep::output).toList());
        assertEquals(List.of(1, 3), branch2.stream().map(BlockStep::kernel).toList());
    }

    @Test
    void togglingTheReductionsSwapsToTheNaiveBlocksCounts() {
        InceptionViewModel vm = new InceptionViewModel();
        InceptionViewModel.Figures real = vm.getFigures();
        assertEquals(NAIVE_3A, vm.getToggled().weights());

        vm.reductionsProperty().set(false);
        assertEquals(NAIVE_3A, vm.getFigures().weights());
        assertEquals(28L * 28 * NAIVE_3A, vm.getFigures().macs());
        assertEquals("416x28x28", vm.getFigures().output());
        assertEquals(real, vm.getToggled());
        // The pooling branch is a pooling only: one box, all 192 channels passed on.
        assertEquals(List.of(BlockStep.Kind.MAX_POOL), vm.getFigures().branches().get(3).steps().stream()
                .map(BlockStep::kind).toList());
    }

    @Test
    void editingABranchOrTheInputRecountsTheBlock() {
        InceptionViewModel vm = new InceptionViewModel();
        vm.out3Property().set(192);
        assertEquals(REAL_3A + 64L * 96 * 9, vm.getFigures().weights());
        assertEquals("320x28x28", vm.getFigures().output());

        vm.inputChannelsProperty().set(256);
        vm.inputSizeProperty().set(14);
        long weights = 256 * 64 + (256 * 96 + 96 * 192 * 9) + (256 * 16 + 16 * 32 * 25) + 256 * 32;
        assertEquals(weights, vm.getFigures().weights());
        assertEquals(14L * 14 * weights, vm.getFigures().macs());
        assertEquals("320x14x14", vm.getFigures().output());
    }

    @Test
    void anyOfGoogLeNetsBlocksCanBeLoaded() {
        // Szegedy et al. 2015, Table 1: inception (4e) takes 528x14x14 (4d's output) to 832x14x14; (5b) takes
        // 832x7x7 to 1024x7x7 with 384 1x1; 192 -> 384 3x3; 48 -> 128 5x5; pool -> 128.
        InceptionViewModel vm = new InceptionViewModel();
        assertEquals(List.of("inception3a", "inception3b", "inception4a", "inception4b", "inception4c",
                "inception4d", "inception4e", "inception5a", "inception5b"), vm.blockNames());
        vm.reductionsProperty().set(false);
        vm.chooseBlock("inception4e");
        assertEquals("528x14x14", vm.getFigures().input());
        assertEquals("832x14x14", vm.getFigures().output());
        vm.chooseBlock("inception5b");
        assertEquals(List.of(384, 192, 384, 48, 128, 128), List.of(vm.oneByOneProperty().get(),
                vm.reduce3Property().get(), vm.out3Property().get(), vm.reduce5Property().get(),
                vm.out5Property().get(), vm.poolProjectionProperty().get()));
        assertEquals("832x7x7", vm.getFigures().input());
        assertEquals("1024x7x7", vm.getFigures().output());
        assertEquals("GoogLeNet has no block inception6a: choose one of inception3a, inception3b, inception4a,"
                + " inception4b, inception4c, inception4d, inception4e, inception5a, inception5b",
                assertThrows(IllegalArgumentException.class, () -> vm.chooseBlock("inception6a")).getMessage());
    }

    @Test
    void torchvisionsVariantUsesA3x3AndBatchNorm() {
        InceptionViewModel vm = new InceptionViewModel();
        vm.torchvisionProperty().set(true);
        BlockStep third = vm.getFigures().branches().get(2).steps().get(1);
        assertEquals(3, third.kernel());
        assertTrue(third.batchNorm());
        // 16 x 32 x 9 weights, batch norm's scale and shift on 32 channels, no bias.
        assertEquals(16 * 32 * 9 + 2 * 32, third.parameters());
    }

    @Test
    void aRefusedEditKeepsTheFiguresAndSaysWhy() {
        InceptionViewModel vm = new InceptionViewModel();
        InceptionViewModel.Figures before = vm.getFigures();
        vm.reduce5Property().set(0);
        assertEquals("the 5x5 reduction's channels must be at least 1, not 0", vm.errorProperty().get());
        assertSame(before, vm.getFigures());
        vm.reduce5Property().set(16);
        assertEquals("", vm.errorProperty().get());
    }
}

package org.convscope.viewmodel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AlexNetViewModelTest {

    @Test
    void theTableRunsFrom227x227x3WithTheGroupedLayersOnTheirOwnGpu() {
        AlexNetViewModel vm = new AlexNetViewModel();
        // Caffe bvlc_alexnet: 60,965,224 parameters.
        assertEquals(60_965_224, vm.parameters());
        List<AlexNetViewModel.LayerRow> rows = vm.rows();
        assertEquals(List.of("conv1", "pool1", "conv2", "pool2", "conv3", "conv4", "conv5", "pool5", "fc6", "fc7",
                "fc8"), rows.stream().map(AlexNetViewModel.LayerRow::name).toList());
        AlexNetViewModel.LayerRow conv1 = rows.get(0);
        assertEquals("3x227x227", conv1.input());
        assertEquals("96x55x55", conv1.output());
        assertEquals(List.of(11, 4, 0, 48), List.of(conv1.kernel(), conv1.stride(), conv1.padding(), conv1.perGpu()));
        // Krizhevsky et al. 2012, Figure 2: conv3 and the dense layers read both GPUs; conv2, 4 and 5 their own.
        assertEquals(List.of(AlexNetViewModel.GpuInput.IMAGE, AlexNetViewModel.GpuInput.OWN_GPU,
                AlexNetViewModel.GpuInput.OWN_GPU, AlexNetViewModel.GpuInput.OWN_GPU,
                AlexNetViewModel.GpuInput.BOTH_GPUS, AlexNetViewModel.GpuInput.OWN_GPU,
                AlexNetViewModel.GpuInput.OWN_GPU, AlexNetViewModel.GpuInput.OWN_GPU,
                AlexNetViewModel.GpuInput.BOTH_GPUS, AlexNetViewModel.GpuInput.BOTH_GPUS,
                AlexNetViewModel.GpuInput.BOTH_GPUS), rows.stream().map(AlexNetViewModel.LayerRow::gpuInput).toList());
        // conv2 sees 48 of the 96 channels: 256 x 48 x 5 x 5 weights.
        assertEquals(256L * 48 * 25, rows.get(2).weights());
        assertEquals(2, rows.get(2).groups());
        // The 1000 scores of fc8 are drawn whole, not split over the GPUs.
        AlexNetViewModel.LayerRow fc8 = rows.get(10);
        assertEquals(List.of(false, 1000), List.of(fc8.split(), fc8.perGpu()));
    }

    @Test
    void theFirstLayerAgainstThreeByThreeLayersWithTheSameReceptiveField() {
        AlexNetViewModel vm = new AlexNetViewModel();
        AlexNetViewModel.Stack large = vm.getLargeKernel();
        AlexNetViewModel.Stack small = vm.getSmallKernels();
        // Both see 11x11 pixels, step 4 pixels and give 55x55 on 227x227.
        assertEquals(List.of(11L, 4L, 55), List.of(large.receptiveField(), large.effectiveStride(),
                large.outputSize()));
        assertEquals(List.of(11L, 4L, 55), List.of(small.receptiveField(), small.effectiveStride(),
                small.outputSize()));
        // With C channels in and out of every layer: 121 C^2 against 27 C^2, C = 96.
        assertEquals(121 * 96 * 96, large.weights());
        assertEquals(27 * 96 * 96, small.weights());
        // With AlexNet's own channels (3 colours in): 11 x 11 x 3 x 96 against 3 x 3 x 3 x 96 + 2 x 3 x 3 x 96 x 96.
        assertEquals(11 * 11 * 3 * 96, large.alexNetWeights());
        assertEquals(3 * 3 * 3 * 96 + 2 * 3 * 3 * 96 * 96, small.alexNetWeights());

        vm.channelsProperty().set(64);
        assertEquals(27 * 64 * 64, vm.getSmallKernels().weights());
    }
}

package org.convscope.viewmodel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkTableViewModelTest {

    @Test
    void offersTheWholeCatalogueAndStartsOnAlexNet() {
        NetworkTableViewModel model = new NetworkTableViewModel();
        assertEquals(List.of("alexnet", "vgg16", "googlenet", "resnet18", "resnet34", "resnet50", "densenet121"),
                model.getNetworkNames());
        assertEquals("alexnet", model.getNetwork());
        // Caffe bvlc_alexnet: conv1..conv5, three pools and fc6..fc8 (ReLU, LRN and dropout have no counts).
        assertEquals(List.of("conv1", "pool1", "conv2", "pool2", "conv3", "conv4", "conv5", "pool5", "fc6", "fc7",
                "fc8"), model.getRows().stream().map(NetworkTableRow::name).toList());
    }

    /**
     * VGG-16 worked out by hand: conv1_1 is 3 -> 64 channels with 3x3 kernels, 1,728 weights, 64 biases, and on the
     * 224x224 output 224 * 224 * 1,728 = 86,704,128 MACs; fc6 maps 512 * 7 * 7 = 25,088 features to 4,096:
     * 102,760,448 weights. torchvision's vgg16 has 138,357,544 parameters, 13 convolutions and 3 dense layers with
     * biases, no batch norm.
     */
    @Test
    void choosingVgg16ShowsItsRowsAndTotals() {
        NetworkTableViewModel model = new NetworkTableViewModel();
        model.chooseNetwork("vgg16");

        NetworkTableRow first = model.getRows().get(0);
        assertEquals(new NetworkTableRow(1, "conv1_1",
                new LayerOperation(LayerKind.CONV, 3, 3, 64, 1, "1", 1, 1, true, false, false), "3x224x224",
                "64x224x224", 1_728, 64, 86_704_128, 3), first);
        NetworkTableRow fc6 = model.getRows().stream().filter(r -> r.name().equals("fc6")).findFirst().orElseThrow();
        assertEquals(LayerKind.FULLY_CONNECTED, fc6.kind());
        assertEquals(102_760_448, fc6.weights());
        assertEquals("512x7x7", fc6.inputs());
        assertEquals(new LayerOperation(LayerKind.FULLY_CONNECTED, 0, 0, 4096, 1, "", 1, 1, true, false, false),
                fc6.operation());

        NetworkSummary s = model.getSummary();
        assertEquals("vgg16", s.name());
        assertEquals(138_357_544, s.parameters());
        assertEquals(16, s.biasedLayers());
        assertEquals(0, s.batchNormLayers());
        assertEquals(model.getRows().size(), s.layers());
        assertEquals(s.weights(), model.getRows().stream().mapToLong(NetworkTableRow::weights).sum());
    }

    /**
     * torchvision resnet50: 25,557,032 parameters; 53 batch-norm layers (one per convolution: 1 stem + 16 blocks of
     * 3 + 4 projections) and the dense layer the only biased one. Batch-norm scales and shifts: 2 per channel of
     * every normalised map, summed here from the rows' output channels independently of the core's count.
     */
    @Test
    void resNet50CountsBatchNormAsScaleAndShift() {
        NetworkTableViewModel model = new NetworkTableViewModel(List.of("resnet18", "resnet34", "resnet50"));
        assertEquals("resnet18", model.getNetwork());
        model.chooseNetwork("resnet50");

        NetworkSummary s = model.getSummary();
        assertEquals(25_557_032, s.parameters());
        assertEquals(53, s.batchNormLayers());
        assertEquals(1, s.biasedLayers());
        long scaleAndShift = model.getRows().stream().filter(r -> r.kind() == LayerKind.BATCH_NORM)
                .mapToLong(r -> 2L * Long.parseLong(r.output().split("x")[0])).sum();
        assertEquals(scaleAndShift, s.batchNormParameters());
    }

    @Test
    void aConcatenationListsItsInputs() {
        NetworkTableViewModel model = new NetworkTableViewModel(List.of("densenet121"));
        NetworkTableRow concat = model.getRows().stream()
                .filter(r -> r.name().equals("features.denseblock1.denselayer1.concat")).findFirst().orElseThrow();
        assertEquals(LayerKind.CONCAT, concat.kind());
        assertEquals("64x56x56 + 32x56x56", concat.inputs());
        assertEquals("96x56x56", concat.output());
    }

    @Test
    void exportWritesTheCsvBytes(@TempDir Path dir) throws IOException {
        NetworkTableViewModel model = new NetworkTableViewModel();
        model.chooseNetwork("googlenet");
        assertEquals("googlenet.csv", model.csvFileName());
        Path file = dir.resolve(model.csvFileName());
        model.exportCsv(file);
        String written = Files.readString(file);
        assertEquals(model.csv(), written);
        assertTrue(written.startsWith("layer,operation,input,output,weights,biases,macs,receptive_field\r\n"));
        // torchvision googlenet: 6,624,904 parameters, the weights and biases fields of the totals record.
        String[] total = written.substring(written.lastIndexOf("\r\ntotal,") + 2).strip().split(",");
        assertEquals(6_624_904, Long.parseLong(total[4]) + Long.parseLong(total[5]));
    }

    @Test
    void anUnknownOrUnofferedNetworkIsRefusedWithTheChoices() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new NetworkTableViewModel(List.of("lenet")));
        assertTrue(unknown.getMessage().contains("choose one of alexnet"), unknown.getMessage());
        NetworkTableViewModel resnets = new NetworkTableViewModel(List.of("resnet18", "resnet34"));
        IllegalArgumentException notOffered = assertThrows(IllegalArgumentException.class,
                () -> resnets.chooseNetwork("vgg16"));
        assertEquals("this table shows resnet18, resnet34, not 'vgg16'", notOffered.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NetworkTableViewModel(List.of()));
    }
}

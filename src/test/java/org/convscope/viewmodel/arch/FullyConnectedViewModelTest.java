package org.convscope.viewmodel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class FullyConnectedViewModelTest {

    /**
     * AlexNet's pool5 is 6x6x256 and its fc6 has 4096 units: 9,216 * 4,096 = 37,748,736 weights (Caffe
     * bvlc_alexnet's fc6). A 1x1 conv to 1000 classes has 256 * 1000 weights and runs at 36 positions; global
     * average pooling then a dense layer has the same weights at one position.
     */
    @Test
    void alexNetsFeatureMapThroughTheThreeHeads() {
        FullyConnectedViewModel model = new FullyConnectedViewModel();
        assertEquals(37_748_736, model.denseProperty().get().weights());
        assertEquals(4096, model.denseProperty().get().biases());
        assertEquals("4096x1x1", model.denseProperty().get().output());
        assertEquals(256_000, model.convHeadProperty().get().weights());
        assertEquals(36L * 256_000, model.convHeadProperty().get().macs());
        assertEquals("1000x1x1", model.convHeadProperty().get().output());
        assertEquals(256_000, model.poolHeadProperty().get().weights());
        assertEquals(256_000, model.poolHeadProperty().get().macs());
    }

    /** torchvision vgg16 classifier.0: a 4096 x 25088 weight matrix, 25,088 = 512 * 7 * 7. */
    @Test
    void vggsPresetAndEditedSizes() {
        FullyConnectedViewModel model = new FullyConnectedViewModel();
        model.choosePreset(FullyConnectedViewModel.Preset.VGG16);
        assertEquals(4096L * 25_088, model.denseProperty().get().weights());
        model.setUnits(10);
        model.setClasses(10);
        model.setHeight(3);
        assertEquals(512L * 3 * 7 * 10, model.denseProperty().get().weights());
        assertEquals(5_120, model.poolHeadProperty().get().weights());
        assertThrows(IllegalArgumentException.class, () -> model.setWidth(0));
    }

    /**
     * Parameters by hand. AlexNet (Caffe): fc6 9,216 * 4,096 + 4,096 = 37,752,832; fc7 4,096 * 4,096 + 4,096 =
     * 16,781,312; fc8 4,096 * 1,000 + 1,000 = 4,097,000; 58,631,144 of 60,965,224. VGG-16 (torchvision): fc6
     * 25,088 * 4,096 + 4,096 = 102,764,544, then the same fc7 and fc8: 123,642,856 of 138,357,544.
     */
    @Test
    void theDenseLayersHoldMostOfAlexNetsAndVggsParameters() {
        List<NetworkBars> networks = new FullyConnectedViewModel().networks();
        NetworkBars alexnet = networks.get(0);
        assertEquals("alexnet", alexnet.network());
        assertEquals(List.of("conv1", "conv2", "conv3", "conv4", "conv5", "fc6", "fc7", "fc8"),
                alexnet.bars().stream().map(LayerBar::layer).toList());
        assertEquals(58_631_144, alexnet.denseParameters());
        assertEquals(100.0 * 58_631_144 / 60_965_224, alexnet.denseShare(), 1e-9);
        NetworkBars vgg = networks.get(1);
        assertEquals(16, vgg.bars().size());
        assertEquals(3, vgg.bars().stream().filter(LayerBar::dense).count());
        assertEquals(123_642_856, vgg.denseParameters());
        assertEquals(100.0 * 123_642_856 / 138_357_544, vgg.denseShare(), 1e-9);
    }
}

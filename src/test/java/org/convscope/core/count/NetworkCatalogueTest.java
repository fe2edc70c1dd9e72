package org.convscope.core.count;

import org.convscope.core.rf.ReceptiveField;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkCatalogueTest {

    private static Shape outputOf(Network network, String layerName) {
        return network.rows().stream().filter(r -> r.name().equals(layerName)).findFirst()
                .orElseThrow(() -> new AssertionError("no layer " + layerName + " in " + network)).count().output();
    }

    /** Multiply-accumulates in billions, rounded to two decimals as torchvision's model pages print them. */
    private static double gigaMacs(Network network) {
        return Math.round(network.macs() / 1e7) / 100.0;
    }

    @Test
    void alexNetHasTheParametersOfCaffesBvlcAlexNet() {
        // Caffe bvlc_alexnet (grouped conv2, conv4, conv5; 227x227 input): 60,965,224 learned parameters.
        Network alexNet = NetworkCatalogue.alexNet();
        assertEquals(60_965_224, alexNet.parameters());
        // Krizhevsky et al. 2012, Figure 2: 55x55x96 after conv1, 6x6x256 into the dense layers.
        assertEquals(new Shape(96, 55, 55), outputOf(alexNet, "conv1"));
        assertEquals(new Shape(256, 6, 6), outputOf(alexNet, "pool5"));
        // conv2 sees 48 of the 96 channels per GPU: 256 * 48 * 5 * 5 weights, not 256 * 96 * 5 * 5.
        assertEquals(256L * 48 * 25, alexNet.rows().get(2).count().weights());
    }

    @Test
    void vgg16HasTheParametersAndMacsOfTorchvision() {
        // torchvision vgg16 (VGG16_Weights.IMAGENET1K_V1): num_params 138,357,544, GFLOPS 15.47.
        Network vgg = NetworkCatalogue.vgg16();
        assertEquals(138_357_544, vgg.parameters());
        assertEquals(15.47, gigaMacs(vgg));
        assertEquals(new Shape(512, 7, 7), outputOf(vgg, "pool5"));
    }

    @Test
    void googLeNetHasTheParametersAndMacsOfTorchvision() {
        // torchvision googlenet (GoogLeNet_Weights.IMAGENET1K_V1, auxiliary classifiers dropped): num_params
        // 6,624,904, GFLOPS 1.50.
        Network googLeNet = NetworkCatalogue.googLeNet();
        assertEquals(6_624_904, googLeNet.parameters());
        assertEquals(1.50, gigaMacs(googLeNet));
        // Szegedy et al. 2015, Table 1: output sizes 28x28x256 (3a), 14x14x832 (4e), 7x7x1024 (5b).
        assertEquals(new Shape(256, 28, 28), outputOf(googLeNet, "inception3a.concat"));
        assertEquals(new Shape(832, 14, 14), outputOf(googLeNet, "inception4e.concat"));
        assertEquals(new Shape(1024, 7, 7), outputOf(googLeNet, "inception5b.concat"));
        assertEquals(new Shape(64, 56, 56), outputOf(googLeNet, "maxpool1"));
    }

    @Test
    void resNetsHaveTheParametersAndMacsOfTorchvision() {
        // torchvision model pages (IMAGENET1K_V1 weights), num_params and GFLOPS (which count multiply-accumulates):
        // resnet18 11,689,512 / 1.81; resnet34 21,797,672 / 3.66; resnet50 25,557,032 / 4.09.
        Network resNet18 = NetworkCatalogue.resNet18();
        assertEquals(11_689_512, resNet18.parameters());
        assertEquals(1.81, gigaMacs(resNet18));
        Network resNet34 = NetworkCatalogue.resNet34();
        assertEquals(21_797_672, resNet34.parameters());
        assertEquals(3.66, gigaMacs(resNet34));
        Network resNet50 = NetworkCatalogue.resNet50();
        assertEquals(25_557_032, resNet50.parameters());
        assertEquals(4.09, gigaMacs(resNet50));
        // He et al. 2016, Table 1: conv5_x ends at 7x7 with 512 channels (basic) or 2048 (bottleneck).
        assertEquals(new Shape(512, 7, 7), outputOf(resNet18, "layer4.1.add"));
        assertEquals(new Shape(2048, 7, 7), outputOf(resNet50, "layer4.2.add"));
        assertEquals(new Shape(64, 56, 56), outputOf(resNet50, "maxpool"));
    }

    @Test
    void theOriginalResNet50StridesItsFirst1x1() {
        // He et al. 2016's ResNet-50 (v1) learns the same 25,557,032 parameters as torchvision's (v1.5); striding the
        // 1x1 before the 3x3 leaves the 3x3 on a 4x smaller map in the four downsampling blocks, so fewer MACs.
        Network v1 = NetworkCatalogue.resNet50v1();
        Network v15 = NetworkCatalogue.resNet50();
        assertEquals(25_557_032, v1.parameters());
        assertEquals(v15.rows().stream().map(NetworkRow::name).toList(), v1.rows().stream().map(NetworkRow::name)
                .toList());
        // The 3x3 of layer2.0 (128 -> 128, 1152 weights per output value) runs on 28x28 in both, but in v1.5 the
        // first 1x1 (256 -> 128) runs on 56x56 instead of 28x28.
        assertEquals((56 * 56 - 28 * 28) * 256L * 128, macsOf(v15, "layer2.0.conv1") - macsOf(v1, "layer2.0.conv1"));
        assertEquals(macsOf(v15, "layer2.0.conv2"), macsOf(v1, "layer2.0.conv2"));
    }

    private static long macsOf(Network network, String layerName) {
        return network.rows().stream().filter(r -> r.name().equals(layerName)).findFirst().orElseThrow().count()
                .macs();
    }

    @Test
    void theWidestPathFollowsTheMainPathsAndTheLargestBranches() {
        // ResNet-18: every block's 3x3 main path, never the 1x1 projections; ends at the classifier.
        List<String> resNet = NetworkCatalogue.resNet18().widestPath().stream().map(NetworkRow::name).toList();
        assertEquals(List.of("conv1", "bn1", "maxpool", "layer1.0.conv1"), resNet.subList(0, 4));
        assertEquals(resNet.size(), resNet.stream().filter(n -> !n.contains("downsample")).count());
        assertEquals("fc", resNet.get(resNet.size() - 1));
        // Each row's receptive field along the path is the one the table shows, and it never shrinks.
        List<NetworkRow> path = NetworkCatalogue.googLeNet().widestPath();
        for (int i = 1; i < path.size(); i++) {
            assertTrue(path.get(i).receptiveField() >= path.get(i - 1).receptiveField(), path.get(i).name());
        }
        // GoogLeNet's inception 3a: the first of the two 3x3 branches (1x1 reduction then 3x3).
        assertTrue(path.stream().map(NetworkRow::name).toList().containsAll(List.of("inception3a.branch2.0.conv",
                "inception3a.branch2.1.conv", "inception3a.concat")));
    }

    @Test
    void projectionShortcutsOnlyWhereTheShapeChanges() {
        // ResNet-18: layer1 keeps 64x56x56 (identity shortcuts); layer2..4 each open with one projection.
        List<String> resNet18 = NetworkCatalogue.resNet18().rows().stream().map(NetworkRow::name)
                .filter(n -> n.contains("downsample.0")).toList();
        assertEquals(List.of("layer2.0.downsample.0", "layer3.0.downsample.0", "layer4.0.downsample.0"), resNet18);
        // ResNet-50's first bottleneck widens 64 to 256 channels, so layer1 needs one too.
        assertEquals(4, NetworkCatalogue.resNet50().rows().stream()
                .filter(r -> r.name().endsWith("downsample.0")).count());
    }

    @Test
    void denseNet121HasTheParametersAndMacsOfTorchvision() {
        // torchvision densenet121 (DenseNet121_Weights.IMAGENET1K_V1): num_params 7,978,856, GFLOPS 2.83.
        Network denseNet = NetworkCatalogue.denseNet121();
        assertEquals(7_978_856, denseNet.parameters());
        assertEquals(2.83, gigaMacs(denseNet));
        // Huang et al. 2017, Table 1: 64 + 6 * 32 = 256 channels after the first dense block, halved to 128 by the
        // transition; 1024 channels at 7x7 after the last block.
        assertEquals(new Shape(256, 56, 56), outputOf(denseNet, "features.denseblock1.denselayer6.concat"));
        assertEquals(new Shape(128, 28, 28), outputOf(denseNet, "features.transition1.pool"));
        assertEquals(new Shape(1024, 7, 7), outputOf(denseNet, "features.norm5"));
    }

    @Test
    void everyNetworkEndsInAThousandScoresAndItsTotalsAddItsRows() {
        for (String name : NetworkCatalogue.names()) {
            Network network = NetworkCatalogue.byName(name);
            assertEquals(name, network.name());
            assertEquals(new Shape(1000, 1, 1), network.output(), name);
            long weights = 0;
            long biases = 0;
            long macs = 0;
            for (NetworkRow row : network.rows()) {
                weights += row.count().weights();
                biases += row.count().biases();
                macs += row.count().macs();
            }
            assertEquals(weights, network.weights(), name);
            assertEquals(biases, network.biases(), name);
            assertEquals(macs, network.macs(), name);
            assertEquals(network.rows().size(), network.rows().stream().map(NetworkRow::name).distinct().count(),
                    name + " has a layer name twice");
        }
    }

    @Test
    void aFirstConvolutionsMacsMatchANestedLoopCount() {
        // ResNet's conv1, 7x7 stride 2 padding 3 on 3x224x224 to 64 channels, counted one multiply at a time.
        int k = 7;
        int stride = 2;
        int pad = 3;
        int n = 224;
        long multiplies = 0;
        for (int y = -pad; y + k <= n + pad; y += stride) {
            for (int x = -pad; x + k <= n + pad; x += stride) {
                for (int co = 0; co < 64; co++) {
                    for (int ci = 0; ci < 3; ci++) {
                        multiplies += (long) k * k;
                    }
                }
            }
        }
        LayerCount conv1 = NetworkCatalogue.resNet50().rows().get(0).count();
        assertEquals(multiplies, conv1.macs());
        assertEquals(0, conv1.biases());
    }

    @Test
    void receptiveFieldsMatchThePublishedFigures() {
        // Araujo, Norris, Sim, "Computing Receptive Fields of Convolutional Neural Networks", Distill 2019, Table:
        // AlexNet 195 pixels and VGG-16 212 pixels at their last pooling layer.
        Network alexNet = NetworkCatalogue.alexNet();
        assertEquals(195, alexNet.rows().stream().filter(r -> r.name().equals("pool5")).findFirst().orElseThrow()
                .receptiveField());
        Network vgg = NetworkCatalogue.vgg16();
        assertEquals(212, vgg.rows().stream().filter(r -> r.name().equals("pool5")).findFirst().orElseThrow()
                .receptiveField());
    }

    @Test
    void resNet18sReceptiveFieldsFollowItsMainPath() {
        // The 3x3 main path of a basic block sees more than its 1x1 shortcut, so each addition has the field of the
        // plain chain of its main path, computed here by the independent receptive-field calculator of core.rf.
        List<String> chain = new ArrayList<>(List.of("conv7s2p3", "pool3s2p1"));
        List<Integer> expected = new ArrayList<>();
        for (int stage = 0; stage < 4; stage++) {
            for (int block = 0; block < 2; block++) {
                chain.add(stage > 0 && block == 0 ? "conv3s2p1" : "conv3p1");
                chain.add("conv3p1");
                ReceptiveField rf = ReceptiveField.of(224, 224, String.join(",", chain));
                expected.add((int) rf.row(chain.size() - 1).size());
            }
        }
        List<Integer> additions = NetworkCatalogue.resNet18().rows().stream().filter(r -> r.name().endsWith(".add"))
                .map(NetworkRow::receptiveField).toList();
        assertEquals(expected, additions);
    }

    @Test
    void anUnknownNameListsTheCatalogue() {
        assertEquals("there is no network called 'resnet101': choose one of alexnet, vgg16, googlenet, resnet18,"
                + " resnet34, resnet50, densenet121", assertThrows(IllegalArgumentException.class,
                () -> NetworkCatalogue.byName("resnet101")).getMessage());
        assertEquals("resnet50", NetworkCatalogue.byName("ResNet50").name());
    }
}

package org.convscope.core.rf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;

import org.convscope.core.count.NetworkCatalogue;
import org.convscope.core.count.NetworkRow;
import org.junit.jupiter.api.Test;

class NetworkStacksTest {

    /*
     * Published receptive fields: Araujo, Norris, Sim, "Computing Receptive Fields of Convolutional Neural
     * Networks", Distill 2019 (doi:10.23915/distill.00021), table of receptive field r and effective stride S:
     * alexnet_v2 r = 195, S = 32; vgg_16 r = 212, S = 32; resnet_v1_50 r = 483, S = 32.
     */

    @Test
    void alexNetSees195WithStride32AtPool5() {
        ReceptiveField.Row pool5 = last(NetworkStacks.alexNet());
        assertEquals(195, pool5.size());
        assertEquals(32, pool5.jump());
        // Caffe's fc6 expects 256x6x6 after pool5 on 227x227.
        assertEquals(6, pool5.geometry().outH());
        assertEquals(227, NetworkStacks.alexNet().inputSize());
    }

    @Test
    void alexNetVggAndResNetAreTheCataloguesWidestPaths() {
        // The catalogue's conv and pool rows, in order; ResNet-50 along its main paths, never a projection.
        assertEquals(List.of("conv1", "pool1", "conv2", "pool2", "conv3", "conv4", "conv5", "pool5"),
                NetworkStacks.alexNet().layerNames());
        assertEquals(NetworkCatalogue.vgg16().rows().stream().map(NetworkRow::name)
                .filter(n -> !n.startsWith("fc")).toList(), NetworkStacks.vgg16().layerNames());
        List<String> resNet = NetworkStacks.resNet50().layerNames();
        assertEquals(List.of("conv1", "maxpool", "layer1.0.conv1", "layer1.0.conv2", "layer1.0.conv3"),
                resNet.subList(0, 5));
        assertTrue(resNet.stream().noneMatch(n -> n.contains("downsample")));
        assertEquals(LayerSpec.parse("conv1s2"), NetworkStacks.resNet50().layers()
                .get(resNet.indexOf("layer2.0.conv1")));
    }

    @Test
    void poolingsThatRoundUpCannotBeCharted() {
        // Why GoogLeNet is described in NetworkStacks a second time: torchvision's poolings use ceil mode.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NetworkStacks.fromCatalogue("GoogLeNet", NetworkCatalogue.googLeNet(), "torchvision"));
        assertEquals("the receptive-field charts cannot follow maxpool1 (max pool 3x3, stride 2, ceil mode): they take"
                + " square windows with the same padding on every side, rounding down", e.getMessage());
    }

    @Test
    void vgg16Sees212WithStride32AtPool5() {
        ReceptiveField.Row pool5 = last(NetworkStacks.vgg16());
        assertEquals(212, pool5.size());
        assertEquals(32, pool5.jump());
        assertEquals(7, pool5.geometry().outH());
    }

    @Test
    void resNet50Sees483WithStride32AtItsLastBlock() {
        ReceptiveField.Row last = last(NetworkStacks.resNet50());
        assertEquals(483, last.size());
        assertEquals(32, last.jump());
        // He et al. 2016, table 1: conv5_x outputs 7x7; 1 + 3 + 4 + 6 + 3 blocks of 3 convs + pool = 50 layers.
        assertEquals(7, last.geometry().outH());
        assertEquals(2 + 3 * 16, NetworkStacks.resNet50().layers().size());
    }

    @Test
    void googLeNetFollowsTheSizesOfThePaper() {
        // Szegedy et al. 2015, table 1: 112 after conv1, 56 after pool1, 28 after pool2, 14 after pool3, 7 after pool4.
        NetworkStacks.Network net = NetworkStacks.googLeNet();
        ReceptiveField rf = net.receptiveField();
        for (var expected : List.of(List.of("conv1 7x7/2", 112), List.of("pool1", 56), List.of("pool2", 28),
                List.of("pool3", 14), List.of("pool4", 7), List.of("inception 5b 5x5", 7))) {
            int layer = net.layerNames().indexOf((String) expected.get(0));
            assertEquals(expected.get(1), rf.row(layer).geometry().outH(), (String) expected.get(0));
        }
        assertEquals(32, last(net).jump());
    }

    /**
     * No published figure for the original GoogLeNet's largest path was found to check against, so every network's
     * receptive field at every layer is checked against the set of input cells reached by propagating one output
     * cell back through the windows, tap by tap (padding cells included, as the formula counts them).
     */
    @Test
    void everyLayerOfEveryNetworkAgreesWithBackwardPropagation() {
        for (NetworkStacks.Network net : NetworkStacks.all()) {
            ReceptiveField rf = net.receptiveField();
            for (int layer = 0; layer < net.layers().size(); layer++) {
                TreeSet<Long> cells = new TreeSet<>(List.of(0L));
                long jump = 1;
                for (int l = layer; l >= 0; l--) {
                    LayerSpec spec = net.layers().get(l);
                    TreeSet<Long> below = new TreeSet<>();
                    for (long o : cells) {
                        for (int t = 0; t < spec.kernel(); t++) {
                            below.add(o * spec.stride() - spec.padding() + (long) t * spec.dilation());
                        }
                    }
                    cells = below;
                    jump *= spec.stride();
                }
                String where = net.name() + " " + net.layerNames().get(layer);
                assertEquals(cells.last() - cells.first() + 1, rf.row(layer).size(), where);
                assertEquals(cells.first(), rf.row(layer).first(), where);
                assertEquals(jump, rf.row(layer).jump(), where);
            }
        }
    }

    private static ReceptiveField.Row last(NetworkStacks.Network net) {
        List<ReceptiveField.Row> rows = net.receptiveField().rows();
        return rows.get(rows.size() - 1);
    }
}

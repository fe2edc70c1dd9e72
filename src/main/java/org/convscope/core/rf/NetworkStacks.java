package org.convscope.core.rf;

import java.util.ArrayList;
import java.util.List;

import org.convscope.core.Padding;
import org.convscope.core.count.Layer;
import org.convscope.core.count.NetworkCatalogue;
import org.convscope.core.count.NetworkRow;

/**
 * The sliding-window layers of four well-known networks, in order, for receptive-field growth charts. Only
 * layers that change the receptive field or the stride are listed with their names; ReLU, normalisation, dropout
 * and the classifier are left out because they see one cell at a time.
 *
 * <p>AlexNet, VGG-16 and ResNet-50 are taken from the descriptions of {@link NetworkCatalogue}, so each network is
 * described once. GoogLeNet is described here a second time, for two reasons: the charts follow the paper's 5x5
 * branches while the catalogue counts torchvision's port (3x3 in that branch), and its poolings round up (ceil mode),
 * which {@link LayerSpec} cannot express (rounding up is padding on the bottom and right only); the stack below
 * pads them by 1 on every side, which gives the same sizes and receptive fields but a window starting one step
 * earlier.
 *
 * <p>GoogLeNet and ResNet-50 branch. For them each stack follows the path with the largest receptive field,
 * which is the receptive field of the network (Araujo et al., Distill 2019: the union over paths is the largest
 * one when the paths are aligned):
 * <ul>
 *   <li>GoogLeNet: through every inception module's 1x1 reduction and 5x5 convolution (the 3x3 branch adds
 *       2j, the 5x5 branch 4j, the pooling branch 2j);</li>
 *   <li>ResNet-50: through every bottleneck's main path 1x1, 3x3, 1x1 (the shortcut is a 1x1 and adds nothing).</li>
 * </ul>
 */
public final class NetworkStacks {

    /**
     * One network: its name, the input side it was designed for, where its layers come from, and its layers
     * with their names in the source's words.
     */
    public record Network(String name, int inputSize, String source, List<String> layerNames, List<LayerSpec> layers) {

        public Network {
            if (layerNames.size() != layers.size() || layers.isEmpty()) {
                throw new IllegalArgumentException("every layer of " + name + " needs a name: "
                        + layerNames.size() + " names for " + layers.size() + " layers");
            }
            layerNames = List.copyOf(layerNames);
            layers = List.copyOf(layers);
        }

        /** The receptive-field figures of the stack on its design input, {@code inputSize x inputSize}. */
        public ReceptiveField receptiveField() {
            return new ReceptiveField(inputSize, inputSize, layers);
        }
    }

    private NetworkStacks() {
    }

    /** AlexNet as {@link NetworkCatalogue#alexNet()} describes it (Caffe's bvlc_alexnet), conv1 to pool5 on 227x227. */
    public static Network alexNet() {
        return fromCatalogue("AlexNet", NetworkCatalogue.alexNet(),
                "Caffe bvlc_alexnet (Krizhevsky et al. 2012), as in the network tables");
    }

    /** VGG-16 as {@link NetworkCatalogue#vgg16()} describes it (configuration D, torchvision), conv1_1 to pool5. */
    public static Network vgg16() {
        return fromCatalogue("VGG-16", NetworkCatalogue.vgg16(),
                "Simonyan & Zisserman 2015, configuration D; torchvision vgg16, as in the network tables");
    }

    /**
     * GoogLeNet (Inception v1) as in Szegedy et al. 2015, table 1, along the 5x5 branch of every inception module,
     * conv1 to inception 5b. torchvision's googlenet uses a 3x3 kernel in that branch instead, so its receptive
     * field is smaller; the paper's 5x5 is kept here. Poolings are padded by 1 so the sizes read 112, 56, 28, 14, 7
     * as in the paper (it rounds up; the receptive field does not depend on the padding).
     */
    public static Network googLeNet() {
        Builder b = new Builder("GoogLeNet", 224, "Szegedy et al. 2015, table 1; path through the 5x5 branches")
                .add("conv1 7x7/2", "conv7s2p3").add("pool1", "pool3s2p1")
                .add("conv2 1x1", "conv1").add("conv2 3x3", "conv3p1").add("pool2", "pool3s2p1");
        inception(b, "3a");
        inception(b, "3b");
        b.add("pool3", "pool3s2p1");
        for (String module : List.of("4a", "4b", "4c", "4d", "4e")) {
            inception(b, module);
        }
        b.add("pool4", "pool3s2p1");
        inception(b, "5a");
        inception(b, "5b");
        return b.build();
    }

    private static void inception(Builder b, String module) {
        b.add("inception " + module + " 1x1", "conv1").add("inception " + module + " 5x5", "conv5p2");
    }

    /**
     * ResNet-50 as He et al. 2016 built it ({@link NetworkCatalogue#resNet50v1()}: the stride-2 of a downsampling
     * bottleneck in its first 1x1), along the bottlenecks' main paths, conv1 to the last block. torchvision's resnet50
     * (v1.5, in the network tables) strides the 3x3 instead, which gives a smaller receptive field (427 instead of
     * 483, the published figure of resnet_v1_50).
     */
    public static Network resNet50() {
        return fromCatalogue("ResNet-50", NetworkCatalogue.resNet50v1(),
                "He et al. 2016, table 1 (Caffe models, stride on the first 1x1); main path of every block");
    }

    /**
     * The sliding windows (convolutions and poolings) of a catalogued network along its widest path
     * ({@link org.convscope.core.count.Network#widestPath()}), named as in the catalogue. Batch norm, additions and
     * concatenations see one cell at a time and are left out, as are the global pooling and dense layers after the
     * last window.
     *
     * @throws IllegalArgumentException for a layer the receptive-field arithmetic cannot follow: a non-square
     *                                  kernel, uneven padding, or a pooling that rounds up (ceil mode)
     */
    static Network fromCatalogue(String name, org.convscope.core.count.Network network, String source) {
        Builder b = new Builder(name, network.input().height(), source);
        for (NetworkRow row : network.widestPath()) {
            Layer layer = row.count().layer();
            if (layer instanceof Layer.Conv c) {
                check(row, c.kernelH() == c.kernelW(), c.padding());
                b.add(row.name(), new LayerSpec(LayerSpec.Kind.CONV, c.kernelH(), c.stride(), c.padding().top(),
                        c.dilation()));
            } else if (layer instanceof Layer.Pool p) {
                check(row, !p.ceilMode(), p.padding());
                b.add(row.name(), new LayerSpec(LayerSpec.Kind.POOL, p.kernel(), p.stride(), p.padding().top(), 1));
            }
        }
        return b.build();
    }

    private static void check(NetworkRow row, boolean followable, Padding padding) {
        boolean even = padding.top() == padding.bottom() && padding.top() == padding.left()
                && padding.top() == padding.right();
        if (!followable || !even) {
            throw new IllegalArgumentException("the receptive-field charts cannot follow " + row.name() + " ("
                    + row.count().layer() + "): they take square windows with the same padding on every side,"
                    + " rounding down");
        }
    }

    /** The four networks, oldest first. */
    public static List<Network> all() {
        return List.of(alexNet(), vgg16(), googLeNet(), resNet50());
    }

    private static final class Builder {
        private final String name;
        private final int inputSize;
        private final String source;
        private final List<String> names = new ArrayList<>();
        private final List<LayerSpec> layers = new ArrayList<>();

        Builder(String name, int inputSize, String source) {
            this.name = name;
            this.inputSize = inputSize;
            this.source = source;
        }

        Builder add(String layerName, String layer) {
            return add(layerName, LayerSpec.parse(layer));
        }

        Builder add(String layerName, LayerSpec layer) {
            names.add(layerName);
            layers.add(layer);
            return this;
        }

        Network build() {
            return new Network(name, inputSize, source, names, layers);
        }
    }
}

package org.convscope.core.rf;

import java.util.ArrayList;
import java.util.List;

/**
 * The sliding-window layers of four well-known networks, in order, for receptive-field growth charts. Only
 * layers that change the receptive field or the stride are listed with their names; ReLU, normalisation, dropout
 * and the classifier are left out because they see one cell at a time.
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

    /** AlexNet as torchvision builds it (models/alexnet.py), conv1 to pool5 on 224x224. */
    public static Network alexNet() {
        return new Builder("AlexNet", 224, "torchvision models/alexnet.py (Krizhevsky et al. 2012, one-GPU form)")
                .add("conv1", "conv11s4p2").add("pool1", "pool3s2")
                .add("conv2", "conv5p2").add("pool2", "pool3s2")
                .add("conv3", "conv3p1").add("conv4", "conv3p1").add("conv5", "conv3p1").add("pool5", "pool3s2")
                .build();
    }

    /** VGG-16, configuration D of Simonyan and Zisserman (2015) and torchvision's vgg16, conv1_1 to pool5. */
    public static Network vgg16() {
        Builder b = new Builder("VGG-16", 224, "Simonyan & Zisserman 2015, configuration D; torchvision vgg16");
        int[] convsPerBlock = {2, 2, 3, 3, 3};
        for (int block = 1; block <= convsPerBlock.length; block++) {
            for (int c = 1; c <= convsPerBlock[block - 1]; c++) {
                b.add("conv" + block + "_" + c, "conv3p1");
            }
            b.add("pool" + block, "pool2");
        }
        return b.build();
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
     * ResNet-50 as in He et al. 2016 (table 1, the authors' Caffe models): the stride-2 of conv3_1, conv4_1 and
     * conv5_1 sits in the first 1x1 of the block. torchvision's resnet50 (v1.5) moves it to the 3x3, which gives a
     * smaller receptive field (427 instead of 483). conv1 to the last block, along the bottlenecks' main path.
     */
    public static Network resNet50() {
        Builder b = new Builder("ResNet-50", 224, "He et al. 2016, table 1 (Caffe models); main path of every block")
                .add("conv1", "conv7s2p3").add("pool1", "pool3s2p1");
        int[] blocks = {3, 4, 6, 3};
        for (int stage = 0; stage < blocks.length; stage++) {
            for (int block = 0; block < blocks[stage]; block++) {
                // The Caffe models' names: res<stage><block letter>_branch2a (1x1), 2b (3x3), 2c (1x1).
                String name = "res" + (stage + 2) + (char) ('a' + block) + "_branch2";
                boolean downsample = stage > 0 && block == 0;
                b.add(name + "a", downsample ? "conv1s2" : "conv1").add(name + "b", "conv3p1").add(name + "c", "conv1");
            }
        }
        return b.build();
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
            names.add(layerName);
            layers.add(LayerSpec.parse(layer));
            return this;
        }

        Network build() {
            return new Network(name, inputSize, source, names, layers);
        }
    }
}

package org.convscope.core.count;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The classic ImageNet classifiers as layer descriptions, each walked by a {@link LayerStack} into named rows and
 * totals. Each network counts what its reference implementation learns: biases where it has them, batch-norm scale
 * and shift where it has batch norm. Layers without parameters or multiply-accumulates that leave the shape alone
 * (ReLU, dropout, local response normalisation) are not listed.
 */
public final class NetworkCatalogue {

    private static final Map<String, Supplier<Network>> NETWORKS = new LinkedHashMap<>();

    static {
        NETWORKS.put("alexnet", NetworkCatalogue::alexNet);
        NETWORKS.put("vgg16", NetworkCatalogue::vgg16);
        NETWORKS.put("googlenet", NetworkCatalogue::googLeNet);
        NETWORKS.put("resnet18", NetworkCatalogue::resNet18);
        NETWORKS.put("resnet34", NetworkCatalogue::resNet34);
        NETWORKS.put("resnet50", NetworkCatalogue::resNet50);
        NETWORKS.put("densenet121", NetworkCatalogue::denseNet121);
    }

    private NetworkCatalogue() {
    }

    /** The catalogue names, oldest first: alexnet, vgg16, googlenet, resnet18, resnet34, resnet50, densenet121. */
    public static List<String> names() {
        return List.copyOf(NETWORKS.keySet());
    }

    /**
     * The network of that catalogue name (case ignored).
     *
     * @throws IllegalArgumentException naming the known networks when there is none of that name
     */
    public static Network byName(String name) {
        Supplier<Network> network = name == null ? null : NETWORKS.get(name.strip().toLowerCase(Locale.ROOT));
        if (network == null) {
            throw new IllegalArgumentException("there is no network called '" + name + "': choose one of "
                    + String.join(", ", names()));
        }
        return network.get();
    }

    /**
     * AlexNet as in Krizhevsky, Sutskever and Hinton 2012, split over two GPUs: conv2, conv4 and conv5 see only the
     * half of the channels on their own GPU (groups = 2), conv3 and the dense layers see both. Layer names and
     * the 227x227x3 input of Caffe's bvlc_alexnet, which has 60,965,224 parameters.
     */
    public static Network alexNet() {
        Walk w = new Walk(new Shape(3, 227, 227));
        w.then("conv1", Layer.conv(96, 11, 4, 0));
        w.then("pool1", Layer.Pool.max(3, 2));
        w.then("conv2", Layer.conv(256, 5, 1, 2).withGroups(2));
        w.then("pool2", Layer.Pool.max(3, 2));
        w.then("conv3", Layer.conv(384, 3, 1, 1));
        w.then("conv4", Layer.conv(384, 3, 1, 1).withGroups(2));
        w.then("conv5", Layer.conv(256, 3, 1, 1).withGroups(2));
        w.then("pool5", Layer.Pool.max(3, 2));
        w.then("fc6", new Layer.FullyConnected(4096));
        w.then("fc7", new Layer.FullyConnected(4096));
        w.then("fc8", new Layer.FullyConnected(1000));
        return w.done("alexnet", "AlexNet, original two-GPU version with grouped conv2/conv4/conv5"
                + " (Caffe bvlc_alexnet),"
                + " 227x227x3 input");
    }

    /**
     * VGG-16, configuration D of Simonyan and Zisserman 2015: thirteen 3x3 convolutions with biases in five blocks,
     * each block ending in a 2x2 max pool, then three dense layers; 224x224x3 input. Names as torchvision's
     * {@code vgg16} (no batch norm), 138,357,544 parameters.
     */
    public static Network vgg16() {
        Walk w = new Walk(new Shape(3, 224, 224));
        int[][] blocks = {{64, 2}, {128, 2}, {256, 3}, {512, 3}, {512, 3}};
        for (int b = 0; b < blocks.length; b++) {
            for (int i = 1; i <= blocks[b][1]; i++) {
                w.then("conv" + (b + 1) + "_" + i, Layer.conv(blocks[b][0], 3, 1, 1));
            }
            w.then("pool" + (b + 1), Layer.Pool.max(2, 2));
        }
        w.then("fc6", new Layer.FullyConnected(4096));
        w.then("fc7", new Layer.FullyConnected(4096));
        w.then("fc8", new Layer.FullyConnected(1000));
        return w.done("vgg16", "VGG-16, configuration D without batch norm (torchvision vgg16), 224x224x3 input");
    }

    /**
     * GoogLeNet as torchvision builds it ({@code googlenet}, without the auxiliary classifiers): every convolution is
     * bias-free and followed by batch norm, and the branch the paper (Szegedy et al. 2015, Table 1) gives a 5x5
     * convolution uses a 3x3 one, a known quirk of the port; 6,624,904 parameters. Pooling rounds up (ceil mode) as
     * in the paper. 224x224x3 input.
     */
    public static Network googLeNet() {
        Walk w = new Walk(new Shape(3, 224, 224));
        w.convBn("conv1", Layer.conv(64, 7, 2, 3));
        w.then("maxpool1", Layer.Pool.max(3, 2).withCeilMode());
        w.convBn("conv2", Layer.conv(64, 1, 1, 0));
        w.convBn("conv3", Layer.conv(192, 3, 1, 1));
        w.then("maxpool2", Layer.Pool.max(3, 2).withCeilMode());
        for (Map.Entry<String, InceptionBlock> block : googLeNetBlocks().entrySet()) {
            // A max pool halves the map before 4a and before 5a.
            if (block.getKey().equals("inception4a")) {
                w.then("maxpool3", Layer.Pool.max(3, 2).withCeilMode());
            } else if (block.getKey().equals("inception5a")) {
                w.then("maxpool4", Layer.Pool.max(2, 2).withCeilMode());
            }
            w.junction(block.getKey() + ".", block.getValue().junction());
        }
        w.then("avgpool", new Layer.GlobalAveragePool());
        w.then("fc", new Layer.FullyConnected(1000));
        return w.done("googlenet", "GoogLeNet as torchvision builds it: batch norm after every convolution, 3x3 in"
                + " the paper's 5x5 branch, no auxiliary classifiers; 224x224x3 input");
    }

    /**
     * GoogLeNet's nine inception blocks in order, "inception3a" to "inception5b", with the channels of Szegedy et al.
     * 2015, Table 1, as torchvision's googlenet builds them (3x3 in the 5x5 branch, batch norm).
     */
    public static Map<String, InceptionBlock> googLeNetBlocks() {
        Map<String, InceptionBlock> blocks = new LinkedHashMap<>();
        blocks.put("inception3a", googLeNetBlock(64, 96, 128, 16, 32, 32));
        blocks.put("inception3b", googLeNetBlock(128, 128, 192, 32, 96, 64));
        blocks.put("inception4a", googLeNetBlock(192, 96, 208, 16, 48, 64));
        blocks.put("inception4b", googLeNetBlock(160, 112, 224, 24, 64, 64));
        blocks.put("inception4c", googLeNetBlock(128, 128, 256, 24, 64, 64));
        blocks.put("inception4d", googLeNetBlock(112, 144, 288, 32, 64, 64));
        blocks.put("inception4e", googLeNetBlock(256, 160, 320, 32, 128, 128));
        blocks.put("inception5a", googLeNetBlock(256, 160, 320, 32, 128, 128));
        blocks.put("inception5b", googLeNetBlock(384, 192, 384, 48, 128, 128));
        return Collections.unmodifiableMap(blocks);
    }

    private static InceptionBlock googLeNetBlock(int oneByOne, int reduce3, int out3, int reduce5, int out5,
                                                 int poolProjection) {
        return new InceptionBlock(oneByOne, reduce3, out3, reduce5, out5, poolProjection, true,
                InceptionBlock.Variant.TORCHVISION);
    }

    /** ResNet-18 of He et al. 2016 as torchvision's {@code resnet18}: basic blocks [2, 2, 2, 2], 11,689,512 params. */
    public static Network resNet18() {
        return resNet("resnet18", "ResNet-18", new int[] {2, 2, 2, 2}, false, false);
    }

    /** ResNet-34 as torchvision's {@code resnet34}: basic blocks [3, 4, 6, 3], 21,797,672 parameters. */
    public static Network resNet34() {
        return resNet("resnet34", "ResNet-34", new int[] {3, 4, 6, 3}, false, false);
    }

    /**
     * ResNet-50 as torchvision's {@code resnet50}: bottleneck blocks [3, 4, 6, 3], 25,557,032 parameters. torchvision
     * strides the 3x3 convolution of a bottleneck rather than the first 1x1 as the paper does ("ResNet v1.5"): the
     * parameters are the same, the multiply-accumulates slightly higher.
     */
    public static Network resNet50() {
        return resNet("resnet50", "ResNet-50 v1.5", new int[] {3, 4, 6, 3}, true, false);
    }

    /**
     * ResNet-50 as He et al. 2016 built it (their Caffe models, "v1"): a downsampling bottleneck strides its first 1x1
     * rather than its 3x3. The same 25,557,032 parameters as {@link #resNet50()}, fewer multiply-accumulates, and a
     * receptive field of 483 pixels instead of 427 (Araujo et al., Distill 2019: resnet_v1_50). Not in
     * {@link #names()}: the command line and the tables show torchvision's.
     */
    public static Network resNet50v1() {
        return resNet("resnet50v1", "ResNet-50 v1", new int[] {3, 4, 6, 3}, true, true);
    }

    /**
     * The ResNets of He et al. 2016 as torchvision builds them: bias-free convolutions each followed by batch norm,
     * a projection shortcut (1x1 convolution and batch norm) where a block changes the shape, a dense classifier with
     * biases. Names are torchvision's module paths ("layer2.0.downsample.0"). 224x224x3 input.
     */
    private static Network resNet(String name, String title, int[] blocks, boolean bottleneck,
                                  boolean strideOnReduction) {
        Walk w = new Walk(new Shape(3, 224, 224));
        w.convBn("conv1", "bn1", Layer.conv(64, 7, 2, 3));
        w.then("maxpool", Layer.Pool.max(3, 2).withPadding(1));
        ResidualBlock.Kind kind = bottleneck ? ResidualBlock.Kind.BOTTLENECK : ResidualBlock.Kind.BASIC;
        for (int stage = 0; stage < blocks.length; stage++) {
            for (int b = 0; b < blocks[stage]; b++) {
                int stride = stage > 0 && b == 0 ? 2 : 1;
                ResidualBlock block = new ResidualBlock(kind, 64 << stage, stride, strideOnReduction);
                w.junction("layer" + (stage + 1) + "." + b + ".", block.junction(w.output().shape()));
            }
        }
        w.then("avgpool", new Layer.GlobalAveragePool());
        w.then("fc", new Layer.FullyConnected(1000));
        return w.done(name, title + (strideOnReduction ? " as He et al. 2016 built it, stride on the first 1x1"
                : " as torchvision builds it") + ": batch norm after every convolution, projection"
                + " shortcuts where the shape changes; 224x224x3 input");
    }

    /**
     * DenseNet-121 of Huang et al. 2017 (DenseNet-BC, growth rate 32, blocks [6, 12, 24, 16]) as torchvision's
     * {@code densenet121}: each dense layer is BN, 1x1 conv to 4 x 32 = 128 channels, BN, 3x3 conv to 32 channels,
     * its output concatenated to everything before it; each transition is BN, 1x1 conv halving the channels and a 2x2
     * average pool. Convolutions are bias-free; 7,978,856 parameters. 224x224x3 input.
     */
    public static Network denseNet121() {
        List<DenseBlock> blocks = denseNet121Blocks();
        Walk w = new Walk(new Shape(3, 224, 224));
        w.then("features.conv0", Layer.conv(64, 7, 2, 3).withoutBias());
        w.then("features.norm0", new Layer.BatchNorm());
        w.then("features.pool0", Layer.Pool.max(3, 2).withPadding(1));
        for (int b = 0; b < blocks.size(); b++) {
            DenseBlock block = blocks.get(b);
            for (int i = 1; i <= block.layers(); i++) {
                w.junction("features.denseblock" + (b + 1) + ".denselayer" + i + ".", block.layer(i));
            }
            if (b < blocks.size() - 1) {
                w.chain("features.transition" + (b + 1) + ".",
                        DenseBlock.transition(w.output().shape().channels(), 0.5));
            }
        }
        w.then("features.norm5", new Layer.BatchNorm());
        w.then("avgpool", new Layer.GlobalAveragePool());
        w.then("classifier", new Layer.FullyConnected(1000));
        return w.done("densenet121", "DenseNet-121 (DenseNet-BC, growth rate 32) as torchvision builds it;"
                + " 224x224x3 input");
    }

    /** DenseNet-121's four dense blocks, 6, 12, 24 and 16 layers with growth rate 32 (Huang et al. 2017, Table 1). */
    public static List<DenseBlock> denseNet121Blocks() {
        return List.of(DenseBlock.of(6, 32), DenseBlock.of(12, 32), DenseBlock.of(24, 32), DenseBlock.of(16, 32));
    }

    /**
     * What a layer's output sees of the input image: its receptive field r (the side of its window, in pixels)
     * and effective stride j (input pixels between neighbouring outputs), along the widest path into it.
     */
    private record Tap(Shape shape, int receptiveField, int jump, int row) {

        /**
         * The tap after {@code layer} on {@code inputs}:
         * <pre>
         *   r_out = max(r_in) + (k - 1) d j_in      j_out = j_in s
         * </pre>
         * with k the kernel (the whole map for a dense layer or global pooling), d the dilation and s the stride;
         * batch norm, concatenation and addition keep the widest field of their inputs. Kernels are square in every
         * catalogued network, so the rows' figures are the columns' too.
         */
        static Tap after(Layer layer, Shape output, int row, Tap... inputs) {
            int r = widest(inputs).receptiveField();
            int j = inputs[0].jump();
            int h = inputs[0].shape().height();
            if (layer instanceof Layer.Conv c) {
                return new Tap(output, r + (c.kernelH() - 1) * c.dilation() * j, j * c.stride(), row);
            }
            if (layer instanceof Layer.Pool p) {
                return new Tap(output, r + (p.kernel() - 1) * j, j * p.stride(), row);
            }
            if (layer instanceof Layer.FullyConnected || layer instanceof Layer.GlobalAveragePool) {
                return new Tap(output, r + (h - 1) * j, j * h, row);
            }
            return new Tap(output, r, j, row);
        }

        /** The input with the largest receptive field, the first of them on a tie. */
        static Tap widest(Tap... inputs) {
            Tap widest = inputs[0];
            for (Tap in : inputs) {
                if (in.receptiveField() > widest.receptiveField()) {
                    widest = in;
                }
            }
            return widest;
        }
    }

    /** A {@link LayerStack} that also keeps each layer's name and receptive field; the blocks the catalogue repeats. */
    private static final class Walk {

        private final LayerStack stack;
        private final List<String> names = new ArrayList<>();
        private final List<Integer> receptiveFields = new ArrayList<>();
        /** Per row, the row its widest input comes from; -1 for the image. */
        private final List<Integer> widestInputs = new ArrayList<>();
        private Tap output;

        Walk(Shape input) {
            stack = new LayerStack(input);
            output = new Tap(input, 1, 1, -1);
        }

        Tap output() {
            return output;
        }

        Tap then(String name, Layer layer) {
            return apply(name, layer, output);
        }

        Tap apply(String name, Layer layer, Tap... inputs) {
            Shape[] shapes = new Shape[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                shapes[i] = inputs[i].shape();
            }
            widestInputs.add(Tap.widest(inputs).row());
            output = Tap.after(layer, stack.apply(layer, shapes), names.size(), inputs);
            names.add(name);
            receptiveFields.add(output.receptiveField());
            return output;
        }

        /** A convolution made bias-free and followed by batch norm, named {@code name} and {@code bn}. */
        Tap convBn(String name, String bn, Layer.Conv conv) {
            then(name, conv.withoutBias());
            return then(bn, new Layer.BatchNorm());
        }

        /** torchvision's BasicConv2d: {@code name.conv} and {@code name.bn}. */
        Tap convBn(String name, Layer.Conv conv) {
            return convBn(name + ".conv", name + ".bn", conv);
        }

        /** A block's paths, each from the current output, and their join; row names prefixed by {@code prefix}. */
        Tap junction(String prefix, Junction junction) {
            Tap in = output();
            List<List<BlockLayer>> paths = junction.paths();
            Tap[] ends = new Tap[paths.size()];
            for (int p = 0; p < paths.size(); p++) {
                Tap end = in;
                for (BlockLayer layer : paths.get(p)) {
                    end = apply(prefix + layer.name(), layer.layer(), end);
                }
                ends[p] = end;
            }
            return apply(prefix + junction.joinName(), junction.join(), ends);
        }

        /** Layers in a row from the current output, named with {@code prefix}. */
        Tap chain(String prefix, List<BlockLayer> layers) {
            layers.forEach(layer -> then(prefix + layer.name(), layer.layer()));
            return output;
        }

        Network done(String name, String variant) {
            return new Network(name, variant, stack, names, receptiveFields, widestInputs);
        }
    }
}

package org.convscope.viewmodel.arch;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.convscope.core.Sentence;
import org.convscope.core.count.BlockLayer;
import org.convscope.core.count.DenseBlock;
import org.convscope.core.count.JunctionCount;
import org.convscope.core.count.LayerStack;
import org.convscope.core.count.Network;
import org.convscope.core.count.NetworkCatalogue;
import org.convscope.core.count.Shape;
import org.convscope.viewmodel.DisplayText;

/**
 * A dense block with growth rate k and L layers, then a transition layer, counted by {@link DenseBlock}. Opens on
 * DenseNet-121's first block: 64x56x56 in, k = 32, 6 layers, 256 channels out, halved to 128x28x28 by the
 * transition; any of its four blocks can be loaded from {@link NetworkCatalogue#denseNet121Blocks()}.
 */
public final class DenseNetViewModel {

    /** Most layers a block may have: DenseNet-264's largest block has 64. */
    public static final int MAX_LAYERS = 64;
    /** Largest growth rate an edit accepts. */
    public static final int MAX_GROWTH = 256;
    /** Transitions compress by theta = 0.5 as in DenseNet-BC. */
    private static final double COMPRESSION = 0.5;

    /**
     * One dense layer: the channels it reads (everything before it), the bottleneck's output, the k new maps, the
     * channels after the concatenation, and its cost.
     */
    public record DenseLayer(int layer, int channelsIn, String bottleneck, String grown, int channelsOut,
                             long parameters, long macs) {
    }

    /** The block counted: its input, layers, output, the transition after it and the totals. */
    public record Figures(String input, List<DenseLayer> layers, String output, List<BlockStep> transition,
                          String transitionOutput, long blockParameters, long blockMacs, long transitionParameters,
                          long transitionMacs) {

        public Figures {
            layers = List.copyOf(layers);
            transition = List.copyOf(transition);
        }
    }

    private final List<DenseBlock> blocks = NetworkCatalogue.denseNet121Blocks();
    private final List<Shape> blockInputs = new ArrayList<>();
    private final IntegerProperty growthRate = new SimpleIntegerProperty(this, "growthRate", 1);
    private final IntegerProperty layers = new SimpleIntegerProperty(this, "layers", 1);
    private final IntegerProperty inputChannels = new SimpleIntegerProperty(this, "inputChannels", 1);
    private final IntegerProperty inputSize = new SimpleIntegerProperty(this, "inputSize", 2);
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final DisplayText error = new DisplayText(this, "error");
    private final ReadOnlyIntegerWrapper block = new ReadOnlyIntegerWrapper(this, "block", 1);
    private final NetworkTableViewModel table = new NetworkTableViewModel(List.of("densenet121"));

    public DenseNetViewModel() {
        // Each block's input: what reaches its first dense layer in the catalogued DenseNet-121.
        Network denseNet = NetworkCatalogue.denseNet121();
        for (int b = 1; b <= blocks.size(); b++) {
            String first = "features.denseblock" + b + ".denselayer1.norm1";
            blockInputs.add(denseNet.rows().stream().filter(r -> r.name().equals(first)).findFirst().orElseThrow()
                    .count().inputs().get(0));
        }
        chooseBlock(1);
        for (Observable input : List.of(growthRate, layers, inputChannels, inputSize)) {
            input.addListener(obs -> recount());
        }
        recount();
    }

    /** Counts the block as edited; an edit the core refuses keeps the last figures and says why. */
    private void recount() {
        try {
            DenseBlock block = DenseBlock.of(layers.get(), growthRate.get());
            Shape input = new Shape(inputChannels.get(), inputSize.get(), inputSize.get());
            List<DenseLayer> rows = new ArrayList<>();
            long parameters = 0;
            long macs = 0;
            for (JunctionCount layer : block.count(input)) {
                // The new maps' path: norm1, conv1 (the 1x1 bottleneck), norm2, conv2 (the 3x3).
                Shape bottleneck = layer.paths().get(1).get(1).output();
                rows.add(new DenseLayer(rows.size() + 1, layer.input().channels(), bottleneck.toString(),
                        layer.pathOutput(1).toString(), layer.output().channels(), layer.parameters(),
                        layer.macs()));
                parameters = Math.addExact(parameters, layer.parameters());
                macs = Math.addExact(macs, layer.macs());
            }
            Shape blockOutput = new Shape(block.outChannels(input.channels()), input.height(), input.width());
            LayerStack transition = new LayerStack(blockOutput);
            for (BlockLayer layer : DenseBlock.transition(blockOutput.channels(), COMPRESSION)) {
                transition.then(layer.layer());
            }
            error.clear();
            figures.set(new Figures(input.toString(), rows, blockOutput.toString(),
                    BlockStep.of(transition.rows()), transition.output().toString(), parameters, macs,
                    transition.parameters(), transition.macs()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            error.set(Sentence.from(e));
        }
    }

    /** DenseNet-121's layer table. */
    public NetworkTableViewModel table() {
        return table;
    }

    /** How many dense blocks DenseNet-121 has: 4. */
    public int blockCount() {
        return blocks.size();
    }

    /**
     * Loads DenseNet-121's dense block {@code block} (1 to 4): its layers, growth rate and the input it gets in the
     * network.
     *
     * @throws IllegalArgumentException when there is no such block
     */
    public void chooseBlock(int block) {
        if (block < 1 || block > blocks.size()) {
            throw new IllegalArgumentException("DenseNet-121 has dense blocks 1 to " + blocks.size() + ", not "
                    + block);
        }
        DenseBlock dense = blocks.get(block - 1);
        Shape input = blockInputs.get(block - 1);
        growthRate.set(dense.growthRate());
        layers.set(dense.layers());
        inputChannels.set(input.channels());
        inputSize.set(input.height());
        this.block.set(block);
    }

    /** DenseNet-121's dense block last loaded by {@link #chooseBlock}, 1 to 4; edits since then do not change it. */
    public ReadOnlyIntegerProperty blockProperty() {
        return block.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public Figures getFigures() {
        return figures.get();
    }

    /** Why the last edit was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** k: the channels every dense layer adds. */
    public IntegerProperty growthRateProperty() {
        return growthRate;
    }

    /** L: the dense layers in the block. */
    public IntegerProperty layersProperty() {
        return layers;
    }

    public IntegerProperty inputChannelsProperty() {
        return inputChannels;
    }

    public IntegerProperty inputSizeProperty() {
        return inputSize;
    }
}

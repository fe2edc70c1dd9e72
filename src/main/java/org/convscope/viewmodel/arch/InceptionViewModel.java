package org.convscope.viewmodel.arch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.convscope.core.Sentence;
import org.convscope.core.count.InceptionBlock;
import org.convscope.core.count.JunctionCount;
import org.convscope.core.count.Network;
import org.convscope.core.count.NetworkCatalogue;
import org.convscope.core.count.Shape;
import org.convscope.core.rf.StackLedger;
import org.convscope.viewmodel.DisplayText;

/**
 * The inception block builder: the input and every branch's channels are editable, the 1x1 reductions can be
 * switched off (the paper's naive block), and the variant is the paper's (5x5 branch, biases) or torchvision's (3x3
 * in that branch, batch norm). Every figure comes from {@link InceptionBlock} counted by the core; the block is
 * also counted with the reductions toggled, so the view can show what they save.
 *
 * <p>Opens on inception 3a as in Szegedy et al. 2015, Table 1: 192x28x28 in; 64 1x1; 96 -> 128 3x3; 16 -> 32 5x5;
 * pool -> 32; 256 out. Any of GoogLeNet's nine blocks can be loaded from {@link NetworkCatalogue#googLeNetBlocks()},
 * with the input it gets in the catalogued network.
 */
public final class InceptionViewModel {

    /** Largest channel count an edit accepts: well above any published block (inception 5b's 384). */
    public static final int MAX_CHANNELS = 4096;
    /** Largest input side an edit accepts. */
    public static final int MAX_SIZE = 512;

    /**
     * One branch drawn: its boxes in order from the block's input, and its totals.
     *
     * @param output the shape it hands to the concatenation
     */
    public record Branch(List<BlockStep> steps, String output, int outChannels, long parameters, long macs) {

        public Branch {
            steps = List.copyOf(steps);
        }
    }

    /** The block counted: the input, the four branches in the paper's order, the concatenation and the totals. */
    public record Figures(String input, List<Branch> branches, String output, int outChannels, long weights,
                          long parameters, long macs) {

        public Figures {
            branches = List.copyOf(branches);
        }
    }

    /** The first block of GoogLeNet, shown on opening. */
    public static final String FIRST_BLOCK = "inception3a";

    private final Map<String, InceptionBlock> blocks = NetworkCatalogue.googLeNetBlocks();
    private final Map<String, Shape> blockInputs = new LinkedHashMap<>();
    private final IntegerProperty inputChannels = new SimpleIntegerProperty(this, "inputChannels", 1);
    private final IntegerProperty inputSize = new SimpleIntegerProperty(this, "inputSize", 1);
    private final IntegerProperty oneByOne = new SimpleIntegerProperty(this, "oneByOne", 1);
    private final IntegerProperty reduce3 = new SimpleIntegerProperty(this, "reduce3", 1);
    private final IntegerProperty out3 = new SimpleIntegerProperty(this, "out3", 1);
    private final IntegerProperty reduce5 = new SimpleIntegerProperty(this, "reduce5", 1);
    private final IntegerProperty out5 = new SimpleIntegerProperty(this, "out5", 1);
    private final IntegerProperty poolProjection = new SimpleIntegerProperty(this, "poolProjection", 1);
    private final BooleanProperty reductions = new SimpleBooleanProperty(this, "reductions", true);
    private final BooleanProperty torchvision = new SimpleBooleanProperty(this, "torchvision", false);
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyObjectWrapper<Figures> toggled = new ReadOnlyObjectWrapper<>(this, "toggled");
    private final DisplayText error = new DisplayText(this, "error");
    private final ReadOnlyStringWrapper block = new ReadOnlyStringWrapper(this, "block", FIRST_BLOCK);
    private final ReadOnlyDoubleWrapper weightSaving = new ReadOnlyDoubleWrapper(this, "weightSaving");
    private final ReadOnlyDoubleWrapper macSaving = new ReadOnlyDoubleWrapper(this, "macSaving");

    public InceptionViewModel() {
        // Each block's input: what reaches its 1x1 branch in the catalogued GoogLeNet.
        Network googLeNet = NetworkCatalogue.googLeNet();
        for (String block : blocks.keySet()) {
            blockInputs.put(block, googLeNet.rows().stream().filter(r -> r.name().equals(block + ".branch1.conv"))
                    .findFirst().orElseThrow().count().inputs().get(0));
        }
        chooseBlock(FIRST_BLOCK);
        for (Observable input : List.of(inputChannels, inputSize, oneByOne, reduce3, out3, reduce5, out5,
                poolProjection, reductions, torchvision)) {
            input.addListener(obs -> recount());
        }
        recount();
    }

    /**
     * Counts the block as edited. An edit the core refuses leaves the last figures in place and says why in
     * {@link #errorProperty()}.
     */
    private void recount() {
        try {
            InceptionBlock block = new InceptionBlock(oneByOne.get(), reduce3.get(), out3.get(), reduce5.get(),
                    out5.get(), poolProjection.get(), reductions.get(),
                    torchvision.get() ? InceptionBlock.Variant.TORCHVISION : InceptionBlock.Variant.PAPER);
            Shape input = new Shape(inputChannels.get(), inputSize.get(), inputSize.get());
            Figures now = figuresOf(block.count(input));
            Figures other = figuresOf(block.withReductions(!block.reductions()).count(input));
            Figures real = block.reductions() ? now : other;
            Figures naive = block.reductions() ? other : now;
            error.clear();
            figures.set(now);
            toggled.set(other);
            weightSaving.set(StackLedger.saving(naive.weights(), real.weights()));
            macSaving.set(StackLedger.saving(naive.macs(), real.macs()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            error.set(Sentence.from(e));
        }
    }

    private static Figures figuresOf(JunctionCount count) {
        List<Branch> branches = new ArrayList<>();
        for (int p = 0; p < count.paths().size(); p++) {
            Shape out = count.pathOutput(p);
            branches.add(new Branch(BlockStep.of(count.paths().get(p)), out.toString(), out.channels(),
                    count.parameters(p), count.macs(p)));
        }
        return new Figures(count.input().toString(), branches, count.output().toString(),
                count.output().channels(), count.weights(), count.parameters(), count.macs());
    }

    /** The block's figures as edited. */
    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public Figures getFigures() {
        return figures.get();
    }

    /** The same block with the reductions toggled: the naive block when they are on, the real one when off. */
    public ReadOnlyObjectProperty<Figures> toggledProperty() {
        return toggled.getReadOnlyProperty();
    }

    public Figures getToggled() {
        return toggled.get();
    }

    /** How much of the naive block's weights the reductions save, in per cent: 100 (naive - real) / naive. */
    public ReadOnlyDoubleProperty weightSavingProperty() {
        return weightSaving.getReadOnlyProperty();
    }

    /** How much of the naive block's multiply-accumulates the reductions save, in per cent. */
    public ReadOnlyDoubleProperty macSavingProperty() {
        return macSaving.getReadOnlyProperty();
    }

    /** Why the last edit was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** GoogLeNet's inception blocks, "inception3a" to "inception5b". */
    public List<String> blockNames() {
        return List.copyOf(blocks.keySet());
    }

    /**
     * Loads one of GoogLeNet's blocks: its input and channels (Szegedy et al. 2015, Table 1), with the reductions;
     * the variant is kept.
     *
     * @throws IllegalArgumentException naming the blocks when there is none of that name
     */
    public void chooseBlock(String name) {
        InceptionBlock chosen = blocks.get(name);
        if (chosen == null) {
            throw new IllegalArgumentException("GoogLeNet has no block " + name + ": choose one of "
                    + String.join(", ", blocks.keySet()));
        }
        Shape input = blockInputs.get(name);
        inputChannels.set(input.channels());
        inputSize.set(input.height());
        oneByOne.set(chosen.oneByOne());
        reduce3.set(chosen.reduce3());
        out3.set(chosen.out3());
        reduce5.set(chosen.reduce5());
        out5.set(chosen.out5());
        poolProjection.set(chosen.poolProjection());
        reductions.set(true);
        block.set(name);
    }

    /** The GoogLeNet block last loaded by {@link #chooseBlock}; edits since then do not change it. */
    public ReadOnlyStringProperty blockProperty() {
        return block.getReadOnlyProperty();
    }

    public IntegerProperty inputChannelsProperty() {
        return inputChannels;
    }

    public IntegerProperty inputSizeProperty() {
        return inputSize;
    }

    public IntegerProperty oneByOneProperty() {
        return oneByOne;
    }

    public IntegerProperty reduce3Property() {
        return reduce3;
    }

    public IntegerProperty out3Property() {
        return out3;
    }

    public IntegerProperty reduce5Property() {
        return reduce5;
    }

    public IntegerProperty out5Property() {
        return out5;
    }

    public IntegerProperty poolProjectionProperty() {
        return poolProjection;
    }

    /** On: the real block with its 1x1 reductions; off: the naive block of the paper's Figure 2a. */
    public BooleanProperty reductionsProperty() {
        return reductions;
    }

    /** On: torchvision's block (3x3 in the 5x5 branch, batch norm); off: the paper's. */
    public BooleanProperty torchvisionProperty() {
        return torchvision;
    }
}

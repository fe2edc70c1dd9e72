package org.convscope.viewmodel.receptive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

import org.convscope.core.Sentence;
import org.convscope.core.rf.LayerSpec;
import org.convscope.core.rf.NetworkStacks;
import org.convscope.core.rf.ReceptiveField;
import org.convscope.core.rf.StackComparison;
import org.convscope.core.rf.StackLedger;
import org.convscope.viewmodel.DisplayText;
import org.convscope.viewmodel.Sentences;

/**
 * The receptive-field view's state: two stacks on the same square input (A, one large kernel; B, small kernels),
 * the channel count C of their ledgers, the preset they came from, the selected output cell, what B saves
 * against A, and the receptive-field growth of four real networks.
 *
 * <p>Starts on the lecture note's comparison: one 5x5 against two 3x3 on 48x48, C = 64.
 */
public final class ReceptiveFieldViewModel {

    /** The channel count shown first: a typical early-layer width (VGG's first block). */
    public static final int DEFAULT_CHANNELS = 64;
    /** Largest input side offered: large enough for ImageNet-sized inputs, small enough to draw every cell. */
    public static final int MAX_INPUT = 512;
    /** Largest channel count offered (VGG's widest layer). */
    public static final int MAX_CHANNELS = 512;

    private final StackViewModel stackA = new StackViewModel(this);
    private final StackViewModel stackB = new StackViewModel(this);
    private final ReadOnlyIntegerWrapper inputSize = new ReadOnlyIntegerWrapper(this, "inputSize");
    private final ReadOnlyIntegerWrapper channels = new ReadOnlyIntegerWrapper(this, "channels", DEFAULT_CHANNELS);
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final DisplayText error = new DisplayText(this, "error");
    private final ReadOnlyBooleanWrapper pinned = new ReadOnlyBooleanWrapper(this, "pinned");
    private final ReadOnlyDoubleWrapper weightSaving = new ReadOnlyDoubleWrapper(this, "weightSaving");
    private final ReadOnlyDoubleWrapper parameterSaving = new ReadOnlyDoubleWrapper(this, "parameterSaving");
    private final ReadOnlyDoubleWrapper macSaving = new ReadOnlyDoubleWrapper(this, "macSaving");
    private final List<NetworkCurve> networks;

    public ReceptiveFieldViewModel() {
        networks = NetworkStacks.all().stream().map(ReceptiveFieldViewModel::curveOf).toList();
        choosePreset(Preset.FIVE_VS_TWO_THREES);
    }

    /** Stack A: one large kernel in the presets. */
    public StackViewModel stackA() {
        return stackA;
    }

    /** Stack B: small kernels with the same receptive field in the presets. */
    public StackViewModel stackB() {
        return stackB;
    }

    /** The side of the square input both stacks see. */
    public ReadOnlyIntegerProperty inputSizeProperty() {
        return inputSize.getReadOnlyProperty();
    }

    public int getInputSize() {
        return inputSize.get();
    }

    /** The channel count C of the ledgers: every convolution maps C channels to C. */
    public ReadOnlyIntegerProperty channelsProperty() {
        return channels.getReadOnlyProperty();
    }

    public int getChannels() {
        return channels.get();
    }

    /** The preset the stacks came from, {@link Preset#CUSTOM} after an edit. */
    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    public Preset getPreset() {
        return preset.get();
    }

    /** Why the last change of input size or channel count was refused; empty when it worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** What B saves in weights against A, in per cent: {@code 100 (wA - wB) / wA}; negative when B needs more. */
    public ReadOnlyDoubleProperty weightSavingProperty() {
        return weightSaving.getReadOnlyProperty();
    }

    /** What B saves in weights and biases against A, in per cent. */
    public ReadOnlyDoubleProperty parameterSavingProperty() {
        return parameterSaving.getReadOnlyProperty();
    }

    /** What B saves in multiply-accumulates against A, in per cent. */
    public ReadOnlyDoubleProperty macSavingProperty() {
        return macSaving.getReadOnlyProperty();
    }

    /** AlexNet, VGG-16, GoogLeNet and ResNet-50, layer by layer along their largest paths. */
    public List<NetworkCurve> getNetworks() {
        return networks;
    }

    /** The presets one can pick, {@link Preset#CUSTOM} excepted. */
    public static List<Preset> presets() {
        return List.of(Preset.FIVE_VS_TWO_THREES, Preset.SEVEN_VS_THREE_THREES, Preset.ALEXNET_FIRST_LAYER);
    }

    /**
     * Loads a preset's two stacks on its input size and selects the centre output cell. Choosing
     * {@link Preset#CUSTOM} keeps the stacks as they are.
     */
    public void choosePreset(Preset chosen) {
        if (chosen == null) {
            throw new IllegalArgumentException("choose one of the presets " + presets());
        }
        if (chosen == Preset.CUSTOM) {
            preset.set(Preset.CUSTOM);
            return;
        }
        StackComparison comparison = StackComparison.valueOf(chosen.name());
        inputSize.set(comparison.inputSize());
        stackA.set(comparison.stackA(), comparison.inputSize(), getChannels());
        stackB.set(comparison.stackB(), comparison.inputSize(), getChannels());
        preset.set(chosen);
        error.clear();
        selectCentre();
        updateSavings();
    }

    /** Runs both stacks on a size x size input; refused, with the reason, when a layer no longer fits. */
    public boolean setInputSize(int size) {
        if (size < 1 || size > MAX_INPUT) {
            error.set(Sentences.sentence("receptive.inputSize", MAX_INPUT, size));
            return false;
        }
        Optional<Sentence> problem = problemOf(stackA.layers(), stackB.layers(), size, getChannels());
        if (problem.isPresent()) {
            error.set(problem.get());
            return false;
        }
        inputSize.set(size);
        stackA.set(stackA.layers(), size, getChannels());
        stackB.set(stackB.layers(), size, getChannels());
        error.clear();
        updateSavings();
        return true;
    }

    /** Recounts both ledgers for C channels. */
    public boolean setChannels(int c) {
        if (c < 1 || c > MAX_CHANNELS) {
            error.set(Sentences.sentence("receptive.channels", MAX_CHANNELS, c));
            return false;
        }
        channels.set(c);
        stackA.setChannels(c);
        stackB.setChannels(c);
        error.clear();
        updateSavings();
        return true;
    }

    /**
     * Selects output cell (row, col) in both stacks, each clamped to its own output, so both show the cell at the
     * same place when their outputs have the same size (as in every preset).
     */
    public void select(int row, int col) {
        stackA.select(row, col);
        stackB.select(row, col);
    }

    /**
     * Hovering selects a cell unless one is pinned: a click pins the cell it selects, so a teacher can point at it
     * while moving the mouse elsewhere; {@link #hover} then does nothing until {@link #unpin}.
     */
    public ReadOnlyBooleanProperty pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    /** Selects (row, col) as {@link #select} does, unless a cell is pinned. */
    public void hover(int row, int col) {
        if (!pinned.get()) {
            select(row, col);
        }
    }

    /** Selects (row, col) and pins it. */
    public void pin(int row, int col) {
        select(row, col);
        pinned.set(true);
    }

    /** Lets hovering select again. */
    public void unpin() {
        pinned.set(false);
    }

    /** Selects the centre cell of stack A's output in both stacks. */
    public void selectCentre() {
        PlaneSize out = stackA.getOutput();
        select(out.height() / 2, out.width() / 2);
    }

    /** Called by a stack after an edit: the comparison is no longer a preset. */
    void stackEdited() {
        preset.set(Preset.CUSTOM);
        updateSavings();
    }

    private void updateSavings() {
        StackCost a = stackA.getCost();
        StackCost b = stackB.getCost();
        weightSaving.set(StackLedger.saving(a.weights(), b.weights()));
        parameterSaving.set(StackLedger.saving(a.parameters(), b.parameters()));
        macSaving.set(StackLedger.saving(a.macs(), b.macs()));
    }

    private static Optional<Sentence> problemOf(List<LayerSpec> a, List<LayerSpec> b, int size, int c) {
        Optional<Sentence> inA = StackViewModel.check(a, size, c)
                .map(m -> Sentences.sentence("receptive.inStack", "A", m));
        return inA.isPresent() ? inA
                : StackViewModel.check(b, size, c).map(m -> Sentences.sentence("receptive.inStack", "B", m));
    }

    private static NetworkCurve curveOf(NetworkStacks.Network network) {
        ReceptiveField field = network.receptiveField();
        List<NetworkCurve.Point> points = new ArrayList<>(field.rows().size());
        for (int i = 0; i < field.rows().size(); i++) {
            ReceptiveField.Row row = field.row(i);
            points.add(new NetworkCurve.Point(i + 1, network.layerNames().get(i), row.size(), row.jump(),
                    row.geometry().outH()));
        }
        return new NetworkCurve(network.name(), network.inputSize(), network.source(), points);
    }
}

package org.convscope.viewmodel.arch;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.convscope.core.count.JunctionCount;
import org.convscope.core.count.ResidualBlock;
import org.convscope.core.count.ResidualGradient;
import org.convscope.core.count.Shape;

/**
 * The residual block y = F(x) + x, basic or bottleneck, keeping the map (identity shortcut) or downsampling it
 * (projection shortcut), as the first blocks of torchvision's ResNets have them:
 * <ul>
 *   <li>basic, identity: ResNet-18's layer1.0 on 64x56x56; basic, downsampling: layer2.0, 64x56x56 to 128x28x28;</li>
 *   <li>bottleneck, identity: ResNet-50's layer1.1 on 256x56x56; bottleneck, downsampling: layer2.0, 256x56x56 to
 *       512x28x28.</li>
 * </ul>
 * The layer tables of torchvision's ResNet-18, -34 and -50. And the gradient through N blocks with a local derivative dF/dx = a, from {@link ResidualGradient}: a^N without
 * shortcuts, (1 + a)^N with them.
 */
public final class ResNetViewModel {

    /** Most blocks the gradient chart goes through: ResNet-152 has 50. */
    public static final int MAX_BLOCKS = 50;

    /** The block drawn: its input, main path F, shortcut (empty for the identity), output and costs. */
    public record Block(String input, List<BlockStep> main, List<BlockStep> shortcut, String output,
                        long mainParameters, long shortcutParameters, long parameters, long macs) {

        public Block {
            main = List.copyOf(main);
            shortcut = List.copyOf(shortcut);
        }

        /** Whether x is projected to F(x)'s shape rather than added as it is. */
        public boolean projection() {
            return !shortcut.isEmpty();
        }
    }

    /** The gradient reaching the input of a network of {@code blocks} blocks, without and with shortcuts. */
    public record Gradient(int blocks, double plain, double residual) {
    }

    private final BooleanProperty bottleneck = new SimpleBooleanProperty(this, "bottleneck", false);
    private final BooleanProperty downsampling = new SimpleBooleanProperty(this, "downsampling", false);
    private final ReadOnlyObjectWrapper<Block> block = new ReadOnlyObjectWrapper<>(this, "block");
    private final IntegerProperty blocks = new SimpleIntegerProperty(this, "blocks", 20);
    private final DoubleProperty blockDerivative = new SimpleDoubleProperty(this, "blockDerivative", 0.1);
    private final ObservableList<Gradient> gradients = FXCollections.observableArrayList();
    private final ObservableList<Gradient> gradientsView = FXCollections.unmodifiableObservableList(gradients);
    private final NetworkTableViewModel tables = new NetworkTableViewModel(List.of("resnet18", "resnet34", "resnet50"));

    public ResNetViewModel() {
        bottleneck.addListener(obs -> rebuildBlock());
        downsampling.addListener(obs -> rebuildBlock());
        blocks.addListener(obs -> recomputeGradients());
        blockDerivative.addListener(obs -> recomputeGradients());
        rebuildBlock();
        recomputeGradients();
    }

    private void rebuildBlock() {
        ResidualBlock.Kind kind = bottleneck.get() ? ResidualBlock.Kind.BOTTLENECK : ResidualBlock.Kind.BASIC;
        Shape input = new Shape(64 * kind.expansion(), 56, 56);
        ResidualBlock residual = downsampling.get() ? new ResidualBlock(kind, 128, 2) : new ResidualBlock(kind, 64, 1);
        JunctionCount count = residual.count(input);
        block.set(new Block(input.toString(), BlockStep.of(count.paths().get(0)),
                BlockStep.of(count.paths().get(1)), count.output().toString(), count.parameters(0),
                count.parameters(1), count.parameters(), count.macs()));
    }

    private void recomputeGradients() {
        int n = Math.max(1, Math.min(MAX_BLOCKS, blocks.get()));
        ResidualGradient gradient = new ResidualGradient(blockDerivative.get());
        List<Gradient> rows = new ArrayList<>(n);
        for (int b = 1; b <= n; b++) {
            rows.add(new Gradient(b, gradient.plain(b), gradient.residual(b)));
        }
        gradients.setAll(rows);
    }

    public ReadOnlyObjectProperty<Block> blockProperty() {
        return block.getReadOnlyProperty();
    }

    public Block getBlock() {
        return block.get();
    }

    /** On: the bottleneck block (1x1, 3x3, 1x1); off: the basic block (3x3, 3x3). */
    public BooleanProperty bottleneckProperty() {
        return bottleneck;
    }

    /** On: the block halves the map and doubles the width, so the shortcut needs a projection. */
    public BooleanProperty downsamplingProperty() {
        return downsampling;
    }

    /** How many blocks the gradient goes through, 1 to {@value #MAX_BLOCKS}. */
    public IntegerProperty blocksProperty() {
        return blocks;
    }

    /** The local derivative dF/dx of every block's residual function. */
    public DoubleProperty blockDerivativeProperty() {
        return blockDerivative;
    }

    /** The gradient through 1, 2, ..., N blocks, without and with shortcuts; read-only. */
    public ObservableList<Gradient> getGradients() {
        return gradientsView;
    }

    /** The layer tables of ResNet-18, ResNet-34 and ResNet-50. */
    public NetworkTableViewModel tables() {
        return tables;
    }

    /** The gradient through all N blocks. */
    public Gradient deepest() {
        return gradients.get(gradients.size() - 1);
    }
}

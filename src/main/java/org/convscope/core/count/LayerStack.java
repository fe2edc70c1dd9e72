package org.convscope.core.count;

import org.convscope.core.Refusal;
import org.convscope.core.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks layers from an input shape and keeps one {@link LayerCount} row per layer, with totals.
 * A chain is built with {@link #then}; a branching network applies layers to the shapes of its branches with
 * {@link #apply} (each branch from the shape it starts at, then a {@link Layer.Concat} or {@link Layer.Add} of the
 * branch outputs), and every layer applied is counted once, in the order applied.
 * Not thread-safe: one walker per network.
 */
public final class LayerStack {

    private final Shape input;
    private final List<LayerCount> rows = new ArrayList<>();
    private Shape output;

    public LayerStack(Shape input) {
        if (input == null) {
            throw Refusal.of("count.noInput");
        }
        this.input = input;
        this.output = input;
    }

    /** A chain of layers applied in order from the input shape. */
    public static LayerStack of(Shape input, List<? extends Layer> layers) {
        LayerStack stack = new LayerStack(input);
        layers.forEach(stack::then);
        return stack;
    }

    /** Applies a one-input layer to the latest output and returns its output shape. */
    public Shape then(Layer layer) {
        return apply(layer, output);
    }

    /**
     * Applies a layer to explicit input shapes (the start of a branch, or the outputs to concatenate or add),
     * records its row and makes its output the latest one.
     *
     * @throws IllegalArgumentException naming the layer by its number and description when the shapes do not suit it
     */
    public Shape apply(Layer layer, Shape... inputs) {
        if (layer == null) {
            throw Refusal.of("count.noLayer", rows.size() + 1);
        }
        LayerCount row;
        try {
            row = layer.count(Arrays.asList(inputs));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new Refusal(Sentence.of("count.layerRefused", rows.size() + 1, layer, Arrays.toString(inputs),
                    Sentence.from(e)), e);
        }
        rows.add(row);
        output = row.output();
        return output;
    }

    public Shape input() {
        return input;
    }

    /** The output of the layer applied last, or the input before any layer. */
    public Shape output() {
        return output;
    }

    /** One row per layer applied, in order; a read-only copy. */
    public List<LayerCount> rows() {
        return List.copyOf(rows);
    }

    /** Sum of the weights of every layer. */
    public long weights() {
        return rows.stream().mapToLong(LayerCount::weights).reduce(0, Math::addExact);
    }

    /** Sum of the biases of every layer. */
    public long biases() {
        return rows.stream().mapToLong(LayerCount::biases).reduce(0, Math::addExact);
    }

    /** Learned parameters of the whole network: weights + biases. */
    public long parameters() {
        return Math.addExact(weights(), biases());
    }

    /** Multiply-accumulates of the whole network for one input. */
    public long macs() {
        return rows.stream().mapToLong(LayerCount::macs).reduce(0, Math::addExact);
    }
}

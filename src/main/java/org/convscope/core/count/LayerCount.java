package org.convscope.core.count;

import java.util.List;

/**
 * What one layer costs and produces: its learned weights and biases, its multiply-accumulates (one multiply and
 * one add, so FLOPs are about twice the MACs) and the shape it outputs for the given input shapes.
 */
public record LayerCount(Layer layer, List<Shape> inputs, Shape output, long weights, long biases, long macs) {

    public LayerCount {
        if (layer == null || inputs == null || inputs.isEmpty() || output == null) {
            throw new IllegalArgumentException("a layer count needs its layer, input shapes and output shape");
        }
        if (weights < 0 || biases < 0 || macs < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + weights + " weights, "
                    + biases + " biases, " + macs + " MACs");
        }
        inputs = List.copyOf(inputs);
    }

    /** Learned parameters: weights + biases. */
    public long parameters() {
        return weights + biases;
    }
}

package org.convscope.viewmodel.arch;

import java.util.List;

import org.convscope.core.count.Layer;
import org.convscope.core.count.LayerStack;
import org.convscope.core.count.Shape;

/**
 * What a block of layers costs on one input, as the core's layer counters give it.
 *
 * @param output  the output shape, "CxHxW"
 * @param depth   layers with weights (the convolutions and dense layers): what "deeper" counts
 * @param weights learned weights, biases left out
 * @param biases  learned biases
 * @param macs    multiply-accumulates for one input
 */
public record BlockCost(String output, int depth, long weights, long biases, long macs) {

    /** Walks {@code layers} from {@code input} with a {@link LayerStack}. */
    static BlockCost of(Shape input, List<? extends Layer> layers) {
        LayerStack stack = LayerStack.of(input, layers);
        int depth = (int) stack.rows().stream().filter(r -> r.weights() > 0).count();
        return new BlockCost(stack.output().toString(), depth, stack.weights(), stack.biases(), stack.macs());
    }

    /** Weights + biases. */
    public long parameters() {
        return weights + biases;
    }
}

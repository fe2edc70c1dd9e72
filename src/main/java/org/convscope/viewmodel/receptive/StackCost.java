package org.convscope.viewmodel.receptive;

import java.util.List;

/**
 * A stack's ledger for C channels, from the core's counters: one row per layer and the totals. The weights are
 * {@code weightsPerChannelSquared} C^2 (25C^2 for one 5x5).
 */
public record StackCost(int channels, List<LayerCost> layers, long weights, long biases, long parameters, long macs,
                        int nonLinearities, long weightsPerChannelSquared) {

    /** What one layer costs; poolings cost nothing. */
    public record LayerCost(String layer, long weights, long biases, long macs) {
    }

    public StackCost {
        layers = List.copyOf(layers);
    }
}

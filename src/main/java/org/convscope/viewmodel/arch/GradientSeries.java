package org.convscope.viewmodel.arch;

import java.util.List;

/**
 * The gradient that survives back to each layer of a stack of one activation.
 *
 * @param key        the activation's message key: "relu", "leaky", "sigmoid", "tanh"
 * @param derivative the factor each layer's activation contributes, f'(z) or E[f'(z)]
 * @param perLayer   the gradient reaching layer 1, 2, ..., N: {@code derivative^(N - i + 1)}
 */
public record GradientSeries(String key, double derivative, List<Double> perLayer) {

    public GradientSeries {
        perLayer = List.copyOf(perLayer);
    }

    /** What reaches the first layer, the one furthest from the loss. */
    public double atFirstLayer() {
        return perLayer.get(0);
    }
}

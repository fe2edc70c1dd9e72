package org.convscope.viewmodel.arch;

import java.util.List;

/**
 * An activation sampled for plotting: f(z) and f'(z) at evenly spaced pre-activations z.
 *
 * @param key the activation's message key: "relu", "leaky", "sigmoid", "tanh"
 */
public record ActivationCurve(String key, List<Point> points) {

    public ActivationCurve {
        points = List.copyOf(points);
    }

    /** One sample: the pre-activation z, f(z) and f'(z). */
    public record Point(double z, double value, double derivative) {
    }
}

package org.convscope.core;

import java.util.Arrays;

/**
 * How much of a gradient survives the way back through a stack of activations. By the chain rule, the gradient
 * that reaches layer i of an N-layer stack has been multiplied by the derivative of every activation from layer i
 * to layer N:
 * <pre>
 *   g_i = f'(z_i) f'(z_(i+1)) ... f'(z_N)
 * </pre>
 * Only the activations' factors are counted here; the weights' factors are what an initialisation scheme sets to
 * keep the product near 1 (He et al. 2015 double the weight variance of a ReLU network for the half of the units
 * that pass nothing back).
 */
public final class GradientFlow {

    /** Standard-normal pre-activations are integrated over [-LIMIT, LIMIT]; the tails beyond hold below 1e-30. */
    private static final double LIMIT = 12;
    /** Midpoint-rule intervals on each half: an error of order h^2 = 1e-6 for the smooth activations. */
    private static final int INTERVALS = 12_000;
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private GradientFlow() {
    }

    /**
     * The gradient reaching each layer, {@code g_i = d_i d_(i+1) ... d_N}, for the derivatives {@code d} of the
     * layers' activations in order from the first layer; {@code g[0]} reaches the first layer, {@code g[N-1]}
     * the last.
     */
    public static double[] survivingGradient(double[] derivatives) {
        double[] g = new double[derivatives.length];
        double product = 1;
        for (int i = derivatives.length - 1; i >= 0; i--) {
            product *= derivatives[i];
            g[i] = product;
        }
        return g;
    }

    /**
     * The gradient reaching each of {@code depth} layers when every activation contributes the same factor
     * {@code d}: {@code g_i = d^(depth - i + 1)} for layer i from 1.
     *
     * @throws IllegalArgumentException when the depth is below 1
     */
    public static double[] survivingGradient(double derivative, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("a stack has at least 1 layer, not " + depth);
        }
        double[] derivatives = new double[depth];
        Arrays.fill(derivatives, derivative);
        return survivingGradient(derivatives);
    }

    /**
     * The derivative of {@code f} averaged over standard-normal pre-activations,
     * <pre>
     *   E[f'(z)] = integral of f'(z) phi(z) dz,   phi(z) = exp(-z^2 / 2) / sqrt(2 pi)
     * </pre>
     * by the midpoint rule on [-12, 0] and [0, 12]: it never evaluates f' at 0, where ReLU's derivative jumps, so
     * ReLU gives 1/2 and a leaky ReLU of slope a gives (1 + a) / 2 to within 1e-9.
     */
    public static double expectedDerivative(Activation f) {
        double h = LIMIT / INTERVALS;
        double sum = 0;
        for (int i = 0; i < INTERVALS; i++) {
            double z = (i + 0.5) * h;
            double phi = INV_SQRT_2PI * Math.exp(-z * z / 2);
            sum += (f.derivative(z) + f.derivative(-z)) * phi;
        }
        return sum * h;
    }
}

package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class GradientFlowTest {

    /** Brute force: each layer's gradient as its own product over the layers after it. */
    @Test
    void eachLayerGetsTheProductOfTheDerivativesFromItToTheLast() {
        double[] d = {0.25, 1, 0.5, 0.2, 0.8};
        double[] g = GradientFlow.survivingGradient(d);
        for (int i = 0; i < d.length; i++) {
            double product = 1;
            for (int l = i; l < d.length; l++) {
                product *= d[l];
            }
            assertEquals(product, g[i], 1e-15, "layer " + (i + 1));
        }
    }

    /** Sigmoid's best case, f'(0) = 1/4, through 10 layers: the first layer gets 4^-10 = 1 / 1,048,576. */
    @Test
    void equalFactorsGivePowers() {
        double[] g = GradientFlow.survivingGradient(0.25, 10);
        assertEquals(1.0 / 1_048_576, g[0], 1e-20);
        assertEquals(0.25, g[9]);
        assertArrayEquals(new double[] {1, 1, 1}, GradientFlow.survivingGradient(1, 3));
        assertThrows(IllegalArgumentException.class, () -> GradientFlow.survivingGradient(0.5, 0));
    }

    /** ReLU's derivative is 1 on the half of the normal distribution above 0: exactly 1/2; leaky adds a/2. */
    @Test
    void reluPassesHalfOnAverageAndLeakyReluASliverMore() {
        assertEquals(0.5, GradientFlow.expectedDerivative(Activation.relu()), 1e-9);
        assertEquals(0.505, GradientFlow.expectedDerivative(Activation.leakyRelu(0.01)), 1e-9);
    }

    /**
     * Sigmoid and tanh against a seeded Monte Carlo average of f'(z) over 2,000,000 standard-normal draws. Both
     * derivatives lie in [0, 1], so the standard error is below 0.5 / sqrt(2e6) = 3.5e-4; 2e-3 is over 5 of them.
     */
    @Test
    void sigmoidAndTanhAgreeWithMonteCarlo() {
        for (Activation f : new Activation[] {Activation.sigmoid(), Activation.tanh()}) {
            Random random = new Random(6);
            double sum = 0;
            int n = 2_000_000;
            for (int i = 0; i < n; i++) {
                sum += f.derivative(random.nextGaussian());
            }
            assertEquals(sum / n, GradientFlow.expectedDerivative(f), 2e-3, f.label());
        }
        // Sigmoid's derivative never exceeds its value at 0, 1/4; the average is lower still.
        double sigmoid = GradientFlow.expectedDerivative(Activation.sigmoid());
        assertTrue(sigmoid < 0.25 && sigmoid > 0.2, "E[sigmoid'(z)] = " + sigmoid);
    }
}

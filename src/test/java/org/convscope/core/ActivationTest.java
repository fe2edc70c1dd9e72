package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void valuesInClosedForm() {
        assertEquals(0, Activation.relu().value(-2));
        assertEquals(3, Activation.relu().value(3));
        assertEquals(-0.2, Activation.leakyRelu(0.1).value(-2), 1e-15);
        assertEquals(0.5, Activation.sigmoid().value(0));
        assertEquals(1 / (1 + Math.E), Activation.sigmoid().value(-1), 1e-15);
        assertEquals(0, Activation.sigmoid().value(-1000));
        assertEquals((Math.E * Math.E - 1) / (Math.E * Math.E + 1), Activation.tanh().value(1), 1e-15);
    }

    /** Each derivative agrees with a central difference of the value away from ReLU's kink. */
    @Test
    void derivativesMatchCentralDifferences() {
        double h = 1e-6;
        for (Activation f : List.of(Activation.relu(), Activation.leakyRelu(0.01), Activation.sigmoid(),
                Activation.tanh())) {
            for (double x : new double[] {-3, -0.5, 0.25, 2}) {
                double numeric = (f.value(x + h) - f.value(x - h)) / (2 * h);
                assertEquals(numeric, f.derivative(x), 1e-8, f.label() + " at " + x);
            }
        }
        assertEquals(0, Activation.relu().derivative(0), "ReLU'(0) is taken as 0, as PyTorch does");
    }

    @Test
    void appliesElementWiseWithoutTouchingTheInput() {
        Tensor t = new Tensor(1, 1, 3, new float[] {-1, 0, 2});
        assertArrayEquals(new float[] {0, 0, 2}, Activation.relu().apply(t).data());
        assertArrayEquals(new float[] {-1, 0, 2}, t.data());
    }
}

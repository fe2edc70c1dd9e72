package org.convscope.viewmodel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.convscope.viewmodel.arch.ReluViewModel.PreActivation;
import org.junit.jupiter.api.Test;

class ReluViewModelTest {

    @Test
    void curvesSampleEachActivationAndItsDerivative() {
        ReluViewModel model = new ReluViewModel();
        assertEquals(List.of("relu", "leaky", "sigmoid", "tanh"), model.activationKeys());
        ActivationCurve sigmoid = model.curves().get(2);
        ActivationCurve.Point middle = sigmoid.points().get(sigmoid.points().size() / 2);
        assertEquals(0, middle.z(), 1e-12);
        assertEquals(0.5, middle.value(), 1e-12);
        assertEquals(0.25, middle.derivative(), 1e-12);
        ActivationCurve relu = model.curves().get(0);
        assertEquals(0, relu.points().get(0).derivative());
        assertEquals(5, relu.points().get(relu.points().size() - 1).value(), 1e-12);
    }

    /**
     * At z = 1 for every layer: ReLU passes 1; sigmoid's derivative is s(1)(1 - s(1)) with s(1) = 1 / (1 + e^-1);
     * tanh's is 1 - tanh(1)^2. Layer i of N gets the derivative to the power N - i + 1.
     */
    @Test
    void aFixedPreActivationGivesPowersOfEachDerivative() {
        ReluViewModel model = new ReluViewModel();
        model.setPreActivation(PreActivation.FIXED);
        model.setZ(1);
        model.setDepth(20);
        List<GradientSeries> series = model.gradientsProperty().get();
        double s = 1 / (1 + Math.exp(-1));
        double sigmoid = s * (1 - s);
        double tanh = 1 - Math.tanh(1) * Math.tanh(1);
        assertEquals(20, series.get(0).perLayer().size());
        for (int layer = 1; layer <= 20; layer++) {
            int factors = 20 - layer + 1;
            assertEquals(1, series.get(0).perLayer().get(layer - 1));
            assertEquals(Math.pow(sigmoid, factors), series.get(2).perLayer().get(layer - 1),
                    1e-12 * Math.pow(sigmoid, factors));
            assertEquals(Math.pow(tanh, factors), series.get(3).perLayer().get(layer - 1),
                    1e-12 * Math.pow(tanh, factors));
        }
    }

    /** Standard-normal pre-activations: ReLU halves on average (0.5^N), sigmoid shrinks far faster. */
    @Test
    void standardNormalPreActivationsUseTheExpectedDerivative() {
        ReluViewModel model = new ReluViewModel();
        model.setDepth(10);
        List<GradientSeries> series = model.gradientsProperty().get();
        assertEquals(0.5, series.get(0).derivative(), 1e-9);
        assertEquals(Math.pow(0.5, 10), series.get(0).atFirstLayer(), 1e-12);
        assertEquals(0.505, series.get(1).derivative(), 1e-9);
        assertTrue(series.get(2).atFirstLayer() < 1e-6, "sigmoid: " + series.get(2).atFirstLayer());
        assertTrue(series.get(3).atFirstLayer() > series.get(2).atFirstLayer());
    }

    @Test
    void depthAndZAreChecked() {
        ReluViewModel model = new ReluViewModel();
        assertThrows(IllegalArgumentException.class, () -> model.setDepth(0));
        assertThrows(IllegalArgumentException.class, () -> model.setDepth(51));
        assertThrows(IllegalArgumentException.class, () -> model.setZ(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> model.setZ(6));
    }
}

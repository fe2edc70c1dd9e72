package org.convscope.viewmodel.arch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.convscope.core.Activation;
import org.convscope.core.GradientFlow;

/**
 * The ReLU topic: ReLU, leaky ReLU, sigmoid and tanh with their derivatives, and the gradient that survives back
 * through N layers of each, the product of N derivatives (the weights' factors left out). Which pre-activations
 * the derivatives are taken at is a choice: one value z at every layer, or the average over standard-normal z,
 * E[f'(z)], which the core integrates.
 *
 * <p>Starts at depth 10 with standard-normal pre-activations.
 */
public final class ReluViewModel {

    /** Deepest stack offered: deeper than any network before ResNet. */
    public static final int MAX_DEPTH = 50;
    /** The pre-activations plotted and offered for z: where the curves do all their bending. */
    public static final double Z_RANGE = 5;
    /** Samples of each curve on [-Z_RANGE, Z_RANGE]. */
    private static final int SAMPLES = 201;

    /** Which pre-activations the derivatives are taken at. */
    public enum PreActivation {
        /** The same z at every layer, chosen with a slider. */
        FIXED,
        /** z drawn from a standard normal at every unit: the expected derivative E[f'(z)]. */
        STANDARD_NORMAL
    }

    /** The activations compared, by message key; leaky ReLU with PyTorch's default slope 0.01. */
    private static final Map<String, Activation> ACTIVATIONS = new LinkedHashMap<>();

    static {
        ACTIVATIONS.put("relu", Activation.relu());
        ACTIVATIONS.put("leaky", Activation.leakyRelu(0.01));
        ACTIVATIONS.put("sigmoid", Activation.sigmoid());
        ACTIVATIONS.put("tanh", Activation.tanh());
    }

    private final ReadOnlyIntegerWrapper depth = new ReadOnlyIntegerWrapper(this, "depth", 10);
    private final ReadOnlyObjectWrapper<PreActivation> preActivation =
            new ReadOnlyObjectWrapper<>(this, "preActivation", PreActivation.STANDARD_NORMAL);
    private final ReadOnlyDoubleWrapper z = new ReadOnlyDoubleWrapper(this, "z", 1);
    private final ReadOnlyObjectWrapper<List<GradientSeries>> gradients =
            new ReadOnlyObjectWrapper<>(this, "gradients", List.of());
    private final List<ActivationCurve> curves;
    private final Map<String, Double> expected = new LinkedHashMap<>();

    public ReluViewModel() {
        List<ActivationCurve> sampled = new ArrayList<>();
        ACTIVATIONS.forEach((key, f) -> {
            List<ActivationCurve.Point> points = new ArrayList<>(SAMPLES);
            for (int i = 0; i < SAMPLES; i++) {
                double at = -Z_RANGE + 2 * Z_RANGE * i / (SAMPLES - 1);
                points.add(new ActivationCurve.Point(at, f.value(at), f.derivative(at)));
            }
            sampled.add(new ActivationCurve(key, points));
            expected.put(key, GradientFlow.expectedDerivative(f));
        });
        curves = List.copyOf(sampled);
        update();
    }

    /** The activations' message keys, in the order of the curves and bars: relu, leaky, sigmoid, tanh. */
    public List<String> activationKeys() {
        return List.copyOf(ACTIVATIONS.keySet());
    }

    /** f and f' of each activation on [-5, 5]. */
    public List<ActivationCurve> curves() {
        return curves;
    }

    /** N, the number of layers the gradient flows back through. */
    public ReadOnlyIntegerProperty depthProperty() {
        return depth.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PreActivation> preActivationProperty() {
        return preActivation.getReadOnlyProperty();
    }

    /** The pre-activation z of every layer, used when {@link PreActivation#FIXED}. */
    public ReadOnlyDoubleProperty zProperty() {
        return z.getReadOnlyProperty();
    }

    /** Per activation, the gradient reaching each layer; replaced whenever depth, mode or z change. */
    public ReadOnlyObjectProperty<List<GradientSeries>> gradientsProperty() {
        return gradients.getReadOnlyProperty();
    }

    public void setDepth(int value) {
        if (value < 1 || value > MAX_DEPTH) {
            throw new IllegalArgumentException("the depth must be between 1 and " + MAX_DEPTH + ", not " + value);
        }
        depth.set(value);
        update();
    }

    public void setPreActivation(PreActivation value) {
        if (value == null) {
            throw new IllegalArgumentException("choose which pre-activations the derivatives are taken at");
        }
        preActivation.set(value);
        update();
    }

    public void setZ(double value) {
        if (!(Math.abs(value) <= Z_RANGE)) {
            throw new IllegalArgumentException("z must be between -" + Z_RANGE + " and " + Z_RANGE + ", not " + value);
        }
        z.set(value);
        update();
    }

    private void update() {
        List<GradientSeries> series = new ArrayList<>();
        ACTIVATIONS.forEach((key, f) -> {
            double d = preActivation.get() == PreActivation.FIXED ? f.derivative(z.get()) : expected.get(key);
            List<Double> perLayer = new ArrayList<>();
            for (double g : GradientFlow.survivingGradient(d, depth.get())) {
                perLayer.add(g);
            }
            series.add(new GradientSeries(key, d, perLayer));
        });
        gradients.set(List.copyOf(series));
    }
}

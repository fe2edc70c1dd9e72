package org.convscope.core;

/**
 * An element-wise nonlinearity applied after a convolution, with its derivative (what backpropagation multiplies by).
 */
public sealed interface Activation {

    /** f(x). */
    double value(double x);

    /** f'(x). */
    double derivative(double x);

    /** A short name for labels, for example "leaky ReLU (0.01)". */
    String label();

    /** A new tensor with f applied to every element; {@code input} is not modified. */
    default Tensor apply(Tensor input) {
        float[] in = input.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) value(in[i]);
        }
        return new Tensor(input.channels(), input.height(), input.width(), out);
    }

    /** {@code max(0, x)}; derivative 1 for x &gt; 0 and 0 otherwise (0 at x = 0, as PyTorch takes it). */
    static Activation relu() {
        return new LeakyRelu(0);
    }

    /** {@code x} for x &gt; 0, {@code slope x} otherwise; derivative 1 or {@code slope} (slope at x = 0). */
    static Activation leakyRelu(double slope) {
        return new LeakyRelu(slope);
    }

    /** {@code 1 / (1 + e^-x)}; derivative {@code s(x) (1 - s(x))}. */
    static Activation sigmoid() {
        return new Sigmoid();
    }

    /** {@code tanh x}; derivative {@code 1 - tanh^2 x}. */
    static Activation tanh() {
        return new Tanh();
    }

    /** ReLU when slope is 0, leaky ReLU otherwise; slope 0.01 is PyTorch's default. */
    record LeakyRelu(double slope) implements Activation {
        public LeakyRelu {
            if (!(slope >= 0 && slope < 1)) {
                throw Refusal.of("activation.leakySlope", slope);
            }
        }

        @Override
        public double value(double x) {
            if (x > 0) {
                return x;
            }
            // plain ReLU gives 0, not slope * x = -0.0, which would show as "-0" in the UI
            return slope == 0 ? 0 : slope * x;
        }

        @Override
        public double derivative(double x) {
            return x > 0 ? 1 : slope;
        }

        @Override
        public String label() {
            return slope == 0 ? "ReLU" : "leaky ReLU (" + slope + ")";
        }
    }

    /** The logistic sigmoid. */
    record Sigmoid() implements Activation {
        @Override
        public double value(double x) {
            // e^-x overflows to infinity for x < -709, which still gives the right limit 0.
            return 1 / (1 + Math.exp(-x));
        }

        @Override
        public double derivative(double x) {
            double s = value(x);
            return s * (1 - s);
        }

        @Override
        public String label() {
            return "sigmoid";
        }
    }

    /** The hyperbolic tangent. */
    record Tanh() implements Activation {
        @Override
        public double value(double x) {
            return Math.tanh(x);
        }

        @Override
        public double derivative(double x) {
            double t = Math.tanh(x);
            return 1 - t * t;
        }

        @Override
        public String label() {
            return "tanh";
        }
    }
}

package org.convscope.core;

import java.util.Objects;

/**
 * Applies an {@link Activation} to every value of each band on its way to another sink, so a nonlinearity costs
 * no second pass over a large output and no second copy of it: {@code band[i] = f(band[i])}, then {@code next}.
 */
public final class ActivationSink implements OutputSink {

    private final Activation activation;
    private final OutputSink next;

    public ActivationSink(Activation activation, OutputSink next) {
        this.activation = Objects.requireNonNull(activation, "activation");
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public void begin(int channels, int height, int width) {
        next.begin(channels, height, width);
    }

    /** Changes {@code band} in place (the engine's buffer, which it rewrites for the next band anyway). */
    @Override
    public void accept(int y0, int rows, float[] band) {
        for (int i = 0; i < band.length; i++) {
            band[i] = (float) activation.value(band[i]);
        }
        next.accept(y0, rows, band);
    }
}

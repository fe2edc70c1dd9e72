package org.convscope.core;

/**
 * The convolution engine chosen at start-up, whether it runs on native BLAS, and why, in a sentence the UI and the
 * CLI show as they are (for example why the pure-Java fallback runs).
 */
public record EngineChoice(ConvEngine engine, boolean nativeBlas, String reason) {

    public EngineChoice {
        if (engine == null) {
            throw new IllegalArgumentException("an engine choice needs an engine");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an engine choice needs a reason to show the user");
        }
    }
}

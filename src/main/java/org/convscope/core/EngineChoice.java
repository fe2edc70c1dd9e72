package org.convscope.core;

/**
 * The convolution engine chosen at start-up, whether it runs on native BLAS, and why, in a sentence the UI shows in
 * its language and the CLI in English (for example why the pure-Java fallback runs).
 */
public record EngineChoice(ConvEngine engine, boolean nativeBlas, Sentence why) {

    public EngineChoice {
        if (engine == null) {
            throw new IllegalArgumentException("an engine choice needs an engine");
        }
        if (why == null || why.english().isBlank()) {
            throw new IllegalArgumentException("an engine choice needs a reason to show the user");
        }
    }

    /** A choice whose reason has no sentence of its own: it reads the same in every language. */
    public EngineChoice(ConvEngine engine, boolean nativeBlas, String reason) {
        this(engine, nativeBlas, Sentence.of("plain", reason == null ? "" : reason));
    }

    /** Why this engine runs, in English (the CLI's note and the log). */
    public String reason() {
        return why.english();
    }
}

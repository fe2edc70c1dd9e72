package org.convscope.viewmodel.lab;

import java.util.Objects;
import java.util.function.Supplier;
import org.convscope.core.EngineChoice;
import org.convscope.core.Im2colConv;
import org.convscope.core.JavaGemm;
import org.convscope.core.Sentence;
import org.convscope.core.blas.ConvEngines;
import org.convscope.viewmodel.Sentences;

/**
 * The convolution engine the lab runs on, with what the status bar says about it: native BLAS or the pure-Java
 * fallback, and why.
 */
public final class LabEngine {

    private final Supplier<EngineChoice> source;
    private EngineChoice choice;

    private LabEngine(Supplier<EngineChoice> source) {
        this.source = source;
    }

    private LabEngine(EngineChoice choice) {
        this(() -> choice);
        this.choice = Objects.requireNonNull(choice, "choice");
    }

    /**
     * The best engine on this machine, chosen when first used: the native probe loads a library, so it runs on
     * the lab's first background run rather than on the JavaFX thread that builds the view.
     */
    public static LabEngine best() {
        return new LabEngine(ConvEngines::best);
    }

    /** The pure-Java im2col engine, the same on every machine: for tests. */
    public static LabEngine javaEngine() {
        return new LabEngine(new EngineChoice(new Im2colConv(new JavaGemm(), Im2colConv.DEFAULT_SCRATCH_BYTES),
                false, Sentence.of("engine.javaChosen")));
    }

    /** A given engine choice. */
    public static LabEngine of(EngineChoice choice) {
        return new LabEngine(choice);
    }

    /** The core's choice: engine, whether native, why. */
    public synchronized EngineChoice choice() {
        if (choice == null) {
            choice = Objects.requireNonNull(source.get(), "engine choice");
        }
        return choice;
    }

    /** The engine's name, e.g. "im2col + native BLAS". */
    public String name() {
        return choice().engine().name();
    }

    /** True when the engine runs on native BLAS. */
    public boolean nativeBlas() {
        return choice().nativeBlas();
    }

    /** Why this engine runs, as a sentence (for example why the pure-Java fallback runs). */
    public String reason() {
        return choice().why().in(Sentences.language());
    }
}

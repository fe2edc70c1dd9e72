package org.convscope.core.blas;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.convscope.core.EngineChoice;
import org.convscope.core.Im2colConv;
import org.convscope.core.JavaGemm;
import org.convscope.core.Sentence;

/**
 * Picks the convolution engine: im2col on native BLAS when the {@link NativeBlasProbe} passes, otherwise im2col on
 * the pure-Java GEMM. The Java engine can be forced with the system property {@value #ENGINE_PROPERTY}{@code =java}
 * or the environment variable {@value #ENGINE_ENV}{@code =java} (the property wins), for example to test the
 * fallback path on a machine that has native BLAS.
 */
public final class ConvEngines {

    /** System property that forces an engine: "java" forces the pure-Java GEMM. */
    public static final String ENGINE_PROPERTY = "convscope.engine";
    /** Environment variable that forces an engine: "java" forces the pure-Java GEMM. */
    public static final String ENGINE_ENV = "CONVSCOPE_ENGINE";

    private static final Logger LOG = Logger.getLogger(ConvEngines.class.getName());

    private ConvEngines() {
    }

    /** The best engine with the default 64 MiB scratch budget. */
    public static EngineChoice best() {
        return best(Im2colConv.DEFAULT_SCRATCH_BYTES);
    }

    /** The best engine with {@code scratchBytes} of scratch memory per call; logs which engine runs and why. */
    public static EngineChoice best(long scratchBytes) {
        String forced = forcedEngine();
        EngineChoice choice = choose(scratchBytes, forced, "java".equals(forced) ? null : NativeBlasProbe.result());
        // a machine that should have native BLAS but runs the slow engine deserves a warning in the log
        Level level = choice.nativeBlas() || forced != null ? Level.INFO : Level.WARNING;
        LOG.log(level, () -> "convolution engine: " + choice.engine().name() + " - " + choice.reason());
        return choice;
    }

    /** The engine for a forced choice (or null) and the probe's outcome (not needed when the Java engine is forced). */
    static EngineChoice choose(long scratchBytes, String forced, NativeBlasProbe.Result probe) {
        if ("java".equals(forced)) {
            return new EngineChoice(new Im2colConv(new JavaGemm(), scratchBytes), false,
                    Sentence.of("engine.javaAskedFor", ENGINE_PROPERTY, ENGINE_ENV));
        }
        if (probe.available()) {
            return new EngineChoice(new BlasConv(scratchBytes), true, probe.why());
        }
        return new EngineChoice(new Im2colConv(new JavaGemm(), scratchBytes), false,
                Sentence.of("engine.fallback", probe.why()));
    }

    /** "java" when the Java engine is forced, otherwise null. */
    static String forcedEngine() {
        String value = System.getProperty(ENGINE_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENGINE_ENV);
        }
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }
}

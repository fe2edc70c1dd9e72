package org.convscope.core.blas;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.convscope.core.Sentence;

/**
 * Decides once whether native BLAS works here. jblas only logs a library that fails to load (on Linux its bundled
 * library needs the system libgfortran.so.5) and the first BLAS call then throws, so the probe makes one tiny sgemm
 * and checks it against the answer worked out by hand.
 */
public final class NativeBlasProbe {

    /** The outcome: whether native BLAS gave the right answer, and a sentence saying what happened. */
    public record Result(boolean available, Sentence why) {

        /** An outcome told in words that read the same in every language. */
        public Result(boolean available, String reason) {
            this(available, Sentence.of("plain", reason));
        }

        /** What happened, in English (the log and the CLI). */
        public String reason() {
            return why.english();
        }
    }

    private static final Logger LOG = Logger.getLogger(NativeBlasProbe.class.getName());

    private static final class Once {
        static final Result RESULT = run();
    }

    private NativeBlasProbe() {
    }

    /** The probe's outcome; the probe runs on the first call only. */
    public static Result result() {
        return Once.RESULT;
    }

    /**
     * [[1 2 3] [4 5 6]] (2x3) times [[7 8] [9 10] [11 12]] (3x2) is [[58 64] [139 154]]: non-square, so a transposed
     * or mis-strided call gives a different answer.
     */
    private static Result run() {
        float[] a = {1, 2, 3, 4, 5, 6};
        float[] b = {7, 8, 9, 10, 11, 12};
        float[] expected = {58, 64, 139, 154};
        float[] c = new float[4];
        // jblas announces every temporary file it unpacks and deletes; only its warnings and errors concern a user.
        org.jblas.util.Logger.getLogger().setLevel(org.jblas.util.Logger.WARNING);
        try {
            new NativeGemm().multiply(2, 2, 3, a, b, c);
        } catch (Throwable t) {
            // jblas signals a missing native library with UnsatisfiedLinkError or NoClassDefFoundError: any failure
            // means the same to the user, the Java engine runs instead.
            LOG.log(Level.WARNING, "native BLAS self-test failed", t);
            return new Result(false, Sentence.of("engine.notLoaded", t.getClass().getSimpleName()));
        }
        if (!Arrays.equals(c, expected)) {
            return new Result(false, Sentence.of("engine.wrongProduct", Arrays.toString(c), Arrays.toString(expected)));
        }
        return new Result(true, Sentence.of("engine.native"));
    }
}

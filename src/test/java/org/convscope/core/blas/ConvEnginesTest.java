package org.convscope.core.blas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.core.EngineChoice;
import org.convscope.core.Im2colConv;
import org.junit.jupiter.api.Test;

class ConvEnginesTest {

    /**
     * With CONVSCOPE_REQUIRE_NATIVE_BLAS=1 (set on machines that must have native BLAS, e.g. CI) a failed probe fails
     * this test; otherwise the choice must agree with the probe and say why.
     */
    @Test
    void theChoiceFollowsTheProbe() {
        NativeBlasProbe.Result probe = NativeBlasProbe.result();
        EngineChoice choice = ConvEngines.choose(Im2colConv.DEFAULT_SCRATCH_BYTES, null, probe);
        if (NativeBlasAssumption.required()) {
            assertTrue(probe.available(), "CONVSCOPE_REQUIRE_NATIVE_BLAS=1 but " + probe.reason());
            assertTrue(choice.nativeBlas(), choice.reason());
        }
        assertEquals(probe.available(), choice.nativeBlas());
        assertEquals(probe.available(), choice.engine() instanceof BlasConv, choice.engine().name());
        assertFalse(choice.reason().isBlank());
    }

    @Test
    void theJavaEngineCanBeForced() {
        EngineChoice choice = ConvEngines.choose(1 << 20, "java", null);
        assertFalse(choice.nativeBlas());
        Im2colConv engine = assertInstanceOf(Im2colConv.class, choice.engine());
        assertEquals("im2col + pure-Java GEMM", engine.name());
        assertEquals(1 << 20, engine.scratchBytes());
        assertTrue(choice.reason().contains("pure-Java engine was asked for"), choice.reason());
    }

    @Test
    void aFailedProbeFallsBackToJavaAndSaysWhy() {
        NativeBlasProbe.Result failed = new NativeBlasProbe.Result(false,
                "native BLAS (jblas) could not be loaded (UnsatisfiedLinkError)");
        EngineChoice choice = ConvEngines.choose(1 << 20, null, failed);
        assertFalse(choice.nativeBlas());
        assertEquals("im2col + pure-Java GEMM", choice.engine().name());
        assertEquals("native BLAS (jblas) could not be loaded (UnsatisfiedLinkError); "
                + "using the pure-Java engine, which is slower", choice.reason());
    }

    @Test
    void theForcingPropertyIsRead() {
        String before = System.getProperty(ConvEngines.ENGINE_PROPERTY);
        try {
            System.setProperty(ConvEngines.ENGINE_PROPERTY, " Java ");
            assertEquals("java", ConvEngines.forcedEngine());
            assertFalse(ConvEngines.best().nativeBlas());
        } finally {
            if (before == null) {
                System.clearProperty(ConvEngines.ENGINE_PROPERTY);
            } else {
                System.setProperty(ConvEngines.ENGINE_PROPERTY, before);
            }
        }
    }
}

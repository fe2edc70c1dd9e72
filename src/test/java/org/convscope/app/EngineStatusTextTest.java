package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.convscope.core.EngineChoice;
import org.convscope.core.ReferenceConv;
import org.convscope.view.I18n;
import org.junit.jupiter.api.Test;

/** What the status bar says about the engine, in both languages. */
class EngineStatusTextTest {

    private static final String REASON = "native BLAS (jblas) could not be loaded (UnsatisfiedLinkError)";

    @Test
    void nativeBlasIsNamed() {
        EngineChoice blas = new EngineChoice(new ReferenceConv(), true, "loaded and passed its self-test");
        assertEquals("im2col + native BLAS (jblas sgemm)", ConvScopeApp.describe(blas, new I18n(Locale.ENGLISH)));
        assertEquals("im2col + 네이티브 BLAS (jblas sgemm)", ConvScopeApp.describe(blas, new I18n(Locale.KOREAN)));
    }

    @Test
    void theFallbackSaysWhy() {
        EngineChoice java = new EngineChoice(new ReferenceConv(), false, REASON);
        assertEquals(REASON, ConvScopeApp.describe(java, new I18n(Locale.ENGLISH)));
        assertEquals("순수 Java 엔진 (더 느림): " + REASON, ConvScopeApp.describe(java, new I18n(Locale.KOREAN)));
    }
}

package org.convscope.core.blas;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Native-BLAS tests run when the probe passes, fail when CONVSCOPE_REQUIRE_NATIVE_BLAS=1 and it does not, else skip. */
final class NativeBlasAssumption {

    private NativeBlasAssumption() {
    }

    static boolean required() {
        return "1".equals(System.getenv("CONVSCOPE_REQUIRE_NATIVE_BLAS"));
    }

    static void assumeNativeBlas() {
        NativeBlasProbe.Result probe = NativeBlasProbe.result();
        if (required()) {
            assertTrue(probe.available(), "CONVSCOPE_REQUIRE_NATIVE_BLAS=1 but " + probe.reason());
        }
        assumeTrue(probe.available(), probe.reason());
    }
}

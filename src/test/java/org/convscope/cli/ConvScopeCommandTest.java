package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConvScopeCommandTest {

    @Test
    void helpAndVersionSucceed() {
        assertEquals(0, ConvScopeCommand.run("--help"));
        assertEquals(0, ConvScopeCommand.run("--version"));
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        assertEquals(2, ConvScopeCommand.run());
        assertEquals(2, ConvScopeCommand.run("convolve-everything"));
    }
}

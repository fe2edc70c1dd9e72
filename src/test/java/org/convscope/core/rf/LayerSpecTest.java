package org.convscope.core.rf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LayerSpecTest {

    @Test
    void parsesTheAlexNetStackOfTheCli() {
        List<LayerSpec> stack = LayerSpec.parseStack("conv11s4,pool3s2,conv5p2,pool3s2,conv3p1");
        assertEquals(List.of(
                new LayerSpec(LayerSpec.Kind.CONV, 11, 4, 0, 1),
                new LayerSpec(LayerSpec.Kind.POOL, 3, 2, 0, 1),
                new LayerSpec(LayerSpec.Kind.CONV, 5, 1, 2, 1),
                new LayerSpec(LayerSpec.Kind.POOL, 3, 2, 0, 1),
                new LayerSpec(LayerSpec.Kind.CONV, 3, 1, 1, 1)), stack);
    }

    @Test
    void acceptsOptionsInAnyOrderWithSpacesAndCapitals() {
        assertEquals(new LayerSpec(LayerSpec.Kind.CONV, 3, 2, 1, 2), LayerSpec.parse("conv3d2p1s2"));
        assertEquals(List.of(LayerSpec.conv(3), LayerSpec.pool(2)), LayerSpec.parseStack(" Conv3 , POOL2 "));
    }

    @Test
    void poolingStridesDefaultToTheKernelSize() {
        assertEquals(2, LayerSpec.parse("pool2").stride());
        assertEquals(1, LayerSpec.parse("conv2").stride());
    }

    @Test
    void writesLayersBackInTheSameSyntax() {
        String stack = "conv11s4,pool3s2,conv5p2,pool2,conv3p1d2";
        assertEquals(stack, String.join(",", LayerSpec.parseStack(stack).stream().map(LayerSpec::toString).toList()));
        assertEquals("pool2s1", LayerSpec.pool(2).withStride(1).toString());
    }

    @Test
    void explainsWhatIsWrongWithALayer() {
        assertEquals("layer 3 'conv' needs a kernel size, e.g. conv3", message("conv3,pool2,conv"));
        assertEquals("layer 2 'fc10' is neither conv<k> nor pool<k>, e.g. conv3 or pool2s2", message("conv3,fc10"));
        assertEquals("layer 2 is empty: write conv<k> or pool<k>, e.g. conv3", message("conv3,,pool2"));
        assertEquals("layer 1 'conv3s' needs a number after 's', e.g. s2", message("conv3s"));
        assertEquals("layer 1 'conv3x2': 'x' is not an option; use s<stride>, p<padding> or d<dilation>, "
                + "e.g. conv3s2p1", message("conv3x2"));
        assertEquals("layer 1 'conv3s2s1' gives the stride twice", message("conv3s2s1"));
        assertEquals("layer 1 'conv0': the kernel size must be between 1 and 1024, not 0", message("conv0"));
        assertEquals("layer 1 'pool2s0': the stride must be between 1 and 1024, not 0", message("pool2s0"));
        assertEquals("layer 1 'conv99999999999': the kernel size 99999999999 is far too large",
                message("conv99999999999"));
        assertEquals("the layer stack is empty: write layers such as conv3,pool2", message("  "));
    }

    private static String message(String stack) {
        return assertThrows(IllegalArgumentException.class, () -> LayerSpec.parseStack(stack)).getMessage();
    }
}

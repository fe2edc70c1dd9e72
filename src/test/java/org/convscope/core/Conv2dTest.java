package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Conv2dTest {

    @Test
    void countsParametersAndOperations() {
        // VGG-16's first layer: 3 -> 64 channels, 3x3: 64 * 27 weights + 64 biases = 1,792 parameters
        // (Simonyan & Zisserman 2015; the figure torchvision's vgg16 prints for features.0).
        Conv2d vgg = Conv2d.of(3, 64, 3).withPadding(Padding.uniform(1));
        assertEquals(1_792, vgg.paramCount(true));
        assertEquals(2L * 224 * 224 * 64 * 27, vgg.flopCount(224, 224));
        // depthwise 3x3 over 32 channels: one 3x3 filter per channel
        assertEquals(288, Conv2d.of(32, 32, 3).withGroups(32).weightCount());
    }

    @Test
    void geometryFollowsTheLayer() {
        ConvGeometry g = Conv2d.of(3, 8, 5).withStride(2).withPadding(new Padding(1, 2, 0, 3)).geometry(20, 17);
        // floor((20 + 3 - 5) / 2) + 1 = 10 rows, floor((17 + 3 - 5) / 2) + 1 = 8 columns
        assertEquals(10, g.outH());
        assertEquals(8, g.outW());
    }

    @Test
    void refusesWhatCannotWorkInPlainWords() {
        assertEquals("4 input and 6 output channels cannot be split into 3 equal groups: the number of groups must "
                        + "divide both channel counts",
                assertThrows(IllegalArgumentException.class, () -> Conv2d.of(4, 6, 3).withGroups(3)).getMessage());
        assertEquals("the stride must be at least 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> Conv2d.of(1, 1, 3).withStride(0)).getMessage());
        assertEquals("the number of output channels must be at least 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> Conv2d.of(1, 0, 3)).getMessage());
        assertEquals("a 9x9 kernel does not fit in a 5x5 input padded by 1 (7x7): use a smaller kernel or dilation, "
                        + "or more padding",
                assertThrows(IllegalArgumentException.class,
                        () -> Conv2d.of(1, 1, 9).withPadding(Padding.uniform(1)).geometry(5, 5)).getMessage());
        assertEquals("the bias needs one value per output channel (2), not 3",
                assertThrows(IllegalArgumentException.class, () -> Conv2d.of(1, 2, 1)
                        .checkOperands(Tensor.zeros(1, 2, 2), new float[2], new float[3])).getMessage());
    }
}

package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The yardstick itself, against results worked out by hand. */
class ReferenceConvTest {

    private static final Tensor RAMP = new Tensor(1, 3, 3, new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9});

    @Test
    void crossCorrelationAndTrueConvolutionDifferByTheFlip() {
        // kernel [[1 0] [0 -1]]: cross-correlation gives a - e per window, convolution (rotated kernel) gives e - a
        float[] kernel = {1, 0, 0, -1};
        Conv2d conv = new Conv2d(1, 1, 2, 2, 1, 1, Padding.NONE, 1, false);
        assertArrayEquals(new float[] {-4, -4, -4, -4}, new ReferenceConv().convolve(RAMP, conv, kernel, null).data());
        assertArrayEquals(new float[] {4, 4, 4, 4},
                new ReferenceConv().convolve(RAMP, conv.withFlip(true), kernel, null).data());
    }

    @Test
    void paddingStrideDilationGroupsAndBias() {
        // a 3x3 box sum with padding 1 and stride 2 reads the four corner windows: 1+2+4+5, 2+3+5+6, ... plus bias 10
        Conv2d box = Conv2d.of(1, 1, 3).withPadding(Padding.uniform(1)).withStride(2);
        float[] ones = {1, 1, 1, 1, 1, 1, 1, 1, 1};
        assertArrayEquals(new float[] {22, 26, 34, 38},
                new ReferenceConv().convolve(RAMP, box, ones, new float[] {10}).data());
        // dilation 2: the 2x2 kernel's taps are the four corners of the 3x3 input: 1 + 3 + 7 + 9
        Conv2d corners = new Conv2d(1, 1, 2, 2, 1, 2, Padding.NONE, 1, false);
        assertArrayEquals(new float[] {20}, new ReferenceConv().convolve(RAMP, corners, new float[] {1, 1, 1, 1}, null).data());
        // two groups: output 0 sees only channel 0 (x2), output 1 only channel 1 (x3)
        Tensor two = new Tensor(2, 1, 1, new float[] {5, 7});
        assertArrayEquals(new float[] {10, 21},
                new ReferenceConv().convolve(two, Conv2d.of(2, 2, 1).withGroups(2), new float[] {2, 3}, null).data());
    }
}

package org.convscope.core.rf;

import java.util.List;

/**
 * Two stacks that see the same receptive field, to compare what they cost: stack A with one large kernel, stack B
 * with small 3x3 kernels. Each preset has the input side it is shown on.
 */
public enum StackComparison {

    /** The lecture note: one 5x5 against two 3x3, both 48x48 -> 44x44, both r = 5; 25C^2 against 18C^2 weights. */
    FIVE_VS_TWO_THREES(48, "conv5", "conv3,conv3"),
    /** Simonyan and Zisserman (2015), section 2.3: one 7x7 against three 3x3, r = 7; 49C^2 against 27C^2. */
    SEVEN_VS_THREE_THREES(48, "conv7", "conv3,conv3,conv3"),
    /**
     * AlexNet's first layer, 11x11 with stride 4 on 227x227, against 3x3 layers with the same receptive field
     * (r = 11) and the same effective stride (j = 4): stride 2, 1, 2. Both give 55x55.
     */
    ALEXNET_FIRST_LAYER(227, "conv11s4", "conv3s2,conv3,conv3s2");

    private final int inputSize;
    private final List<LayerSpec> stackA;
    private final List<LayerSpec> stackB;

    StackComparison(int inputSize, String stackA, String stackB) {
        this.inputSize = inputSize;
        this.stackA = LayerSpec.parseStack(stackA);
        this.stackB = LayerSpec.parseStack(stackB);
    }

    /** The side of the square input the preset is shown on. */
    public int inputSize() {
        return inputSize;
    }

    /** The stack with one large kernel. */
    public List<LayerSpec> stackA() {
        return stackA;
    }

    /** The stack of small kernels with the same receptive field. */
    public List<LayerSpec> stackB() {
        return stackB;
    }
}

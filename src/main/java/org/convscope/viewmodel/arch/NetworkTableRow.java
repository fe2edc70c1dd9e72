package org.convscope.viewmodel.arch;

/**
 * One layer of a network table as the view shows it.
 *
 * @param number         the layer's place in the reference implementation's order, from 1
 * @param name           the layer's name there ("layer2.0.conv1")
 * @param operation      what the layer does, as the core describes it ("conv 3x3 to 64, padding 1")
 * @param inputs         its input shapes, "CxHxW", joined by " + " for a concatenation or addition
 * @param output         its output shape, "CxHxW"
 * @param receptiveField the side in input pixels of the window one output sees
 */
public record NetworkTableRow(int number, String name, LayerKind kind, String operation, String inputs,
                              String output, long weights, long biases, long macs, int receptiveField) {

    /** Weights + biases. */
    public long parameters() {
        return weights + biases;
    }
}

package org.convscope.viewmodel.arch;

/**
 * One layer of a network table as the view shows it.
 *
 * @param number         the layer's place in the reference implementation's order, from 1
 * @param name           the layer's name there ("layer2.0.conv1")
 * @param operation      what the layer does, in parts the view words in the UI's language
 * @param inputs         its input shapes, "CxHxW", joined by " + " for a concatenation or addition
 * @param output         its output shape, "CxHxW"
 * @param receptiveField the side in input pixels of the window one output sees
 */
public record NetworkTableRow(int number, String name, LayerOperation operation, String inputs,
                              String output, long weights, long biases, long macs, int receptiveField) {

    /** What kind of layer this is. */
    public LayerKind kind() {
        return operation.kind();
    }

    /** Weights + biases. */
    public long parameters() {
        return weights + biases;
    }
}

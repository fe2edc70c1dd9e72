package org.convscope.viewmodel.arch;

/**
 * A network table's totals and what they count.
 *
 * @param name                the catalogue name ("resnet50")
 * @param variant             the core's sentence on which variant is counted and whose figures it matches (English)
 * @param input               the input shape, "CxHxW"
 * @param output              the last layer's output shape
 * @param layers              rows in the table
 * @param batchNormLayers     batch-norm layers, each counted as a scale and a shift per channel
 * @param batchNormParameters what those scales and shifts add up to
 * @param biasedLayers        layers with a bias (convolutions and dense layers)
 */
public record NetworkSummary(String name, String variant, String input, String output, int layers, long weights,
                             long biases, long parameters, long macs, int batchNormLayers, long batchNormParameters,
                             int biasedLayers) {
}

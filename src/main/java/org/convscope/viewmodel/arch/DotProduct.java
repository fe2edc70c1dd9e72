package org.convscope.viewmodel.arch;

import java.util.List;

/**
 * A 1x1 convolution at one pixel, for one output channel: the pixel's column of input values along the channel
 * axis, the filter's weight vector, their products, and the output value, their sum:
 * <pre>
 *   y_j = sum over c of w_jc x_c
 * </pre>
 *
 * @param outputChannel the output channel j shown, from 0
 * @param inputs        x_c, the pixel's C_in values
 * @param weights       w_jc, filter j's C_in weights
 * @param products      w_jc x_c
 * @param outputs       every output channel's value at this pixel, as the convolution computed them; y_j is
 *                      {@code outputs.get(outputChannel)}
 */
public record DotProduct(int outputChannel, List<Double> inputs, List<Double> weights, List<Double> products,
                         List<Double> outputs) {

    public DotProduct {
        inputs = List.copyOf(inputs);
        weights = List.copyOf(weights);
        products = List.copyOf(products);
        outputs = List.copyOf(outputs);
    }

    /** y_j, the value this output channel gets at the pixel. */
    public double output() {
        return outputs.get(outputChannel);
    }
}

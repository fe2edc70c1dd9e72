package org.convscope.core.rf;

import org.convscope.core.Padding;
import org.convscope.core.Refusal;
import org.convscope.core.count.Layer;
import org.convscope.core.count.LayerCount;
import org.convscope.core.count.LayerStack;
import org.convscope.core.count.Shape;

import java.util.List;

/**
 * What a stack of conv and pool layers costs when every convolution maps C channels to C channels (the setting
 * of the lecture note's comparison), counted by {@link LayerStack} on a C x H x W input:
 * <pre>
 *   weights of a conv  = k^2 C^2        biases = C
 *   MACs of a conv     = Hout Wout k^2 C^2
 *   non-linearities    = number of convolutions (each followed by a ReLU)
 * </pre>
 * Poolings have no parameters and no MACs. {@link #weightsPerChannelSquared()} is the sum of k^2 over the
 * convolutions, the 25 in 25C^2.
 */
public record StackLedger(int channels, List<LayerCount> rows, long weights, long biases, long macs,
                          int nonLinearities, long weightsPerChannelSquared) {

    public StackLedger {
        rows = List.copyOf(rows);
    }

    /**
     * Counts the stack for C channels on an inH x inW input.
     *
     * @throws IllegalArgumentException when C is below 1 or a layer does not fit, saying which
     */
    public static StackLedger of(List<LayerSpec> layers, int channels, int inH, int inW) {
        if (channels < 1) {
            throw Refusal.of("ledger.channels", channels);
        }
        LayerStack stack = new LayerStack(new Shape(channels, inH, inW));
        int convolutions = 0;
        long perChannelSquared = 0;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec spec = layers.get(i);
            Padding padding = Padding.uniform(spec.padding());
            if (spec.kind() == LayerSpec.Kind.CONV) {
                stack.then(new Layer.Conv(channels, spec.kernel(), spec.kernel(), spec.stride(), padding,
                        spec.dilation(), 1, true));
                convolutions++;
                perChannelSquared += (long) spec.kernel() * spec.kernel();
            } else {
                if (spec.dilation() != 1) {
                    throw Refusal.of("ledger.dilatedPooling", i + 1, spec);
                }
                stack.then(new Layer.Pool(Layer.Pool.Kind.MAX, spec.kernel(), spec.stride(), padding, false));
            }
        }
        return new StackLedger(channels, stack.rows(), stack.weights(), stack.biases(), stack.macs(), convolutions,
                perChannelSquared);
    }

    /** Weights + biases. */
    public long parameters() {
        return weights + biases;
    }

    /**
     * How much smaller {@code other} is than {@code base}, in per cent: {@code 100 (base - other) / base}.
     * Negative when {@code other} is larger; 0 when both are 0.
     */
    public static double saving(long base, long other) {
        return base == 0 ? 0 : 100.0 * (base - other) / base;
    }
}

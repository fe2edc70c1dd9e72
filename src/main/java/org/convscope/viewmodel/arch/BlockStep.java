package org.convscope.viewmodel.arch;

import java.util.ArrayList;
import java.util.List;

import org.convscope.core.count.Layer;
import org.convscope.core.count.LayerCount;

/**
 * One box of a drawn block: a convolution (with the batch norm after it folded in, as the drawings of the papers
 * show it) or a pooling, with the shape it outputs and what it costs.
 *
 * @param output     the output shape, "CxHxW"
 * @param batchNorm  whether a batch norm follows the convolution (its scale and shift are in {@code parameters})
 * @param parameters weights and biases of the box, batch norm included
 */
public record BlockStep(Kind kind, int kernel, int stride, int outChannels, String output, boolean batchNorm,
                        long weights, long parameters, long macs) {

    /** What a box does. */
    public enum Kind { CONV, MAX_POOL, AVERAGE_POOL, BATCH_NORM }

    /**
     * The boxes of a path counted by the core: each convolution or pooling one box, a batch norm folded into the
     * convolution before it (a batch norm with nothing before it in the path is a box of its own).
     */
    static List<BlockStep> of(List<LayerCount> path) {
        List<BlockStep> steps = new ArrayList<>();
        for (LayerCount row : path) {
            Layer layer = row.layer();
            String out = row.output().toString();
            int c = row.output().channels();
            if (layer instanceof Layer.BatchNorm && !steps.isEmpty()
                    && steps.get(steps.size() - 1).kind() == Kind.CONV) {
                BlockStep conv = steps.remove(steps.size() - 1);
                steps.add(new BlockStep(Kind.CONV, conv.kernel(), conv.stride(), conv.outChannels(), out, true,
                        conv.weights() + row.weights(), conv.parameters() + row.parameters(), conv.macs()));
            } else if (layer instanceof Layer.Conv conv) {
                steps.add(new BlockStep(Kind.CONV, conv.kernelH(), conv.stride(), c, out, false, row.weights(),
                        row.parameters(), row.macs()));
            } else if (layer instanceof Layer.Pool pool) {
                Kind kind = pool.kind() == Layer.Pool.Kind.MAX ? Kind.MAX_POOL : Kind.AVERAGE_POOL;
                steps.add(new BlockStep(kind, pool.kernel(), pool.stride(), c, out, false, 0, 0, 0));
            } else if (layer instanceof Layer.BatchNorm) {
                steps.add(new BlockStep(Kind.BATCH_NORM, 1, 1, c, out, false, row.weights(), row.parameters(), 0));
            } else {
                throw new IllegalArgumentException("a block drawing has no box for " + layer);
            }
        }
        return List.copyOf(steps);
    }
}

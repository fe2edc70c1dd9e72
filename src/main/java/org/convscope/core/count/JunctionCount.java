package org.convscope.core.count;

import java.util.List;

/**
 * A {@link Junction} counted on one input: the rows of each path (empty for an identity path), the join's row,
 * and totals over all of them.
 */
public record JunctionCount(Shape input, List<List<LayerCount>> paths, LayerCount join) {

    public JunctionCount {
        if (input == null || paths == null || join == null) {
            throw new IllegalArgumentException("a counted junction needs its input, its paths and its join");
        }
        paths = paths.stream().map(List::copyOf).toList();
    }

    /** The shape that reaches the join along path {@code p}: its last layer's output, or the input for an identity. */
    public Shape pathOutput(int p) {
        List<LayerCount> path = paths.get(p);
        return path.isEmpty() ? input : path.get(path.size() - 1).output();
    }

    public Shape output() {
        return join.output();
    }

    /** Weights of path {@code p}. */
    public long weights(int p) {
        return paths.get(p).stream().mapToLong(LayerCount::weights).reduce(0, Math::addExact);
    }

    /** Weights + biases of path {@code p}. */
    public long parameters(int p) {
        return paths.get(p).stream().mapToLong(LayerCount::parameters).reduce(0, Math::addExact);
    }

    /** Multiply-accumulates of path {@code p}. */
    public long macs(int p) {
        return paths.get(p).stream().mapToLong(LayerCount::macs).reduce(0, Math::addExact);
    }

    /** Weights of the whole block (the join has none). */
    public long weights() {
        long sum = 0;
        for (int p = 0; p < paths.size(); p++) {
            sum = Math.addExact(sum, weights(p));
        }
        return sum;
    }

    /** Weights + biases of the whole block. */
    public long parameters() {
        long sum = 0;
        for (int p = 0; p < paths.size(); p++) {
            sum = Math.addExact(sum, parameters(p));
        }
        return sum;
    }

    /** Multiply-accumulates of the whole block for one input. */
    public long macs() {
        long sum = 0;
        for (int p = 0; p < paths.size(); p++) {
            sum = Math.addExact(sum, macs(p));
        }
        return sum;
    }
}

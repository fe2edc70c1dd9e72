package org.convscope.core.count;

import java.util.ArrayList;
import java.util.List;

/**
 * Paths that all start from one input and are joined into one output: an inception block's four branches
 * concatenated along channels, a residual block's main path added to its shortcut, a dense layer's new maps
 * concatenated to everything before them. An empty path is the identity (the input itself reaches the join).
 * The description of a block, written once and walked both by {@link NetworkCatalogue} and by the views.
 */
public record Junction(List<List<BlockLayer>> paths, String joinName, Layer join) {

    public Junction {
        if (paths == null || paths.size() < 2 || joinName == null || joinName.isBlank() || join == null) {
            throw new IllegalArgumentException("a junction joins two or more paths with a named concatenation or"
                    + " addition");
        }
        paths = paths.stream().map(List::copyOf).toList();
    }

    /**
     * Counts every layer of every path from {@code input}, then the join.
     *
     * @throws IllegalArgumentException when a layer does not fit its input or the paths' outputs cannot be joined,
     *                                  saying which layer and why
     */
    public JunctionCount count(Shape input) {
        LayerStack stack = new LayerStack(input);
        List<List<LayerCount>> counted = new ArrayList<>();
        Shape[] ends = new Shape[paths.size()];
        int row = 0;
        for (int p = 0; p < paths.size(); p++) {
            Shape end = input;
            for (BlockLayer layer : paths.get(p)) {
                end = stack.apply(layer.layer(), end);
            }
            ends[p] = end;
            List<LayerCount> rows = stack.rows();
            counted.add(rows.subList(row, rows.size()));
            row = rows.size();
        }
        stack.apply(join, ends);
        List<LayerCount> rows = stack.rows();
        return new JunctionCount(input, counted, rows.get(rows.size() - 1));
    }
}

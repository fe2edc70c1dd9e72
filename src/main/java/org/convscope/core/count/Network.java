package org.convscope.core.count;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A catalogued network walked layer by layer: named rows and totals. The totals are those of the {@link LayerStack}
 * that walked it, so every figure comes from the layer counters. Immutable once built by {@link NetworkCatalogue}.
 */
public final class Network {

    private final String name;
    private final String variant;
    private final LayerStack stack;
    private final List<NetworkRow> rows;
    private final List<Integer> widestInputs;

    Network(String name, String variant, LayerStack stack, List<String> layerNames, List<Integer> receptiveFields,
            List<Integer> widestInputs) {
        List<LayerCount> counts = stack.rows();
        if (counts.size() != layerNames.size() || counts.size() != receptiveFields.size()
                || counts.size() != widestInputs.size()) {
            throw new IllegalArgumentException("network " + name + " has " + counts.size() + " layers but "
                    + layerNames.size() + " layer names");
        }
        List<NetworkRow> named = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            named.add(new NetworkRow(layerNames.get(i), counts.get(i), receptiveFields.get(i)));
        }
        this.name = name;
        this.variant = variant;
        this.stack = stack;
        this.rows = List.copyOf(named);
        this.widestInputs = List.copyOf(widestInputs);
    }

    /** The catalogue name, as typed on the command line: "resnet50". */
    public String name() {
        return name;
    }

    /** Which variant is counted and where its published figures come from, one sentence. */
    public String variant() {
        return variant;
    }

    public Shape input() {
        return stack.input();
    }

    /** The output of the last layer (the classifier's 1000 scores). */
    public Shape output() {
        return stack.output();
    }

    /** One row per layer, in the order the reference implementation runs them. */
    public List<NetworkRow> rows() {
        return rows;
    }

    /**
     * The rows on the path with the largest receptive field from the image to the last row, in order: at each
     * concatenation or addition the input that sees the most (the first of them on a tie). Along it each row's
     * receptive field is that of the path (Araujo et al., Distill 2019: the widest path gives the network's).
     */
    public List<NetworkRow> widestPath() {
        List<NetworkRow> path = new ArrayList<>();
        for (int row = rows.size() - 1; row >= 0; row = widestInputs.get(row)) {
            path.add(rows.get(row));
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    public long weights() {
        return stack.weights();
    }

    public long biases() {
        return stack.biases();
    }

    /** Learned parameters: weights + biases (batch-norm scale and shift included where the network has them). */
    public long parameters() {
        return stack.parameters();
    }

    /** Multiply-accumulates for one image of the input shape. */
    public long macs() {
        return stack.macs();
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.convscope.viewmodel.receptive;

import java.util.List;

/**
 * Receptive-field growth of a real network, layer by layer: its name, design input side, source, and one point per
 * layer of its largest path.
 */
public record NetworkCurve(String name, int inputSize, String source, List<Point> points) {

    /** Layer number {@code depth} (from 1), its name, receptive field r, effective stride j and output side. */
    public record Point(int depth, String layer, long receptiveField, long effectiveStride, int outputSize) {
    }

    public NetworkCurve {
        points = List.copyOf(points);
    }

    /** The last point: the network's receptive field and stride at its deepest layer. */
    public Point last() {
        return points.get(points.size() - 1);
    }
}

package org.convscope.core.rf;

import org.convscope.core.ConvGeometry;
import org.convscope.core.Refusal;
import org.convscope.core.Sentence;
import org.convscope.core.SlidingSchedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Receptive-field arithmetic of a stack of conv and pool layers on an inH x inW input.
 *
 * <p>Per layer l (layer 0 being the input, with r = 1, j = 1, start = 0) and kernel k, stride s, padding p,
 * dilation d:
 * <pre>
 *   r_l     = r_(l-1) + (k_l - 1) d_l j_(l-1)                        receptive field size
 *   j_l     = j_(l-1) s_l                                            effective stride (jump)
 *   start_l = start_(l-1) + ((k_l - 1) d_l / 2 - p_l) j_(l-1)        centre of the first output's field
 * </pre>
 * as in Dang Ha The Hien, "A guide to receptive field arithmetic for CNNs" (2017) and Araujo, Norris, Sim,
 * "Computing Receptive Fields of Convolutional Neural Networks", Distill (2019). Coordinates are input cell
 * indices with cell 0 centred on 0, so start may be fractional (an even kernel) or negative (padding).
 * Output cell y of layer l then sees input cells {@code y j_l + first_l} to {@code y j_l + first_l + r_l - 1},
 * where {@code first_l = start_l - (r_l - 1) / 2 = first_(l-1) - p_l j_(l-1)} (minus the effective padding).
 *
 * <p>Rows and columns follow the same layers, so every quantity is the same on both axes; only the output sizes
 * differ for a non-square input.
 */
public final class ReceptiveField {

    /**
     * One layer's figures: the layer, its geometry on the size that reaches it, the receptive field size r,
     * the effective stride j, the centre {@code start} of the first output's field and the input cell
     * {@code first} where that field begins (negative when it reaches into the padding).
     */
    public record Row(LayerSpec layer, ConvGeometry geometry, long size, long jump, double start, long first) {

        public Row {
            if (layer == null || geometry == null) {
                throw Refusal.of("rf.rowParts");
            }
            if (size < 1 || jump < 1) {
                throw Refusal.of("rf.impossible", size, jump);
            }
        }

        /** The effective padding: how far the first output's field reaches before input cell 0, {@code -first}. */
        public long effectivePadding() {
            return -first;
        }
    }

    /**
     * A rectangle of input cells: rows {@code top .. top + height - 1}, columns {@code left .. left + width - 1}.
     * Unclipped regions may start at negative indices or end past the input.
     */
    public record Region(long top, long left, long height, long width) {

        public Region {
            if (height < 1 || width < 1) {
                throw Refusal.of("rf.emptyRegion", height, width);
            }
        }

        /** First row after the region: top + height. */
        public long bottom() {
            return top + height;
        }

        /** First column after the region: left + width. */
        public long right() {
            return left + width;
        }
    }

    private final int inH;
    private final int inW;
    private final List<Row> rows;
    /** Each layer's windows, read when dependencies are propagated back. */
    private final List<SlidingSchedule> schedules;

    /**
     * Works out every layer's figures on an inH x inW input.
     *
     * @throws IllegalArgumentException naming the layer (counted from 1) whose window does not fit
     */
    public ReceptiveField(int inH, int inW, List<LayerSpec> layers) {
        if (layers == null || layers.isEmpty()) {
            throw Refusal.of("rf.stackEmpty");
        }
        this.inH = inH;
        this.inW = inW;
        List<Row> built = new ArrayList<>(layers.size());
        int h = inH;
        int w = inW;
        long size = 1;
        long jump = 1;
        long first = 0;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            ConvGeometry geometry;
            try {
                geometry = layer.geometry(h, w);
            } catch (IllegalArgumentException e) {
                throw new Refusal(Sentence.of("rf.layerRefused", i + 1, layer, h, w, Sentence.from(e)), e);
            }
            try {
                first = Math.subtractExact(first, Math.multiplyExact(layer.padding(), jump));
                size = Math.addExact(size, Math.multiplyExact((long) (layer.kernel() - 1) * layer.dilation(), jump));
                jump = Math.multiplyExact(jump, layer.stride());
            } catch (ArithmeticException e) {
                throw new Refusal(Sentence.of("rf.tooLarge", i + 1), e);
            }
            built.add(new Row(layer, geometry, size, jump, first + (size - 1) / 2.0, first));
            h = geometry.outH();
            w = geometry.outW();
        }
        rows = List.copyOf(built);
        schedules = rows.stream().map(row -> new SlidingSchedule(row.geometry())).toList();
    }

    /** Parses the layer syntax of {@link LayerSpec#parseStack} and works out the stack on an inH x inW input. */
    public static ReceptiveField of(int inH, int inW, String stack) {
        return new ReceptiveField(inH, inW, LayerSpec.parseStack(stack));
    }

    public int inputHeight() {
        return inH;
    }

    public int inputWidth() {
        return inW;
    }

    /** One row per layer, in order. */
    public List<Row> rows() {
        return rows;
    }

    /** The row of a layer, counted from 0. */
    public Row row(int layer) {
        if (layer < 0 || layer >= rows.size()) {
            throw Refusal.of("rf.noLayer", layer + 1, rows.size());
        }
        return rows.get(layer);
    }

    /**
     * The input cells output cell (outY, outX) of a layer (counted from 0) would see if the padding were real:
     * {@code r x r} cells from {@code (outY j + first, outX j + first)}.
     */
    public Region region(int layer, int outY, int outX) {
        Row row = checkCell(layer, outY, outX);
        return new Region(outY * row.jump() + row.first(), outX * row.jump() + row.first(), row.size(), row.size());
    }

    /**
     * The bounding box of the input cells that output cell (outY, outX) actually depends on: padding cells at every
     * layer hold zeros and lead nowhere, so this can be smaller than the unclipped region cut to the input.
     * Empty when the cell sees only padding.
     */
    public Optional<Region> clippedRegion(int layer, int outY, int outX) {
        checkCell(layer, outY, outX);
        long[] rowPaths = axisPaths(layer, outY, true);
        long[] colPaths = axisPaths(layer, outX, false);
        int top = firstNonZero(rowPaths);
        int left = firstNonZero(colPaths);
        if (top < 0 || left < 0) {
            return Optional.empty();
        }
        return Optional.of(new Region(top, left, lastNonZero(rowPaths) - top + 1, lastNonZero(colPaths) - left + 1));
    }

    /**
     * The effective receptive field of output cell (outY, outX) of a layer: for every input cell, row-major over
     * inH x inW, the number of paths through the stack from that cell to the output cell. Padding cells start no
     * path; a pooling counts every tap of its window (as an average pool does). For two 3x3 convolutions the
     * counts over the 5x5 field are the outer product of 1 2 3 2 1 with itself; for one 5x5 they are all 1.
     * Paths factor into a row path and a column path, so {@code count(y, x) = rowPaths(y) colPaths(x)}.
     *
     * Allocates inH x inW longs; {@link #rowPathCounts} and {@link #columnPathCounts} give the two factors.
     *
     * @throws ArithmeticException when a count does not fit in a long (a very deep stack)
     */
    public long[] pathCounts(int layer, int outY, int outX) {
        long[] rowPaths = rowPathCounts(layer, outY);
        long[] colPaths = columnPathCounts(layer, outX);
        long[] counts = new long[inH * inW];
        try {
            for (int y = 0; y < inH; y++) {
                for (int x = 0; x < inW; x++) {
                    counts[y * inW + x] = Math.multiplyExact(rowPaths[y], colPaths[x]);
                }
            }
        } catch (ArithmeticException e) {
            throw tooManyPaths();
        }
        return counts;
    }

    /**
     * Paths from each input row (inH values) to output row outY of a layer, counting one axis only: the row factor
     * of {@link #pathCounts}. For two 3x3 layers: 1 2 3 2 1 around the centre.
     *
     * @throws ArithmeticException when a count does not fit in a long
     */
    public long[] rowPathCounts(int layer, int outY) {
        checkCell(layer, outY, 0);
        return notSaturated(axisPaths(layer, outY, true));
    }

    /** Paths from each input column (inW values) to output column outX of a layer: the column factor of {@link #pathCounts}. */
    public long[] columnPathCounts(int layer, int outX) {
        checkCell(layer, 0, outX);
        return notSaturated(axisPaths(layer, outX, false));
    }

    private static long[] notSaturated(long[] paths) {
        for (long p : paths) {
            if (p == Long.MAX_VALUE) {
                throw tooManyPaths();
            }
        }
        return paths;
    }

    private static ArithmeticException tooManyPaths() {
        return new ArithmeticException("the number of paths is larger than a long can hold: the stack is too deep"
                + " to count paths exactly");
    }

    /**
     * Paths along one axis from every input index to output index {@code out} of a layer, propagated back layer by
     * layer over each layer's windows. Sums saturate at Long.MAX_VALUE so that the region, which only
     * needs to know which counts are non-zero, works for any depth.
     */
    private long[] axisPaths(int layer, int out, boolean rowsAxis) {
        ConvGeometry top = rows.get(layer).geometry();
        long[] paths = new long[rowsAxis ? top.outH() : top.outW()];
        paths[out] = 1;
        for (int l = layer; l >= 0; l--) {
            SlidingSchedule schedule = schedules.get(l);
            ConvGeometry g = schedule.geometry();
            int n = rowsAxis ? g.inH() : g.inW();
            int k = rowsAxis ? g.kH() : g.kW();
            long[] below = new long[n];
            for (int o = 0; o < paths.length; o++) {
                if (paths[o] == 0) {
                    continue;
                }
                for (int t = 0; t < k; t++) {
                    int i = rowsAxis ? schedule.inputRowOf(o, t) : schedule.inputColumnOf(o, t);
                    if (i >= 0 && i < n) {
                        long sum = below[i] + paths[o];
                        below[i] = sum < 0 ? Long.MAX_VALUE : sum;
                    }
                }
            }
            paths = below;
        }
        return paths;
    }

    private static int firstNonZero(long[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonZero(long[] values) {
        for (int i = values.length - 1; i >= 0; i--) {
            if (values[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    private Row checkCell(int layer, int outY, int outX) {
        Row row = row(layer);
        ConvGeometry g = row.geometry();
        if (outY < 0 || outY >= g.outH() || outX < 0 || outX >= g.outW()) {
            throw Refusal.of("rf.outsideOutput", outY, outX, layer + 1, g.outH(), g.outW());
        }
        return row;
    }
}

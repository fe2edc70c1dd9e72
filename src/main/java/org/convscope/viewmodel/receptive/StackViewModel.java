package org.convscope.viewmodel.receptive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.convscope.core.Sentence;
import org.convscope.core.count.LayerCount;
import org.convscope.core.rf.LayerSpec;
import org.convscope.core.rf.ReceptiveField;
import org.convscope.core.rf.StackLedger;
import org.convscope.viewmodel.DisplayText;
import org.convscope.viewmodel.Sentences;

/**
 * One stack of the comparison: its layers, the table of their figures, the planes drawn, the ledger for C channels,
 * the selected output cell with the region it sees in every plane, and its effective receptive field. All figures
 * come from {@link ReceptiveField} and {@link StackLedger}.
 *
 * <p>Edits are checked against the current input: an edit that would leave a layer without room is refused,
 * the stack stays as it was and {@link #errorProperty()} says why, in words a student can act on.
 */
public final class StackViewModel {

    private final ReceptiveFieldViewModel owner;
    private final ObservableList<LayerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LayerRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<PlaneSize> planes = FXCollections.observableArrayList();
    private final ObservableList<PlaneSize> planesView = FXCollections.unmodifiableObservableList(planes);
    private final ObservableList<CellRegion> highlights = FXCollections.observableArrayList();
    private final ObservableList<CellRegion> highlightsView = FXCollections.unmodifiableObservableList(highlights);
    private final ReadOnlyObjectWrapper<StackCost> cost = new ReadOnlyObjectWrapper<>(this, "cost");
    private final ReadOnlyObjectWrapper<ErfHeatmap> heatmap = new ReadOnlyObjectWrapper<>(this, "heatmap");
    private final ReadOnlyStringWrapper stackText = new ReadOnlyStringWrapper(this, "stackText", "");
    private final DisplayText error = new DisplayText(this, "error");
    private final ReadOnlyIntegerWrapper selectedRow = new ReadOnlyIntegerWrapper(this, "selectedRow");
    private final ReadOnlyIntegerWrapper selectedColumn = new ReadOnlyIntegerWrapper(this, "selectedColumn");

    private List<LayerSpec> layers = List.of();
    private ReceptiveField field;
    /** Entry p: the layers above plane p worked out on plane p's size, so regions in every plane come from the core. */
    private List<ReceptiveField> fieldsFromPlane = List.of();

    StackViewModel(ReceptiveFieldViewModel owner) {
        this.owner = owner;
    }

    /** One row per layer, in order. */
    public ObservableList<LayerRow> getRows() {
        return rowsView;
    }

    /** The planes, input first: one more than the layers. */
    public ObservableList<PlaneSize> getPlanes() {
        return planesView;
    }

    /**
     * For the selected output cell, the cells it depends on in every plane below the top one, input first,
     * then the selected cell itself on the top plane.
     */
    public ObservableList<CellRegion> getHighlights() {
        return highlightsView;
    }

    /** The ledger for the current channel count and input size. */
    public ReadOnlyObjectProperty<StackCost> costProperty() {
        return cost.getReadOnlyProperty();
    }

    public StackCost getCost() {
        return cost.get();
    }

    /** Path counts over the input for the selected cell; {@code null} when the counts are too large to hold. */
    public ReadOnlyObjectProperty<ErfHeatmap> heatmapProperty() {
        return heatmap.getReadOnlyProperty();
    }

    public ErfHeatmap getHeatmap() {
        return heatmap.get();
    }

    /** The stack in the layer syntax, e.g. {@code conv3,conv3}. */
    public ReadOnlyStringProperty stackTextProperty() {
        return stackText.getReadOnlyProperty();
    }

    public String getStackText() {
        return stackText.get();
    }

    /** Why the last edit was refused; empty after an edit that worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** Row of the selected output cell on the top plane. */
    public ReadOnlyIntegerProperty selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** Column of the selected output cell on the top plane. */
    public ReadOnlyIntegerProperty selectedColumnProperty() {
        return selectedColumn.getReadOnlyProperty();
    }

    /** The top plane: the stack's output. */
    public PlaneSize getOutput() {
        return planes.get(planes.size() - 1);
    }

    /** Adds a 3x3 convolution (stride 1, padding 1) at the top. */
    public boolean addConv() {
        return edit(withAdded(LayerSpec.conv(3).withPadding(1)));
    }

    /** Adds a 2x2 pooling with stride 2 at the top. */
    public boolean addPool() {
        return edit(withAdded(LayerSpec.pool(2)));
    }

    /** Removes layer {@code index} (from 0); the last layer cannot go. */
    public boolean remove(int index) {
        checkIndex(index);
        if (layers.size() == 1) {
            return refuse(Sentences.sentence("receptive.lastLayer"));
        }
        List<LayerSpec> next = new ArrayList<>(layers);
        next.remove(index);
        return edit(next);
    }

    /** Swaps layer {@code index} (from 0) with the one before it, nearer the input. */
    public boolean moveEarlier(int index) {
        checkIndex(index);
        if (index == 0) {
            return refuse(Sentences.sentence("receptive.alreadyFirst"));
        }
        List<LayerSpec> next = new ArrayList<>(layers);
        Collections.swap(next, index, index - 1);
        return edit(next);
    }

    /** Swaps layer {@code index} (from 0) with the one after it, nearer the output. */
    public boolean moveLater(int index) {
        checkIndex(index);
        if (index == layers.size() - 1) {
            return refuse(Sentences.sentence("receptive.alreadyLast", index + 1));
        }
        List<LayerSpec> next = new ArrayList<>(layers);
        Collections.swap(next, index, index + 1);
        return edit(next);
    }

    /** Replaces layer {@code index} (from 0) by a conv or pool with kernel k, stride s, padding p, dilation d. */
    public boolean setLayer(int index, boolean pool, int kernel, int stride, int padding, int dilation) {
        checkIndex(index);
        LayerSpec layer;
        try {
            layer = new LayerSpec(pool ? LayerSpec.Kind.POOL : LayerSpec.Kind.CONV, kernel, stride, padding, dilation);
        } catch (IllegalArgumentException e) {
            return refuse(Sentences.sentence("receptive.layerRefused", index + 1, Sentence.from(e)));
        }
        List<LayerSpec> next = new ArrayList<>(layers);
        next.set(index, layer);
        return edit(next);
    }

    /** Replaces the whole stack by one written in the layer syntax, e.g. {@code conv3p1,pool2}. */
    public boolean setStackText(String text) {
        List<LayerSpec> next;
        try {
            next = LayerSpec.parseStack(text);
        } catch (IllegalArgumentException e) {
            return refuse(Sentence.from(e));
        }
        return edit(next);
    }

    private List<LayerSpec> withAdded(LayerSpec layer) {
        List<LayerSpec> next = new ArrayList<>(layers);
        next.add(layer);
        return next;
    }

    private boolean edit(List<LayerSpec> next) {
        Optional<Sentence> problem = check(next, owner.getInputSize(), owner.getChannels());
        if (problem.isPresent()) {
            return refuse(problem.get());
        }
        set(next, owner.getInputSize(), owner.getChannels());
        owner.stackEdited();
        return true;
    }

    private boolean refuse(Sentence message) {
        error.set(message);
        return false;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= layers.size()) {
            throw new IndexOutOfBoundsException("there is no layer " + (index + 1) + ": the stack has "
                    + layers.size() + " layers");
        }
    }

    List<LayerSpec> layers() {
        return layers;
    }

    /** Why these layers cannot run on a size x size input with C channels, or empty when they can. */
    static Optional<Sentence> check(List<LayerSpec> layers, int size, int channels) {
        try {
            new ReceptiveField(size, size, layers);
            StackLedger.of(layers, channels, size, size);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(Sentence.from(e));
        }
    }

    /** Works out everything for checked layers on a size x size input; keeps the selection where it still fits. */
    void set(List<LayerSpec> next, int size, int channels) {
        layers = List.copyOf(next);
        field = new ReceptiveField(size, size, layers);
        List<ReceptiveField> fromPlane = new ArrayList<>(layers.size());
        for (int p = 0; p < layers.size(); p++) {
            var g = field.row(p).geometry();
            fromPlane.add(new ReceptiveField(g.inH(), g.inW(), layers.subList(p, layers.size())));
        }
        fieldsFromPlane = fromPlane;

        List<LayerRow> table = new ArrayList<>(layers.size());
        List<PlaneSize> sizes = new ArrayList<>(layers.size() + 1);
        sizes.add(new PlaneSize(size, size));
        for (int i = 0; i < layers.size(); i++) {
            ReceptiveField.Row row = field.row(i);
            LayerSpec l = row.layer();
            table.add(new LayerRow(i + 1, l.toString(), l.kind() == LayerSpec.Kind.POOL, l.kernel(), l.stride(),
                    l.padding(), l.dilation(), row.geometry().outH(), row.geometry().outW(), row.size(), row.jump(),
                    row.start()));
            sizes.add(new PlaneSize(row.geometry().outH(), row.geometry().outW()));
        }
        planes.setAll(sizes);
        rows.setAll(table);
        stackText.set(String.join(",", layers.stream().map(LayerSpec::toString).toList()));
        setChannels(channels);
        error.clear();
        PlaneSize out = getOutput();
        select(Math.min(selectedRow.get(), out.height() - 1), Math.min(selectedColumn.get(), out.width() - 1));
    }

    /** Recounts the ledger for C channels (the layers are already known to fit). */
    void setChannels(int channels) {
        StackLedger ledger = StackLedger.of(layers, channels, field.inputHeight(), field.inputWidth());
        List<StackCost.LayerCost> perLayer = new ArrayList<>(ledger.rows().size());
        for (int i = 0; i < ledger.rows().size(); i++) {
            LayerCount c = ledger.rows().get(i);
            perLayer.add(new StackCost.LayerCost(layers.get(i).toString(), c.weights(), c.biases(), c.macs()));
        }
        cost.set(new StackCost(channels, perLayer, ledger.weights(), ledger.biases(), ledger.parameters(),
                ledger.macs(), ledger.nonLinearities(), ledger.weightsPerChannelSquared()));
    }

    /** Selects output cell (row, col) of the top plane, clamped to the plane. */
    void select(int row, int col) {
        PlaneSize out = getOutput();
        int y = Math.max(0, Math.min(row, out.height() - 1));
        int x = Math.max(0, Math.min(col, out.width() - 1));
        int top = layers.size() - 1;
        List<CellRegion> regions = new ArrayList<>(layers.size() + 1);
        for (int p = 0; p < layers.size(); p++) {
            ReceptiveField.Region r = fieldsFromPlane.get(p).region(top - p, y, x);
            regions.add(new CellRegion(p, r.top(), r.left(), r.height(), r.width()));
        }
        regions.add(new CellRegion(layers.size(), y, x, 1, 1));
        selectedRow.set(y);
        selectedColumn.set(x);
        highlights.setAll(regions);
        heatmap.set(heatmapOf(top, y, x));
    }

    private ErfHeatmap heatmapOf(int top, int y, int x) {
        Optional<ReceptiveField.Region> box = field.clippedRegion(top, y, x);
        if (box.isEmpty()) {
            return null;
        }
        long[] all;
        long[] rowProfile;
        long[] columnProfile;
        try {
            all = field.pathCounts(top, y, x);
            rowProfile = field.rowPathCounts(top, y);
            columnProfile = field.columnPathCounts(top, x);
        } catch (ArithmeticException e) {
            return null;
        }
        ReceptiveField.Region b = box.get();
        int h = (int) b.height();
        int w = (int) b.width();
        long[] counts = new long[h * w];
        long max = 0;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                long v = all[(int) ((b.top() + r) * field.inputWidth() + b.left() + c)];
                counts[r * w + c] = v;
                max = Math.max(max, v);
            }
        }
        return new ErfHeatmap(b.top(), b.left(), h, w, counts, max,
                Arrays.copyOfRange(rowProfile, (int) b.top(), (int) b.bottom()),
                Arrays.copyOfRange(columnProfile, (int) b.left(), (int) b.right()));
    }
}

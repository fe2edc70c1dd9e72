package org.convscope.view.arch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.arch.AlexNetViewModel;
import org.convscope.viewmodel.arch.AlexNetViewModel.GpuInput;
import org.convscope.viewmodel.arch.AlexNetViewModel.LayerRow;

/**
 * AlexNet in three tabs: the two GPU streams of Krizhevsky et al. 2012 (Figure 2), each layer's maps split in two
 * halves, with the layers that read both GPUs drawn crossing; the layer table from 227x227x3; the 11x11 stride-4
 * first layer against 3x3 layers with the same receptive field.
 *
 * <p>Ids: {@code alexnetPane}, {@code alexnetStreams} (the drawing), {@code alexnetTable}, {@code alexnetTotals},
 * {@code alexnetChannels} (C of the comparison), and the comparison's figures {@code alexnetLarge<Figure>} and
 * {@code alexnetSmall<Figure>} for Layers, Field, Output, Weights and AlexNetWeights.
 */
public final class AlexNetPane extends VBox {

    /** Left margin of the drawing, for the GPU labels. */
    private static final double ROW_LABELS = 64;
    private static final double PITCH = 84;
    private static final double BOX_W = 70;
    private static final double BOX_H = 60;
    private static final double GPU1_Y = 36;
    private static final double GPU2_Y = 176;

    private final I18n i18n;
    private final AlexNetViewModel viewModel;

    public AlexNetPane(I18n i18n, AlexNetViewModel viewModel) {
        this.i18n = i18n;
        this.viewModel = viewModel;
        setId("alexnetPane");
        getStyleClass().addAll(ArchStyles.PANE, BlockStyles.PANE);
        TabPane tabs = new TabPane(
                Parts.tab(i18n, "arch.alexnet.tab.streams", streams()),
                Parts.tab(i18n, "arch.alexnet.tab.table", table()),
                Parts.tab(i18n, "arch.alexnet.tab.firstLayer", firstLayer()));
        tabs.setId("alexnetTabs");
        tabs.getStyleClass().add(BlockStyles.TABS);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().add(tabs);
    }

    private Node streams() {
        Diagram diagram = new Diagram("alexnetStreams");
        diagram.draw(ROW_LABELS + PITCH * (viewModel.rows().size() + 1), 330, streamNodes());
        Label relu = Parts.note(i18n.get("arch.alexnet.relu"));
        relu.setId("alexnetRelu");
        VBox box = new VBox(Parts.note(i18n.get("arch.alexnet.streams.caption")), diagram, relu,
                Parts.note(i18n.get("arch.alexnet.streams.why")));
        box.getStyleClass().add(BlockStyles.TAB_CONTENT);
        return box;
    }

    /** Column 0 is the image, column c the layer of row c - 1; GPU 1 on top, GPU 2 below. */
    private List<Node> streamNodes() {
        List<Node> nodes = new ArrayList<>();
        double rowsHeight = GPU2_Y + BOX_H - GPU1_Y;
        nodes.add(Diagram.leftText(0, GPU1_Y + BOX_H / 2, ROW_LABELS - 6, 40, i18n.get("arch.alexnet.gpu1"),
                BlockStyles.DIAGRAM_LABEL));
        nodes.add(Diagram.leftText(0, GPU2_Y + BOX_H / 2, ROW_LABELS - 6, 40, i18n.get("arch.alexnet.gpu2"),
                BlockStyles.DIAGRAM_LABEL));
        // The image's channels in the box and its size below, as for the layers.
        nodes.add(Diagram.box(ROW_LABELS, GPU1_Y, BOX_W, rowsHeight, i18n.format("arch.alexnet.imageBox",
                viewModel.imageChannels()), BlockStyles.BOX_INPUT));
        nodes.add(Diagram.text(ROW_LABELS + BOX_W / 2, GPU2_Y + BOX_H + 18, PITCH, 26,
                i18n.format("arch.alexnet.size", viewModel.imageSize()), BlockStyles.DIAGRAM_LABEL));
        List<LayerRow> rows = viewModel.rows();
        for (int c = 1; c <= rows.size(); c++) {
            LayerRow row = rows.get(c - 1);
            double x = ROW_LABELS + c * PITCH;
            String kind = switch (row.operation()) {
                case CONV -> BlockStyles.BOX_CONV;
                case MAX_POOL -> BlockStyles.BOX_POOL;
                case FULLY_CONNECTED -> BlockStyles.BOX_DENSE;
            };
            String text = row.name() + "\n" + i18n.format("arch.alexnet.number", row.perGpu());
            boolean previousSplit = c > 1 && rows.get(c - 2).split();
            if (row.split()) {
                nodes.add(Diagram.box(x, GPU1_Y, BOX_W, BOX_H, text, kind));
                nodes.add(Diagram.box(x, GPU2_Y, BOX_W, BOX_H, text, kind));
            } else {
                nodes.add(Diagram.box(x, GPU1_Y, BOX_W, rowsHeight, text, kind));
            }
            links(nodes, x - PITCH + BOX_W, x, row, c == 1 || previousSplit, row.split());
            if (row.operation() != AlexNetViewModel.Operation.FULLY_CONNECTED) {
                nodes.add(Diagram.text(x + BOX_W / 2, GPU2_Y + BOX_H + 18, PITCH, 26,
                        i18n.format("arch.alexnet.size", row.size()), BlockStyles.DIAGRAM_LABEL));
            }
        }
        double legendY = GPU2_Y + BOX_H + 62;
        nodes.add(Diagram.line(ROW_LABELS, legendY, ROW_LABELS + 40, legendY, BlockStyles.EDGE_OWN));
        nodes.add(Diagram.leftText(ROW_LABELS + 48, legendY, 300, 30, i18n.get("arch.alexnet.legend.own"),
                BlockStyles.DIAGRAM_LABEL));
        nodes.add(Diagram.line(ROW_LABELS + 380, legendY, ROW_LABELS + 420, legendY, BlockStyles.EDGE_CROSS));
        nodes.add(Diagram.leftText(ROW_LABELS + 428, legendY, 420, 30, i18n.get("arch.alexnet.legend.cross"),
                BlockStyles.DIAGRAM_LABEL));
        return nodes;
    }

    /** The arrows into a layer from the column before it: along each GPU, and across for the layers that cross. */
    private static void links(List<Node> nodes, double fromX, double toX, LayerRow row, boolean fromSplit,
                              boolean toSplit) {
        double top = GPU1_Y + BOX_H / 2;
        double bottom = GPU2_Y + BOX_H / 2;
        double middle = (top + bottom) / 2;
        if (!toSplit) {
            nodes.addAll(Diagram.arrow(fromX, top, toX, middle - 8, BlockStyles.EDGE_CROSS));
            nodes.addAll(Diagram.arrow(fromX, bottom, toX, middle + 8, BlockStyles.EDGE_CROSS));
            return;
        }
        nodes.addAll(Diagram.arrow(fromX, top, toX, top, BlockStyles.EDGE_OWN));
        nodes.addAll(Diagram.arrow(fromX, bottom, toX, bottom, BlockStyles.EDGE_OWN));
        if (row.gpuInput() == GpuInput.BOTH_GPUS && fromSplit) {
            nodes.addAll(Diagram.arrow(fromX, top, toX, bottom - 6, BlockStyles.EDGE_CROSS));
            nodes.addAll(Diagram.arrow(fromX, bottom, toX, top + 6, BlockStyles.EDGE_CROSS));
        }
    }

    private Node table() {
        TableView<LayerRow> table = new TableView<>();
        table.setId("alexnetTable");
        table.getStyleClass().add(ArchStyles.TABLE);
        table.getItems().setAll(viewModel.rows());
        table.getColumns().add(column("arch.alexnet.column.layer", LayerRow::name, false, 70));
        table.getColumns().add(column("arch.alexnet.column.operation",
                r -> i18n.get("arch.alexnet.operation." + r.operation().name().toLowerCase(Locale.ROOT)), false, 100));
        table.getColumns().add(column("arch.alexnet.column.kernel",
                r -> r.kernel() == 0 ? "" : i18n.format("arch.alexnet.kernel", r.kernel()), true, 70));
        table.getColumns().add(column("arch.alexnet.column.stride",
                r -> r.kernel() == 0 ? "" : String.valueOf(r.stride()), true, 70));
        table.getColumns().add(column("arch.alexnet.column.padding",
                r -> r.kernel() == 0 ? "" : String.valueOf(r.padding()), true, 80));
        table.getColumns().add(column("arch.alexnet.column.groups",
                r -> r.operation() == AlexNetViewModel.Operation.CONV ? String.valueOf(r.groups()) : "", true, 70));
        table.getColumns().add(column("arch.alexnet.column.output", LayerRow::output, true, 120));
        table.getColumns().add(column("arch.alexnet.column.weights", r -> number(r.weights()), true, 120));
        table.getColumns().add(column("arch.alexnet.column.biases", r -> number(r.biases()), true, 80));
        table.getColumns().add(column("arch.alexnet.column.macs", r -> number(r.macs()), true, 130));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(34);
        // Every row shown without scrolling, and no empty rows below them.
        table.setPrefHeight(34 * (viewModel.rows().size() + 1.2) + 4);
        table.setMinHeight(table.getPrefHeight());
        Label totals = new Label(i18n.format("arch.alexnet.totals", viewModel.parameters(), viewModel.macs(),
                viewModel.rows().get(0).input()));
        totals.setId("alexnetTotals");
        totals.getStyleClass().addAll(ArchStyles.FIGURE, ArchStyles.FIGURE_STRONG);
        Label variant = Parts.note(i18n.get("arch.alexnet.variant"));
        VBox box = new VBox(table, totals, variant);
        box.getStyleClass().add(BlockStyles.TAB_CONTENT);
        return box;
    }

    /** A column at least {@code minWidth} wide, so that the largest figure (AlexNet's MACs) is never cut. */
    private TableColumn<LayerRow, String> column(String key, Function<LayerRow, String> value, boolean number,
                                                 double minWidth) {
        TableColumn<LayerRow, String> column = new TableColumn<>(i18n.get(key));
        column.setMinWidth(minWidth);
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue())));
        column.setSortable(false);
        if (number) {
            column.getStyleClass().add(ArchStyles.NUMBER_CELL);
        }
        return column;
    }

    private Node firstLayer() {
        HBox tools = Parts.spinner(i18n, "arch.alexnet.channels", "alexnetChannels", viewModel.channelsProperty(), 1,
                AlexNetViewModel.MAX_CHANNELS);

        // One table, the two stacks side by side, so each figure is read against the other.
        GridPane grid = new GridPane();
        grid.getStyleClass().add(ArchStyles.FIGURES);
        grid.addRow(0, new Label(), title("arch.alexnet.large"), title("arch.alexnet.small"));
        String[] rows = {"layers", "field", "output", "weightsC", "weightsAlexNet"};
        for (int r = 0; r < rows.length; r++) {
            grid.add(Parts.name(i18n, "arch.alexnet." + rows[r]), 0, r + 1);
        }
        stackColumn(grid, 1, "alexnetLarge", viewModel.largeKernelProperty());
        stackColumn(grid, 2, "alexnetSmall", viewModel.smallKernelsProperty());
        VBox card = new VBox(grid);
        card.getStyleClass().add(ArchStyles.CARD);
        VBox box = new VBox(Parts.note(i18n.get("arch.alexnet.firstLayer.caption")), tools, card,
                Parts.note(i18n.get("arch.alexnet.firstLayer.note")));
        box.getStyleClass().add(BlockStyles.TAB_CONTENT);
        return box;
    }

    private Label title(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add(ArchStyles.CARD_TITLE);
        label.setWrapText(true);
        return label;
    }

    /** Column {@code column} of the comparison: one stack's figures, ids prefixed {@code id}. */
    private void stackColumn(GridPane grid, int column, String id,
                             ReadOnlyObjectProperty<AlexNetViewModel.Stack> stack) {
        Label layers = Parts.figure(id + "Layers");
        Label field = Parts.figure(id + "Field");
        Label output = Parts.figure(id + "Output");
        Label weights = Parts.figure(id + "Weights");
        Label alexNetWeights = Parts.figure(id + "AlexNetWeights");
        grid.addColumn(column, layers, field, output, weights, alexNetWeights);
        Runnable update = () -> {
            AlexNetViewModel.Stack s = stack.get();
            layers.setText(i18n.format("arch.alexnet.layersValue", s.layers(), s.depth()));
            field.setText(i18n.format("arch.alexnet.fieldValue", s.receptiveField(), s.effectiveStride()));
            output.setText(i18n.format("arch.alexnet.size", s.outputSize()));
            weights.setText(i18n.format("arch.alexnet.weightsCValue", s.weightsPerChannelSquared(), s.weights()));
            alexNetWeights.setText(i18n.format("arch.alexnet.number", s.alexNetWeights()));
        };
        ViewListeners.onInvalidated(this, stack, obs -> update.run());
        update.run();
    }

    private String number(long value) {
        return i18n.format("arch.alexnet.number", value);
    }
}

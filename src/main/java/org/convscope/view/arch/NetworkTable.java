package org.convscope.view.arch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.arch.LayerKind;
import org.convscope.viewmodel.arch.LayerOperation;
import org.convscope.viewmodel.arch.NetworkSummary;
import org.convscope.viewmodel.arch.NetworkTableRow;
import org.convscope.viewmodel.arch.NetworkTableViewModel;

/**
 * A catalogued network layer by layer: a chooser (when there is a choice), which variant is counted, a sortable
 * table (layer, operation, output shape, weights, biases, multiply-accumulates, receptive field) with numbers
 * grouped in thousands as the UI's language writes them, the totals, and "Export CSV…", which saves the bytes of
 * {@code convscope network NAME --csv}.
 *
 * <p>Ids (with the prefix given, e.g. {@code tables}): {@code <prefix>NetworkChooser}, {@code <prefix>Variant},
 * {@code <prefix>Table}, {@code <prefix>TotalWeights}, {@code <prefix>TotalBiases},
 * {@code <prefix>TotalParameters}, {@code <prefix>TotalMacs}, {@code <prefix>Export},
 * {@code <prefix>ExportStatus}. Number columns have the ids {@code weights}, {@code biases}, {@code macs},
 * {@code receptiveField}.
 */
public final class NetworkTable extends VBox {

    private final I18n i18n;
    private final NetworkTableViewModel viewModel;
    private final NumberFormat grouped;
    private final Label exportStatus = new Label();
    /** Asks where to save, given a suggested file name; a file dialog, replaced in tests. */
    private Function<String, Optional<Path>> saveDialog = this::showSaveDialog;

    /** @param idPrefix makes the ids unique when a view shows several tables, e.g. "tables" or "resnet" */
    public NetworkTable(I18n i18n, NetworkTableViewModel viewModel, String idPrefix) {
        this.i18n = i18n;
        this.viewModel = viewModel;
        this.grouped = NumberFormat.getIntegerInstance(i18n.locale());
        grouped.setGroupingUsed(true);
        getStyleClass().add(ArchStyles.NETWORK_TABLE);

        Label variant = new Label();
        variant.setId(idPrefix + "Variant");
        variant.getStyleClass().add(ArchStyles.VARIANT);
        variant.setWrapText(true);
        variant.setMinHeight(Region.USE_PREF_SIZE);

        TableView<NetworkTableRow> table = table(idPrefix);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label weights = figure(idPrefix + "TotalWeights");
        Label biases = figure(idPrefix + "TotalBiases");
        Label parameters = figure(idPrefix + "TotalParameters");
        parameters.getStyleClass().add(ArchStyles.FIGURE_STRONG);
        Label macs = figure(idPrefix + "TotalMacs");
        FlowPane totals = new FlowPane(
                pair("arch.tables.totalWeights", weights), pair("arch.tables.totalBiases", biases),
                pair("arch.tables.totalParameters", parameters), pair("arch.tables.totalMacs", macs));
        totals.getStyleClass().add(ArchStyles.TOTALS);

        Runnable update = () -> {
            NetworkSummary s = viewModel.getSummary();
            variant.setText(i18n.get("arch.network." + s.name() + ".variant") + " "
                    + i18n.format("arch.tables.counted", s.input(), s.biasedLayers(), s.batchNormLayers(),
                    s.batchNormParameters()));
            weights.setText(grouped.format(s.weights()));
            biases.setText(grouped.format(s.biases()));
            parameters.setText(grouped.format(s.parameters()));
            macs.setText(grouped.format(s.macs()));
            exportStatus.setText("");
        };
        ViewListeners.onInvalidated(this, viewModel.summaryProperty(), obs -> update.run());
        update.run();

        getChildren().addAll(toolbar(idPrefix), variant, table, totals);
    }

    private HBox toolbar(String idPrefix) {
        HBox bar = new HBox();
        bar.getStyleClass().add(ArchStyles.TOOLBAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (viewModel.getNetworkNames().size() > 1) {
            ComboBox<String> chooser = new ComboBox<>(viewModel.getNetworkNames());
            chooser.setId(idPrefix + "NetworkChooser");
            chooser.setButtonCell(networkCell());
            chooser.setCellFactory(list -> networkCell());
            chooser.setValue(viewModel.getNetwork());
            chooser.setAccessibleText(i18n.get("arch.tables.network"));
            chooser.valueProperty().addListener((obs, old, chosen) -> {
                if (chosen != null && !chosen.equals(viewModel.getNetwork())) {
                    viewModel.chooseNetwork(chosen);
                }
            });
            ViewListeners.onChange(this, viewModel.networkProperty(), (obs, old, now) -> chooser.setValue(now));
            Label label = new Label(i18n.get("arch.tables.network"));
            label.getStyleClass().add(ArchStyles.TOOL_LABEL);
            label.setLabelFor(chooser);
            bar.getChildren().addAll(label, chooser);
        }
        Button export = new Button(i18n.get("arch.tables.export"));
        export.setId(idPrefix + "Export");
        export.setTooltip(new Tooltip(i18n.get("arch.tables.export.help")));
        export.setOnAction(e -> exportCsv());
        exportStatus.setId(idPrefix + "ExportStatus");
        exportStatus.getStyleClass().add(ArchStyles.NOTE);
        bar.getChildren().addAll(export, exportStatus);
        return bar;
    }

    private void exportCsv() {
        Optional<Path> target = saveDialog.apply(viewModel.csvFileName());
        if (target.isEmpty()) {
            return;
        }
        try {
            viewModel.exportCsv(target.get());
            exportStatus.getStyleClass().remove(ArchStyles.ERROR);
            exportStatus.setText(i18n.format("arch.tables.exported", target.get().toString()));
        } catch (IOException e) {
            exportStatus.getStyleClass().add(ArchStyles.ERROR);
            exportStatus.setText(i18n.format("arch.tables.exportFailed", target.get().toString()));
        }
    }

    private Optional<Path> showSaveDialog(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("arch.tables.export"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("arch.tables.csvFiles"), "*.csv"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Replaces the file dialog, for tests: given the suggested file name, where to save (empty: cancelled). */
    void setSaveDialog(Function<String, Optional<Path>> dialog) {
        this.saveDialog = dialog;
    }

    private TableView<NetworkTableRow> table(String idPrefix) {
        TableView<NetworkTableRow> table = new TableView<>();
        table.setId(idPrefix + "Table");
        table.getStyleClass().add(ArchStyles.TABLE);
        // The view-model's rows stay in the network's order; sorting the table sorts this view of them.
        SortedList<NetworkTableRow> sorted = new SortedList<>(viewModel.getRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // Columns keep their widths and the table scrolls sideways in a small window: a cut-off number misleads.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(""));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(NetworkTableRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(c -> c.startsWith(ArchStyles.KIND_PREFIX));
                if (!empty && row != null) {
                    getStyleClass().add(kindClass(row.kind()));
                }
            }
        });

        TableColumn<NetworkTableRow, Number> number = numberColumn("number", "arch.tables.number", r -> r.number(), false);
        number.setPrefWidth(60);
        TableColumn<NetworkTableRow, String> name = textColumn("arch.tables.layer", NetworkTableRow::name);
        name.setPrefWidth(300);
        TableColumn<NetworkTableRow, String> output = textColumn("arch.tables.output", NetworkTableRow::output);
        output.setPrefWidth(130);
        TableColumn<NetworkTableRow, Number> weights = numberColumn("weights", "arch.tables.weights",
                NetworkTableRow::weights, true);
        TableColumn<NetworkTableRow, Number> biases = numberColumn("biases", "arch.tables.biases",
                NetworkTableRow::biases, true);
        TableColumn<NetworkTableRow, Number> macs = numberColumn("macs", "arch.tables.macs", NetworkTableRow::macs,
                true);
        macs.setPrefWidth(170);
        TableColumn<NetworkTableRow, Number> rf = numberColumn("receptiveField", "arch.tables.receptiveField",
                r -> r.receptiveField(), false);
        rf.setPrefWidth(120);
        TableColumn<NetworkTableRow, String> operation = textColumn("arch.tables.operation",
                row -> describe(row.operation()));
        operation.setPrefWidth(340);
        table.getColumns().setAll(List.of(number, name, output, weights, biases, macs, rf, operation));
        return table;
    }

    /** "conv 3×3 to 64, stride 2, padding 3, no bias" in the UI's language. */
    String describe(LayerOperation op) {
        List<String> parts = new ArrayList<>();
        switch (op.kind()) {
            case CONV -> parts.add(i18n.format("arch.op.conv", op.kernelH(), op.kernelW(), op.outputs()));
            case FULLY_CONNECTED -> parts.add(i18n.format("arch.op.fc", op.outputs()));
            case POOL -> parts.add(i18n.format(op.maxPool() ? "arch.op.maxPool" : "arch.op.avgPool", op.kernelH(),
                    op.kernelW()));
            case GLOBAL_POOL -> parts.add(i18n.get("arch.op.globalPool"));
            case BATCH_NORM -> parts.add(i18n.get("arch.op.batchNorm"));
            case CONCAT -> parts.add(i18n.get("arch.op.concat"));
            case ADD -> parts.add(i18n.get("arch.op.add"));
        }
        if (op.stride() != 1) {
            parts.add(i18n.format("arch.op.stride", op.stride()));
        }
        if (!op.padding().isEmpty()) {
            parts.add(i18n.format("arch.op.padding", op.padding()));
        }
        if (op.dilation() != 1) {
            parts.add(i18n.format("arch.op.dilation", op.dilation()));
        }
        if (op.groups() != 1) {
            parts.add(i18n.format("arch.op.groups", op.groups()));
        }
        if (op.ceilMode()) {
            parts.add(i18n.get("arch.op.ceil"));
        }
        if (!op.bias() && (op.kind() == LayerKind.CONV || op.kind() == LayerKind.FULLY_CONNECTED)) {
            parts.add(i18n.get("arch.op.noBias"));
        }
        return String.join(", ", parts);
    }

    private TableColumn<NetworkTableRow, String> textColumn(String key, Function<NetworkTableRow, String> value) {
        TableColumn<NetworkTableRow, String> column = new TableColumn<>(i18n.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A right-aligned column of whole numbers, sorted by value, grouped in thousands when {@code grouping}. */
    private TableColumn<NetworkTableRow, Number> numberColumn(String id, String key,
                                                              ToLongFunction<NetworkTableRow> value,
                                                              boolean grouping) {
        TableColumn<NetworkTableRow, Number> column = new TableColumn<>(i18n.get(key));
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsLong(cell.getValue())));
        column.setComparator((a, b) -> Long.compare(a.longValue(), b.longValue()));
        column.setPrefWidth(140);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : grouping ? grouped.format(n.longValue()) : n.toString());
            }
        });
        column.getStyleClass().add(ArchStyles.NUMBER_CELL);
        return column;
    }

    private Label figure(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(ArchStyles.FIGURE);
        return label;
    }

    private HBox pair(String key, Label value) {
        Label name = new Label(i18n.get(key));
        name.getStyleClass().add(ArchStyles.FIGURE_NAME);
        HBox pair = new HBox(name, value);
        pair.setAlignment(Pos.BASELINE_LEFT);
        pair.getStyleClass().add(ArchStyles.TOOLBAR);
        return pair;
    }

    private ListCell<String> networkCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String network, boolean empty) {
                super.updateItem(network, empty);
                setText(empty || network == null ? null : i18n.get("arch.network." + network));
            }
        };
    }

    /** The style class of a row of that kind, coloured in app.css: "arch-kind-fully-connected". */
    static String kindClass(LayerKind kind) {
        return ArchStyles.KIND_PREFIX + kind.key();
    }
}

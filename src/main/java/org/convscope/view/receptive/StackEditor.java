package org.convscope.view.receptive;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.receptive.LayerRow;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;
import org.convscope.viewmodel.receptive.StackViewModel;

/**
 * The editor of one stack: a table of its layers (output size, receptive field r, effective stride j, first
 * centre), buttons to add, remove and reorder layers, a form for the selected layer's kind, k, s, p and d, the
 * stack as text, and its ledger. Ids end in the stack's letter: {@code layerTableB}, {@code addConvB}, ...
 */
final class StackEditor extends VBox {

    private final I18n i18n;
    private final StackViewModel stack;
    private final TableView<LayerRow> table = new TableView<>();
    private final ChoiceBox<Boolean> kind = new ChoiceBox<>();
    private final Spinner<Integer> kernel = new Spinner<>(1, 99, 3);
    private final Spinner<Integer> stride = new Spinner<>(1, 16, 1);
    private final Spinner<Integer> padding = new Spinner<>(0, 32, 0);
    private final Spinner<Integer> dilation = new Spinner<>(1, 16, 1);

    StackEditor(I18n i18n, ReceptiveFieldViewModel viewModel, StackViewModel stack, String letter) {
        this.i18n = i18n;
        this.stack = stack;
        getStyleClass().add(RfStyles.EDITOR);
        setId("editor" + letter);

        Label title = new Label();
        title.getStyleClass().add(RfStyles.COLUMN_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("rf.stack.title", letter, stack.getStackText()), stack.stackTextProperty()));

        table.setId("layerTable" + letter);
        table.getStyleClass().add(RfStyles.LAYER_TABLE);
        table.setItems(stack.getRows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("rf.table.empty")));
        table.getColumns().add(column("rf.table.number", r -> r.number()));
        table.getColumns().add(column("rf.table.layer", LayerRow::layer));
        table.getColumns().add(column("rf.table.output",
                r -> i18n.format("rf.table.size", r.outputHeight(), r.outputWidth())));
        table.getColumns().add(column("rf.table.r", r -> i18n.format("rf.ledger.number", r.receptiveField())));
        table.getColumns().add(column("rf.table.j", r -> i18n.format("rf.ledger.number", r.effectiveStride())));
        table.getColumns().add(column("rf.table.start", r -> i18n.format("rf.table.centre", r.firstCentre())));
        table.setPrefHeight(240);
        Label legend = new Label(i18n.get("rf.table.legend"));
        legend.getStyleClass().add(RfStyles.NOTE);
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showInForm(row));
        ViewListeners.onListChange(this, stack.getRows(), (javafx.collections.ListChangeListener<LayerRow>) c -> {
            if (table.getSelectionModel().isEmpty() && !stack.getRows().isEmpty()) {
                table.getSelectionModel().select(stack.getRows().size() - 1);
            }
        });

        Button addConv = button("addConv" + letter, "rf.editor.addConv", () -> selectAfter(stack.addConv(), -1));
        Button addPool = button("addPool" + letter, "rf.editor.addPool", () -> selectAfter(stack.addPool(), -1));
        Button remove = button("remove" + letter, "rf.editor.remove", () -> {
            int i = selected();
            selectAfter(i >= 0 && stack.remove(i), Math.max(0, i - 1));
        });
        Button earlier = button("earlier" + letter, "rf.editor.earlier", () -> {
            int i = selected();
            selectAfter(i >= 0 && stack.moveEarlier(i), i - 1);
        });
        Button later = button("later" + letter, "rf.editor.later", () -> {
            int i = selected();
            selectAfter(i >= 0 && stack.moveLater(i), i + 1);
        });
        FlowPane buttons = new FlowPane(addConv, addPool, remove, earlier, later);
        buttons.getStyleClass().add(RfStyles.EDITOR_BUTTONS);

        kind.setId("kind" + letter);
        kind.getItems().addAll(false, true);
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Boolean pool) {
                return pool == null ? "" : i18n.get(pool ? "rf.editor.pool" : "rf.editor.conv");
            }

            @Override
            public Boolean fromString(String text) {
                return i18n.get("rf.editor.pool").equals(text);
            }
        });
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Button apply = button("apply" + letter, "rf.editor.apply", this::applyForm);
        apply.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane form = new FlowPane(kind, field("rf.editor.k", kernel, "kernel" + letter),
                field("rf.editor.s", stride, "stride" + letter), field("rf.editor.p", padding, "padding" + letter),
                field("rf.editor.d", dilation, "dilation" + letter), apply);
        form.getStyleClass().add(RfStyles.EDITOR_BUTTONS);
        form.setAlignment(Pos.CENTER_LEFT);

        TextField text = new TextField();
        text.setId("stackText" + letter);
        text.setPromptText(i18n.get("rf.editor.textPrompt"));
        text.setTooltip(new Tooltip(i18n.get("rf.editor.textHelp")));
        text.setText(stack.getStackText());
        ViewListeners.onChange(this, stack.stackTextProperty(), (obs, old, now) -> text.setText(now));
        text.setOnAction(e -> {
            if (!stack.setStackText(text.getText())) {
                text.selectAll();
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        Label textLabel = new Label(i18n.get("rf.editor.text"));
        HBox textRow = new HBox(textLabel, text);
        textRow.getStyleClass().add(RfStyles.EDITOR_BUTTONS);
        textRow.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("editorError" + letter);
        error.getStyleClass().add(RfStyles.ERROR);
        error.setWrapText(true);
        error.textProperty().bind(stack.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        LedgerPane ledger = new LedgerPane(i18n, viewModel, stack);
        ledger.setId("editorLedger" + letter);

        getChildren().addAll(title, table, legend, buttons, form, textRow, error, ledger);
        table.getSelectionModel().select(0);
    }

    private <T> TableColumn<LayerRow, T> column(String key, Function<LayerRow, T> value) {
        TableColumn<LayerRow, T> column = new TableColumn<>(i18n.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private HBox field(String key, Spinner<Integer> spinner, String id) {
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(84);
        Label label = new Label(i18n.get(key));
        label.setLabelFor(spinner);
        HBox box = new HBox(label, spinner);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(RfStyles.EDITOR_BUTTONS);
        return box;
    }

    private int selected() {
        return table.getSelectionModel().getSelectedIndex();
    }

    /** After an edit that worked, selects row {@code index} (-1: the last). */
    private void selectAfter(boolean edited, int index) {
        if (edited) {
            int rows = stack.getRows().size();
            table.getSelectionModel().select(index < 0 ? rows - 1 : Math.min(index, rows - 1));
        }
    }

    private void showInForm(LayerRow row) {
        if (row == null) {
            return;
        }
        kind.setValue(row.pool());
        kernel.getValueFactory().setValue(row.kernel());
        stride.getValueFactory().setValue(row.stride());
        padding.getValueFactory().setValue(row.padding());
        dilation.getValueFactory().setValue(row.dilation());
    }

    private void applyForm() {
        int i = selected();
        if (i >= 0 && stack.setLayer(i, Boolean.TRUE.equals(kind.getValue()), kernel.getValue(), stride.getValue(),
                padding.getValue(), dilation.getValue())) {
            table.getSelectionModel().select(i);
        }
    }
}

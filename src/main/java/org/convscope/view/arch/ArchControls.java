package org.convscope.view.arch;

import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.convscope.view.control.ViewListeners;

/** The small building blocks the topic panes share: cards, labelled spinners, figures, notes. */
final class ArchControls {

    private ArchControls() {
    }

    /** A white card with a bold title above its content. */
    static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(ArchStyles.CARD_TITLE);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add(ArchStyles.CARD);
        return card;
    }

    /**
     * An editable spinner over {@code min..max} in steps of {@code step}, showing {@code property} and handing a
     * changed value to {@code setter}. A value the setter refuses (IllegalArgumentException) is put back, and
     * {@code refusal} says why in the UI's language in {@code error}, cleared by the next accepted value.
     */
    static Spinner<Integer> spinner(String id, int min, int max, int step, ReadOnlyIntegerProperty property,
                                    IntConsumer setter, Label error, IntFunction<String> refusal) {
        Spinner<Integer> spinner = new Spinner<>(
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, property.get(), step));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.valueProperty().addListener((obs, old, value) -> {
            if (value == null || value == property.get()) {
                return;
            }
            try {
                setter.accept(value);
                error.setText("");
            } catch (IllegalArgumentException e) {
                error.setText(refusal.apply(value));
                spinner.getValueFactory().setValue(property.get());
            }
        });
        ViewListeners.onChange(spinner, property,
                (obs, old, value) -> spinner.getValueFactory().setValue(value.intValue()));
        return spinner;
    }

    /** A label and its control, kept on one line when a toolbar wraps. */
    static HBox labelled(String text, Node control) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add(ArchStyles.TOOL_LABEL);
        if (control instanceof javafx.scene.control.Control c) {
            label.setLabelFor(c);
        }
        HBox group = new HBox(label, control);
        group.getStyleClass().add(ArchStyles.TOOLBAR);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    /** A label of the given style classes that wraps and is never cut short vertically. */
    static Label text(String id, String... styleClasses) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A grid of rows of labels; number columns right-aligned. */
    static GridPane figures(Label[]... rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(ArchStyles.FIGURES);
        for (int r = 0; r < rows.length; r++) {
            grid.addRow(r, rows[r]);
        }
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(names);
        for (int c = 1; c < rows[0].length; c++) {
            ColumnConstraints numbers = new ColumnConstraints();
            numbers.setHalignment(HPos.RIGHT);
            numbers.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(numbers);
        }
        return grid;
    }
}

package org.convscope.view.control;

import java.util.function.Function;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Form controls kept equal to a view-model property both ways, as every view's settings panel needs them. */
public final class Controls {

    /** The style class of a settings form, and of its labels. */
    public static final String FORM = "form";
    public static final String FORM_LABEL = "form-label";

    private Controls() {
    }

    /** An empty settings form: labels in the first column, controls filling the second. */
    public static GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(FORM);
        return grid;
    }

    /**
     * Adds "label: control" as row {@code row} of {@code form}; the label hides with the control.
     *
     * @return the next free row
     */
    public static int formRow(GridPane form, int row, String label, Node control) {
        Label name = new Label(label);
        name.getStyleClass().add(FORM_LABEL);
        name.setLabelFor(control);
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.visibleProperty().bind(control.visibleProperty());
        name.managedProperty().bind(control.managedProperty());
        form.add(name, 0, row);
        form.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
        if (control instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        return row + 1;
    }

    /** A spinner from {@code min} to {@code max} kept equal to {@code property}; typed values count as typed. */
    public static Spinner<Integer> spinner(String id, IntegerProperty property, int min, int max) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, property.get());
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        ViewListeners.onChange(spinner, property, (obs, old, now) -> factory.setValue(now.intValue()));
        commitTypedNumbers(spinner, factory);
        return spinner;
    }

    /**
     * Makes a number typed into {@code spinner} its value as soon as it is a whole number within the factory's
     * range, without waiting for Enter or a focus change.
     */
    public static void commitTypedNumbers(Spinner<Integer> spinner, SpinnerValueFactory.IntegerSpinnerValueFactory factory) {
        spinner.getEditor().textProperty().addListener((obs, old, now) -> {
            try {
                int typed = Integer.parseInt(now.strip());
                if (typed >= factory.getMin() && typed <= factory.getMax()) {
                    factory.setValue(typed);
                }
            } catch (NumberFormatException e) {
                // Half-typed text such as "" or "-": the value changes once it is a number.
            }
        });
    }

    /** A drop-down of {@code values}, each shown by {@code name}, kept equal to {@code property}. */
    public static <T> ComboBox<T> choice(String id, ObjectProperty<T> property, T[] values, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(v -> name.apply(v).equals(text)).findFirst().orElse(null);
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : name.apply(item));
            }
        });
        box.setValue(property.get());
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        ViewListeners.onChange(box, property, (obs, old, now) -> box.setValue(now));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}

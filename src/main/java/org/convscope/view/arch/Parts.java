package org.convscope.view.arch;

import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;

/** The small pieces the AlexNet, inception, ResNet and DenseNet panes are built from, styled alike. */
final class Parts {

    private Parts() {
    }

    /** A tab that cannot be closed, titled by {@code key}. */
    static Tab tab(I18n i18n, String key, Node content) {
        Tab tab = new Tab(i18n.get(key), content);
        tab.setClosable(false);
        return tab;
    }

    /** A wrapped note in the muted ink; never cut off when the pane is narrow. */
    static Label note(String text) {
        Label label = ArchControls.text(null, ArchStyles.NOTE);
        label.setText(text);
        return label;
    }

    /** The name of a figure, left of its value. */
    static Label name(I18n i18n, String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add(ArchStyles.FIGURE_NAME);
        label.setWrapText(true);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A figure in bold after its name, kept together when a row of them wraps. */
    static HBox pair(I18n i18n, String nameKey, Label figure) {
        figure.getStyleClass().add(ArchStyles.FIGURE_STRONG);
        HBox pair = new HBox(name(i18n, nameKey), figure);
        pair.setAlignment(Pos.BASELINE_LEFT);
        pair.getStyleClass().add(BlockStyles.PAIR);
        return pair;
    }

    /** An empty figure with its id, filled by the pane when its view-model changes; a number is never cut. */
    static Label figure(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(ArchStyles.FIGURE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A figure that is a sentence: wrapped, never cut off. */
    static Label sentence(String id) {
        return ArchControls.text(id, ArchStyles.FIGURE);
    }

    /**
     * An editable spinner of whole numbers from {@code min} to {@code max} that follows {@code property} both
     * ways, with its label; typed text is committed on Enter and when the spinner loses the focus.
     */
    static HBox spinner(I18n i18n, String labelKey, String id, IntegerProperty property, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(112);
        spinner.valueProperty().addListener((obs, old, value) -> property.set(value));
        ViewListeners.onChange(spinner, property, (obs, old, value) -> {
            if (!value.equals(spinner.getValue())) {
                spinner.getValueFactory().setValue(value.intValue());
            }
        });
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(spinner);
            }
        });
        return ArchControls.labelled(i18n.get(labelKey), spinner);
    }

    /** Takes the spinner's typed text as its value, or puts the value back when the text is not a number in range. */
    private static void commit(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText();
        try {
            spinner.getValueFactory().setValue(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }
}

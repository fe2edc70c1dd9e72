package org.convscope.view.lab;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.convscope.view.I18n;

/** The lab's settings forms: section titles and label-control rows. */
final class LabControls {

    private LabControls() {
    }

    static Label sectionTitle(I18n i18n, String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add(LabStyles.SECTION_TITLE);
        return label;
    }

    static GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(LabStyles.FORM);
        return grid;
    }

    /** Adds "label: control" as row {@code row}; the label hides with the control. */
    static void row(GridPane grid, int row, I18n i18n, String key, Node control) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add(LabStyles.FORM_LABEL);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.visibleProperty().bind(control.visibleProperty());
        label.managedProperty().bind(control.managedProperty());
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
        if (control instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
    }
}

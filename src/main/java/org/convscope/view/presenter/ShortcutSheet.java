package org.convscope.view.presenter;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;

/**
 * The keyboard shortcuts of the whole app (F1), grouped by view. The list is data in the bundles: for each area
 * {@code shortcuts.<area>.title}, then pairs {@code shortcuts.<area>.<nn>.keys} and {@code .action} in the order
 * of {@code nn}; an area without a title has no keys of its own and is left out.
 *
 * <p>Node ids: {@code shortcutSheet}, {@code shortcuts-<area>} (one table per area), {@code closeShortcuts}.
 */
public final class ShortcutSheet extends VBox {

    /** The areas in the order of the navigation, the window's own keys first. */
    static final List<String> AREAS = List.of("app", "slide", "receptive", "lab", "arch", "lesson");

    /** @param onClose closes the sheet (the close button; Escape and F1 are the shell's) */
    public ShortcutSheet(I18n i18n, Runnable onClose) {
        setId("shortcutSheet");
        getStyleClass().addAll(PresenterStyles.OVERLAY_CARD, PresenterStyles.SHORTCUT_SHEET);

        HBox head = new OverlayHeader(i18n, "shortcuts.title", "shortcuts.close", "closeShortcuts", onClose);

        FlowPane areas = new FlowPane();
        areas.getStyleClass().add(PresenterStyles.SHORTCUT_AREAS);
        for (String area : AREAS) {
            if (!i18n.keys("shortcuts." + area + ".title").isEmpty()) {
                areas.getChildren().add(area(i18n, area));
            }
        }
        ScrollPane scroll = new ScrollPane(areas);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(PresenterStyles.OVERLAY_SCROLL);
        areas.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(24));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(head, scroll);
    }

    private static VBox area(I18n i18n, String area) {
        Label heading = new Label(i18n.get("shortcuts." + area + ".title"));
        heading.getStyleClass().add(PresenterStyles.SHORTCUT_HEADING);
        GridPane table = new GridPane();
        table.setId("shortcuts-" + area);
        table.getStyleClass().add(PresenterStyles.SHORTCUT_TABLE);
        String prefix = "shortcuts." + area + ".";
        int row = 0;
        for (String key : i18n.keys(prefix)) {
            if (key.endsWith(".keys")) {
                String entry = key.substring(0, key.length() - ".keys".length());
                Label keys = new Label(i18n.get(key));
                keys.getStyleClass().add(PresenterStyles.KEYCAP);
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label action = new Label(i18n.get(entry + ".action"));
                action.getStyleClass().add(PresenterStyles.SHORTCUT_ACTION);
                action.setWrapText(true);
                table.addRow(row++, keys, action);
            }
        }
        VBox box = new VBox(heading, table);
        box.getStyleClass().add(PresenterStyles.SHORTCUT_AREA);
        return box;
    }
}

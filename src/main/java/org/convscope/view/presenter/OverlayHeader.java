package org.convscope.view.presenter;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.convscope.view.I18n;

/** The head of a card over the window (settings, shortcut sheet): its title, and a close button Escape presses. */
final class OverlayHeader extends HBox {

    /**
     * @param titleKey the title's message key
     * @param closeKey the close button's message key
     * @param closeId  the close button's node id
     */
    OverlayHeader(I18n i18n, String titleKey, String closeKey, String closeId, Runnable onClose) {
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().add(PresenterStyles.OVERLAY_TITLE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button close = new Button(i18n.get(closeKey));
        close.setId(closeId);
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        getChildren().addAll(title, grow, close);
        setAlignment(Pos.CENTER_LEFT);
    }
}

package org.convscope.view;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The title and one-line description at the top of a view, from the keys {@code <view>.title} and
 * {@code <view>.description}; the labels get the ids {@code <view>Title} and {@code <view>Description}.
 */
public final class ViewHeader extends VBox {

    public ViewHeader(I18n i18n, String view) {
        Label title = new Label(i18n.get(view + ".title"));
        title.setId(view + "Title");
        title.getStyleClass().add(Styles.VIEW_TITLE);
        Label description = new Label(i18n.get(view + ".description"));
        description.setId(view + "Description");
        description.getStyleClass().add(Styles.VIEW_DESCRIPTION);
        description.setWrapText(true);
        getChildren().addAll(title, description);
        getStyleClass().add(Styles.HIDEABLE);
    }
}

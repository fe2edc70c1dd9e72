package org.convscope.view;

import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * A view that is not built yet: its {@link ViewHeader} above an empty, outlined area where the view will go.
 * The node id is {@code <view>View}.
 */
public abstract class PlaceholderView extends BorderPane {

    protected PlaceholderView(I18n i18n, String view) {
        setId(view + "View");
        setTop(new ViewHeader(i18n, view));
        Region area = new Region();
        area.getStyleClass().add(Styles.PLACEHOLDER);
        setCenter(area);
    }
}

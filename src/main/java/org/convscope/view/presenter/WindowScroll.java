package org.convscope.view.presenter;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scroll bars for the whole window, for a zoom at which the views no longer fit (300% on a small screen): the
 * content fills the window whenever it fits. It never takes the keyboard, not even on a click, so the keys stay
 * with the view under the pointer.
 */
public final class WindowScroll extends ScrollPane {

    public WindowScroll(Node content) {
        super(content);
        setId("windowScroll");
        getStyleClass().add(PresenterStyles.ZOOM_SCROLL);
        setFitToWidth(true);
        setFitToHeight(true);
        setFocusTraversable(false);
    }

    /** A click on the content would otherwise give the keyboard to the scroll pane. */
    @Override
    public void requestFocus() {
        // the view keeps the keyboard
    }
}

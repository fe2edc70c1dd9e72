package org.convscope.view;

import java.util.Locale;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows one view or pane alone on the shared headless test stage, with the app stylesheet. */
public final class TestWindow {

    private TestWindow() {
    }

    /**
     * In a 1240x780 window, which fits the headless screen (a window larger than the screen makes Monocle's painter
     * overflow); the JVM's locale is the root one, so that only the view's own language formats its numbers.
     */
    public static void show(Stage stage, Parent view) {
        Locale.setDefault(Locale.ROOT);
        Scene scene = new Scene(view, 1240, 780);
        scene.getStylesheets().add(Resources.externalForm(TestWindow.class, Styles.APP_STYLESHEET));
        stage.setScene(scene);
        // The stage is shared with earlier test classes, which may have sized or moved it.
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setX(0);
        stage.setY(0);
        stage.sizeToScene();
        stage.show();
        stage.toFront();
    }
}

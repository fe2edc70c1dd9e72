package org.convscope.view.arch;

import java.util.Locale;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.convscope.view.I18n;
import org.convscope.view.Resources;
import org.convscope.view.Styles;
import org.testfx.api.FxRobot;

/** Shows an architecture pane (or the whole view) alone on the shared headless stage, with the app stylesheet. */
final class ArchPaneFixture {

    static final I18n ENGLISH = new I18n(Locale.ENGLISH);

    private ArchPaneFixture() {
    }

    /**
     * In a 1240x780 window, which fits the headless screen (a window larger than the screen makes Monocle's painter
     * overflow); the JVM's locale is the root one, so that only the pane's own language formats its numbers.
     */
    static void show(Stage stage, Parent pane) {
        Locale.setDefault(Locale.ROOT);
        Scene scene = new Scene(pane, 1240, 780);
        scene.getStylesheets().add(Resources.externalForm(ArchPaneFixture.class, Styles.APP_STYLESHEET));
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

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}

package org.convscope.view.arch;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.convscope.view.Resources;
import org.convscope.view.Styles;
import org.testfx.api.FxRobot;

/** Shows a topic pane alone on the shared headless stage, with the app stylesheet. */
final class ArchPaneFixture {

    private ArchPaneFixture() {
    }

    static void show(Stage stage, Parent pane) {
        Scene scene = new Scene(pane, 1260, 780);
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

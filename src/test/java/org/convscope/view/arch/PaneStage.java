package org.convscope.view.arch;

import java.util.Locale;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.convscope.view.I18n;
import org.convscope.view.Resources;
import org.convscope.view.Styles;

/** Shows a pane alone on the test stage with the app's stylesheet, in English. */
final class PaneStage {

    static final I18n ENGLISH = new I18n(Locale.ENGLISH);

    private PaneStage() {
    }

    /** 1240x780 fits the headless screen (1920x1080, set in the pom); a window larger than the screen makes Monocle's painter overflow. */
    static void show(Stage stage, Parent pane) {
        Locale.setDefault(Locale.ROOT);
        Scene scene = new Scene(pane, 1240, 780);
        scene.getStylesheets().add(Resources.externalForm(PaneStage.class, Styles.APP_STYLESHEET));
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

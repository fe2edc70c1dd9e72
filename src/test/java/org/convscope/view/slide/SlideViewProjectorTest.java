package org.convscope.view.slide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.convscope.view.I18n;
import org.convscope.view.Resources;
import org.convscope.view.Styles;
import org.convscope.view.control.CellGrid;
import org.convscope.viewmodel.PaddingPreset;
import org.convscope.viewmodel.SlideViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Legible from the back of a classroom: the view laid out in the space it gets in a 1920x1080 window (the
 * screen minus the 280px sidebar, the content padding and the status bar). The view is sized inside a Group
 * rather than by the window, so that its size does not hang on the headless screen's.
 */
@ExtendWith(ApplicationExtension.class)
class SlideViewProjectorTest {

    private static final double CONTENT_WIDTH = 1920 - 280 - 80;
    private static final double CONTENT_HEIGHT = 1080 - 40 - 56;

    private SlideViewModel model;

    @Start
    void start(Stage stage) {
        model = new SlideViewModel(7L);
        SlideView view = new SlideView(model, new I18n(Locale.ENGLISH));
        view.setPrefSize(CONTENT_WIDTH, CONTENT_HEIGHT);
        Scene scene = new Scene(new Group(view), 1260, 780);
        scene.getStylesheets().add(Resources.externalForm(SlideViewProjectorTest.class, Styles.APP_STYLESHEET));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void numbersOfASevenBySevenGridAreAtLeast16Pixels(FxRobot robot) {
        CellGrid input = robot.lookup("#inputGrid").queryAs(CellGrid.class);
        CellGrid output = robot.lookup("#outputGrid").queryAs(CellGrid.class);
        assertTrue(input.fontSizeProperty().get() >= 16, "input numbers are " + input.fontSizeProperty().get() + "px");
        assertTrue(output.fontSizeProperty().get() >= 16, "output numbers are " + output.fontSizeProperty().get() + "px");

        robot.interact(() -> model.paddingPresetProperty().set(PaddingPreset.VALID));
        assertTrue(input.fontSizeProperty().get() >= 16, "valid: " + input.fontSizeProperty().get() + "px");
    }

    @Test
    void noLabelIsSmallerThan13Pixels(FxRobot robot) {
        for (Node node : robot.lookup(".label").queryAll()) {
            Label label = (Label) node;
            assertTrue(label.getFont().getSize() >= 13, label.getText() + " is " + label.getFont().getSize() + "px");
        }
    }
}

package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.convscope.io.SampleImages;
import org.convscope.view.control.CellGrid;
import org.convscope.viewmodel.settings.InMemorySettingsStore;
import org.convscope.viewmodel.settings.SettingsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The zoom on a classroom projector of 1920 x 1080, the sliding view on the note's 7 x 7 input: a teacher who
 * zooms to 200% and hides the controls (Ctrl+H) gets larger cells on screen than at 100%, and the grids and the
 * written-out sum still lie inside the window. With the controls shown, 200% never squeezes the view: the window
 * scrolls instead, and the cells stay at least as large on screen as legible ones.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterZoomTest {

    private SettingsViewModel settings;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        settings = new SettingsViewModel(new InMemorySettingsStore(), AppOptions.LANGUAGES, Locale.ENGLISH);
        ConvScopeApp.show(stage, new AppOptions(Locale.ENGLISH, SampleImages.find("camera")), settings,
                () -> i18n -> "test engine");
        stage.setWidth(1920);
        stage.setHeight(1080);
    }

    @Test
    void twoHundredPercentWithHiddenControlsEnlargesTheCells(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1920, stage.getScene().getWidth(), 1, "the test needs a 1920-pixel window");
        CellGrid input = robot.lookup("#inputGrid").queryAs(CellGrid.class);
        double atHundred = cellOnScreen(input);

        robot.interact(() -> {
            settings.setZoom(200);
            settings.toggleControlsHidden();
        });
        WaitForAsyncUtils.waitForFxEvents();
        input = robot.lookup("#inputGrid").queryAs(CellGrid.class);
        assertTrue(cellOnScreen(input) > atHundred, "cells of " + cellOnScreen(input) + " px at 200% against "
                + atHundred + " px at 100%");
        assertInsideWindow(input);
        assertInsideWindow(robot.lookup("#outputGrid").query());
        assertInsideWindow(robot.lookup("#equation").query());
    }

    /** 18 layout units is the smallest legible cell: 36 screen pixels at 200%. */
    @Test
    void twoHundredPercentWithControlsScrollsRatherThanSqueeze(FxRobot robot) {
        robot.interact(() -> settings.setZoom(200));
        WaitForAsyncUtils.waitForFxEvents();
        CellGrid input = robot.lookup("#inputGrid").queryAs(CellGrid.class);
        assertTrue(cellOnScreen(input) >= 36, "cells of " + cellOnScreen(input) + " px");
        Node equationCard = robot.lookup("#equation").query().getParent().getParent().getParent().getParent();
        assertTrue(equationCard.getLayoutBounds().getWidth() >= 300, "the sum's card is "
                + equationCard.getLayoutBounds().getWidth() + " wide");
    }

    /**
     * A running lesson at 150 %: the sidebar, the sliding view and the lesson's panel do not fit in 1280 layout
     * units, so the sidebar gives way and the three grids lie whole left of the panel. At 100 % all fit again.
     */
    @Test
    void aLessonAtHundredFiftyPercentGivesTheSidebarsRoomToTheView(FxRobot robot) {
        robot.interact(() -> {
            settings.setZoom(150);
            ((ToggleButton) robot.lookup("#nav-lesson").query()).setSelected(true);
        });
        robot.interact(() -> ((Button) robot.lookup("#lessonOutline-even-kernels").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Node panel = robot.lookup("#lessonPanel").query();
        double panelLeft = panel.localToScene(panel.getLayoutBounds()).getMinX();
        for (String grid : new String[] {"#inputGrid", "#kernelGrid", "#outputGrid"}) {
            Node node = robot.lookup(grid).query();
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            assertTrue(bounds.getMinX() >= 0 && bounds.getMaxX() <= panelLeft, grid + " lies at " + bounds
                    + ", the panel from " + panelLeft);
        }
        assertFalse(robot.lookup("#sidebar").query().isVisible(), "the sidebar gave its room");

        robot.interact(() -> settings.setZoom(100));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#sidebar").query().isVisible(), "at 100 % the sidebar fits beside the panel");
    }

    private static double cellOnScreen(CellGrid grid) {
        return grid.cellSizeProperty().get() * grid.getLocalToSceneTransform().getMxx();
    }

    private void assertInsideWindow(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        assertTrue(bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= stage.getScene().getWidth()
                && bounds.getMaxY() <= stage.getScene().getHeight(), node.getId() + " lies at " + bounds);
    }
}

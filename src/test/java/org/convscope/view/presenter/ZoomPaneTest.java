package org.convscope.view.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.convscope.view.control.CellGrid;
import org.convscope.view.control.CellSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The zoom on a 3 x 3 grid in a window of at least 800 x 600: the grid fits at its largest cell (64 px) at every zoom, so on
 * screen its cells and numbers grow with the zoom, and its canvas holds zoom x as many pixels (sharp, not a 100%
 * picture stretched).
 */
@ExtendWith(ApplicationExtension.class)
class ZoomPaneTest {

    private ZoomPane zoomPane;
    private CellGrid grid;

    @Start
    void start(Stage stage) {
        grid = new CellGrid();
        grid.setSource(new Threes());
        zoomPane = new ZoomPane(new StackPane(grid));
        stage.setScene(new Scene(zoomPane, 800, 600));
        stage.show();
    }

    /** Cells of CellGrid.MAX_CELL = 64, numbers of floor(64 x 0.42) = 26 px, a canvas of 3 x 64 + 1 = 193 px. */
    @Test
    void cellsNumbersAndCanvasPixelsGrowWithTheZoom(FxRobot robot) {
        for (double zoom : new double[] {1, 2, 3}) {
            robot.interact(() -> zoomPane.zoomProperty().set(zoom));
            WaitForAsyncUtils.waitForFxEvents();
            double scale = grid.getLocalToSceneTransform().getMxx();
            assertEquals(zoom, scale, 1e-9);
            assertEquals(64 * zoom, grid.cellSizeProperty().get() * scale, 1e-9);
            assertEquals(26 * zoom, grid.fontSizeProperty().get() * scale, 1e-9);
            assertEquals(Math.ceil(193 * zoom), grid.canvas().getWidth(), 1e-9);
            assertEquals(193 * zoom, grid.canvas().getBoundsInParent().getWidth() * zoom, 1e-6,
                    "the canvas takes 193 layout units, drawn with zoom x as many pixels");
        }
    }

    @Test
    void theContentIsLaidOutInTheWindowDividedByTheZoom(FxRobot robot) {
        robot.interact(() -> zoomPane.zoomProperty().set(2.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoomPane.getScene().getWidth() / 2.5, zoomPane.content().getLayoutBounds().getWidth(), 1e-9);
        assertEquals(zoomPane.getScene().getHeight() / 2.5, zoomPane.content().getLayoutBounds().getHeight(), 1e-9);
    }

    /** Every cell reads 7 on a middle shade. */
    private static final class Threes implements CellSource {
        @Override
        public int rows() {
            return 3;
        }

        @Override
        public int columns() {
            return 3;
        }

        @Override
        public String text(int row, int column) {
            return "7";
        }

        @Override
        public Look look(int row, int column) {
            return Look.VALUE;
        }

        @Override
        public double shade(int row, int column) {
            return 0.5;
        }

        @Override
        public boolean highlighted(int row, int column) {
            return false;
        }
    }
}

package org.convscope.view.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Smaller than the window / 2 (the window is at least 800 x 600), larger than the window / 3. */
    private static final double SMALLEST_WIDTH = 390;
    private static final double SMALLEST_HEIGHT = 290;

    private ZoomPane zoomPane;
    private CellGrid grid;

    @Start
    void start(Stage stage) {
        grid = new CellGrid();
        grid.setSource(new Threes());
        zoomPane = new ZoomPane(new StackPane(grid), SMALLEST_WIDTH, SMALLEST_HEIGHT);
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
        robot.interact(() -> zoomPane.zoomProperty().set(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoomPane.getScene().getWidth() / 2, zoomPane.content().getLayoutBounds().getWidth(), 1e-9);
        assertEquals(zoomPane.getScene().getHeight() / 2, zoomPane.content().getLayoutBounds().getHeight(), 1e-9);
    }

    /**
     * At 300% the window / 3 is smaller than the smallest box (390 x 290): the content keeps that box, drawn
     * 1170 x 870, and the pane asks for that much, which a window scroll pane then scrolls.
     */
    @Test
    void aHighZoomKeepsTheSmallestBoxAndAsksForMoreRoom(FxRobot robot) {
        robot.interact(() -> zoomPane.zoomProperty().set(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(zoomPane.getScene().getWidth() / 3 < SMALLEST_WIDTH, "the window is larger than this test expects");
        assertEquals(SMALLEST_WIDTH, zoomPane.content().getLayoutBounds().getWidth(), 1e-9);
        assertEquals(SMALLEST_HEIGHT, zoomPane.content().getLayoutBounds().getHeight(), 1e-9);
        assertEquals(SMALLEST_WIDTH * 3, zoomPane.minWidth(-1), 1e-9);
        assertEquals(SMALLEST_HEIGHT * 3, zoomPane.minHeight(-1), 1e-9);
    }

    /** Content that needs more than the window / 2 (here 1000 layout units high) is never squeezed below it. */
    @Test
    void theContentsOwnMinimumWins(FxRobot robot) {
        robot.interact(() -> {
            ((StackPane) zoomPane.content()).setMinSize(SMALLEST_WIDTH, 1000);
            zoomPane.zoomProperty().set(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoomPane.getScene().getWidth() / 2, zoomPane.content().getLayoutBounds().getWidth(), 1e-9,
                "the window / 2 is wider than the content's minimum");
        assertEquals(1000, zoomPane.content().getLayoutBounds().getHeight(), 1e-9);
        assertEquals(2000, zoomPane.minHeight(-1), 1e-9);
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

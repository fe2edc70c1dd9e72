package org.convscope.view.slide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

import org.convscope.view.I18n;
import org.convscope.view.Resources;
import org.convscope.view.Styles;
import org.convscope.view.control.CellGrid;
import org.convscope.viewmodel.PaddingPreset;
import org.convscope.viewmodel.SlidePicture;
import org.convscope.viewmodel.SlideViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sliding-kernel view as a student uses it, headless; expected windows come from brute force. */
@ExtendWith(ApplicationExtension.class)
class SlideViewTest {

    private SlideViewModel model;

    @Start
    void start(Stage stage) {
        model = new SlideViewModel(7L);
        // The window must fit in Monocle's headless screen (1920x1080, set in the pom); a projector's 1280x800 does.
        Scene scene = new Scene(new SlideView(model, new I18n(Locale.ENGLISH)), 1260, 780);
        scene.getStylesheets().add(Resources.externalForm(SlideViewTest.class, Styles.APP_STYLESHEET));
        stage.setScene(scene);
        stage.show();
    }

    private static void set(FxRobot robot, String spinner, int value) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> s = robot.lookup(spinner).queryAs(Spinner.class);
        robot.interact(() -> s.getValueFactory().setValue(value));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static CellGrid grid(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(CellGrid.class);
    }

    /** Columns and rows drawn: the canvas is cellSize * cells + 1 wide. */
    private static int[] drawnCells(CellGrid grid) {
        double cell = grid.cellSizeProperty().get();
        return new int[] {(int) Math.round((grid.canvas().getHeight() - 1) / cell),
                (int) Math.round((grid.canvas().getWidth() - 1) / cell)};
    }

    private static Point2D onScreen(CellGrid grid, int row, int column) {
        return grid.localToScreen(grid.cellCenterX(column), grid.cellCenterY(row));
    }

    @Test
    void kernelStridePaddingAndDilationChangeTheOutputGridAndTheFormula(FxRobot robot) {
        assertEquals("Output 7 × 7", text(robot, "#outputCaption"));
        assertEquals(7, drawnCells(grid(robot, "#outputGrid"))[1]);

        set(robot, "#kernelRowsSpinner", 5);
        set(robot, "#kernelColumnsSpinner", 5);
        robot.interact(() -> robot.lookup("#paddingChoice").queryAs(ComboBox.class).setValue(PaddingPreset.VALID));
        assertEquals("Output 3 × 3", text(robot, "#outputCaption"));
        assertEquals("w_out = w_in - k + 1 + 2p = 7 - 5 + 1 + 2·0 = 3", text(robot, "#simpleFormula"));

        robot.clickOn("#strideSpinner .increment-arrow-button");
        assertEquals(2, model.strideProperty().get());
        assertEquals("Output 2 × 2", text(robot, "#outputCaption"));
        assertEquals("Columns: out = floor((7 + 0 + 0 - 1·(5 - 1) - 1) / 2) + 1 = 2", text(robot, "#columnsFormula"));
        assertTrue(text(robot, "#simpleFormula").startsWith("w_out = w_in − k + 1 + 2p holds only"));

        set(robot, "#strideSpinner", 1);
        set(robot, "#dilationSpinner", 2);
        set(robot, "#kernelRowsSpinner", 3);
        set(robot, "#kernelColumnsSpinner", 3);
        SlidePicture p = model.getPicture();
        assertEquals(3, p.outputRows(), "7 - 2(3-1) - 1 + 1 = 3");
        int[] cells = drawnCells(grid(robot, "#outputGrid"));
        assertEquals(p.outputRows(), cells[0]);
        assertEquals(p.outputColumns(), cells[1]);
        assertEquals("Rows: out = floor((7 + 0 + 0 - 2·(3 - 1) - 1) / 1) + 1 = 3", text(robot, "#rowsFormula"));
    }

    @Test
    void steppingForwardAndBackMovesTheLitWindow(FxRobot robot) {
        robot.clickOn("#stepForwardButton").clickOn("#stepForwardButton").clickOn("#stepForwardButton");
        assertEquals(3, model.getStep());
        assertEquals("Step 4 of 49", text(robot, "#stepLabel"));
        assertWindowLit(0, 3);
        robot.clickOn("#stepBackButton");
        assertEquals(2, model.getStep());
        assertWindowLit(0, 2);

        // Pixels (grid = input + 1 for the padding): input (0, 4) has left the window of output (0, 2), (0, 1) is in it.
        CellGrid input = grid(robot, "#inputGrid");
        assertTrue(isTinted(pixel(robot, input, 1, 2)), "a cell in the window should be tinted");
        assertFalse(isTinted(pixel(robot, input, 1, 5)), "a cell outside the window should not be tinted");
    }

    private void assertWindowLit(int outY, int outX) {
        SlidePicture p = model.getPicture();
        for (int y = -p.padTop(); y < p.inputRows() + p.padBottom(); y++) {
            for (int x = -p.padLeft(); x < p.inputColumns() + p.padRight(); x++) {
                boolean expected = y >= outY - 1 && y <= outY + 1 && x >= outX - 1 && x <= outX + 1;
                assertEquals(expected, model.isInputHighlighted(y, x), "input " + y + "," + x);
            }
        }
    }

    /** A pixel near the top-left corner of a cell, clear of the number in the middle. */
    private static Color pixel(FxRobot robot, CellGrid grid, int row, int column) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = grid.canvas().snapshot(null, null));
        double cell = grid.cellSizeProperty().get();
        return image[0].getPixelReader().getColor((int) (column * cell + cell * 0.2), (int) (row * cell + cell * 0.8));
    }

    /** The highlight is amber; value shades are blue-grey, so red above blue means tinted. */
    private static boolean isTinted(Color c) {
        return c.getRed() > c.getBlue() + 0.1;
    }

    @Test
    void hoveringAnOutputCellLightsExactlyItsWindowAndShowsItsSum(FxRobot robot) {
        robot.moveTo(onScreen(grid(robot, "#outputGrid"), 2, 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2 * 7 + 3, model.hoveredOutputProperty().get());
        assertWindowLit(2, 3);
        assertTrue(equationText(robot).startsWith("Output (2, 3) of filter 1 = \n"), equationText(robot));
        assertTrue(equationText(robot).endsWith(" = " + model.getPicture().outputText(0, 2, 3)));
    }

    private static String equationText(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        for (Node node : robot.lookup("#equation").queryAs(TextFlow.class).getChildren()) {
            all.append(((Text) node).getText());
        }
        return all.toString();
    }

    @Test
    void hoveringAnInputCellCountsTheOutputsItFeeds(FxRobot robot) {
        CellGrid input = grid(robot, "#inputGrid");
        robot.moveTo(onScreen(input, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Input cell (0, 0) is read by 4 output cells", text(robot, "#reachText"));
        robot.moveTo(onScreen(input, 4, 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Input cell (3, 3) is read by 9 output cells", text(robot, "#reachText"));
        assertEquals(9, model.highlightedOutputCount());
    }

    @Test
    void anImpossibleGeometryShowsTheMessageAndKeepsTheLastPicture(FxRobot robot) {
        robot.interact(() -> robot.lookup("#paddingChoice").queryAs(ComboBox.class).setValue(PaddingPreset.VALID));
        SlidePicture before = model.getPicture();
        assertFalse(robot.lookup("#errorMessage").queryAs(Label.class).isVisible());

        set(robot, "#kernelRowsSpinner", 9);

        Label error = robot.lookup("#errorMessage").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("A 9 × 3 kernel does not fit in a 7 × 7 input padded to 7 × 7: use a smaller kernel, or more"
                + " padding.", error.getText());
        assertSame(before, model.getPicture());
        assertEquals("Output 5 × 5", text(robot, "#outputCaption"));
        assertEquals(5, drawnCells(grid(robot, "#outputGrid"))[0]);

        set(robot, "#kernelRowsSpinner", 3);
        assertFalse(error.isVisible());
    }

    @Test
    void keysPlayStepJumpAndChangeTheSpeed(FxRobot robot) {
        robot.clickOn("#stepLabel");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        assertEquals(2, model.getStep());
        robot.type(KeyCode.LEFT);
        assertEquals(1, model.getStep());
        robot.type(KeyCode.END);
        assertEquals(48, model.getStep());
        robot.type(KeyCode.HOME);
        assertEquals(0, model.getStep());
        robot.type(KeyCode.ADD);
        assertEquals("2×", text(robot, "#speedLabel"));
        robot.type(KeyCode.SUBTRACT, KeyCode.SUBTRACT);
        assertEquals("0.5×", text(robot, "#speedLabel"));
        robot.type(KeyCode.SPACE);
        assertTrue(model.isPlaying());
        robot.type(KeyCode.SPACE);
        assertFalse(model.isPlaying());
    }

    @Test
    void anEvenKernelWithSamePaddingExplainsTheSplit(FxRobot robot) {
        Label note = robot.lookup("#samePaddingNote").queryAs(Label.class);
        assertFalse(note.isVisible());
        set(robot, "#kernelRowsSpinner", 4);
        assertTrue(note.isVisible());
        assertTrue(note.getText().contains("Rows: p = d(k − 1)/2 = 3/2 = 1.5, not a whole cell. Here top 1, bottom 2;"
                + " the other convention: top 2, bottom 1."), note.getText());
        assertTrue(note.getText().contains("+0.5 cell"), note.getText());
    }

    @Test
    void severalChannelsAndFiltersShowPartialSumsAndMoreOutputs(FxRobot robot) {
        set(robot, "#channelsSpinner", 3);
        set(robot, "#filtersSpinner", 2);
        set(robot, "#shownFilterSpinner", 2);
        assertEquals("Input 7 × 7 × 3, padded to 9 × 9", text(robot, "#inputCaption"));
        assertEquals("Kernel 3 × 3 × 3", text(robot, "#kernelCaption"));
        assertEquals("Output 7 × 7 × 2", text(robot, "#outputCaption"));
        String equation = equationText(robot);
        assertTrue(equation.contains("channel 1:") && equation.contains("channel 3:"), equation);
        assertTrue(equation.contains("total:  "), equation);
        assertTrue(equation.startsWith("Output (0, 0) of filter 2 ="), equation);
    }

    @Test
    void unusedCellsAreCounted(FxRobot robot) {
        robot.interact(() -> robot.lookup("#paddingChoice").queryAs(ComboBox.class).setValue(PaddingPreset.VALID));
        set(robot, "#strideSpinner", 3);
        assertEquals("13 input cells are never read by any window (crossed out): the stride or dilation skips them.",
                text(robot, "#unusedText"));
    }

    @Test
    void clickingAnInputCellLetsTheStudentTypeAValue(FxRobot robot) {
        robot.clickOn(onScreen(grid(robot, "#inputGrid"), 1, 1));
        robot.lookup("#cellEditor").query();
        robot.eraseText(3).write("42").type(KeyCode.ENTER);
        assertEquals(42, model.getPicture().inputValue(0, 0, 0));
        assertTrue(robot.lookup("#cellEditor").tryQuery().isEmpty());
    }
}

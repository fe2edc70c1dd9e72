package org.convscope.view.receptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.convscope.core.rf.LayerSpec;
import org.convscope.core.rf.ReceptiveField;
import org.convscope.view.I18n;
import org.convscope.view.TestWindow;
import org.convscope.viewmodel.receptive.CellRegion;
import org.convscope.viewmodel.receptive.LayerRow;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The receptive-field view headless (Monocle): what a person sees lit, and what editing does. */
@ExtendWith(ApplicationExtension.class)
class ReceptiveFieldViewTest {

    private static final int SIZE = 12;

    private ReceptiveFieldViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new ReceptiveFieldViewModel();
        ReceptiveFieldView view = new ReceptiveFieldView(new I18n(Locale.ENGLISH), viewModel);
        TestWindow.show(stage, view);
    }

    /**
     * On a 12x12 input, so that a cell is several pixels high in a 1280x800 window (48x48 is checked
     * through the view-model in ReceptiveFieldViewModelTest).
     */
    @Test
    void hoveringAnOutputCellLightsTheRegionTheCoreComputesInEveryLayerOfBothStacks(FxRobot robot) {
        robot.interact(() -> viewModel.setInputSize(SIZE));
        for (int[] cell : new int[][] {{3, 5}, {0, 0}, {7, 7}, {7, 0}}) {
            ConeCanvas coneB = robot.lookup("#coneB").queryAs(ConeCanvas.class);
            Point2D local = coneB.outputCellCentre(cell[0], cell[1]);
            robot.moveTo(coneB.localToScreen(local));
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals(expected("conv3,conv3", SIZE, cell[0], cell[1]), coneB.paintedRegions());
            ConeCanvas coneA = robot.lookup("#coneA").queryAs(ConeCanvas.class);
            assertEquals(expected("conv5", SIZE, cell[0], cell[1]), coneA.paintedRegions());
        }
    }

    /** The cells lit in every plane, independently from the core: plane p sees layers p+1.. on its own size. */
    private static List<CellRegion> expected(String stack, int input, int y, int x) {
        List<LayerSpec> layers = LayerSpec.parseStack(stack);
        ReceptiveField whole = new ReceptiveField(input, input, layers);
        List<CellRegion> regions = new ArrayList<>();
        for (int p = 0; p < layers.size(); p++) {
            int size = whole.row(p).geometry().inH();
            ReceptiveField.Region r = new ReceptiveField(size, size, layers.subList(p, layers.size()))
                    .region(layers.size() - 1 - p, y, x);
            regions.add(new CellRegion(p, r.top(), r.left(), r.height(), r.width()));
        }
        regions.add(new CellRegion(layers.size(), y, x, 1, 1));
        return regions;
    }

    @Test
    void clickingPinsTheCellAndTheHeatmapProfileShowsOneTwoThreeTwoOne(FxRobot robot) {
        robot.interact(() -> viewModel.setInputSize(SIZE));
        ConeCanvas coneA = robot.lookup("#coneA").queryAs(ConeCanvas.class);
        robot.clickOn(coneA.localToScreen(coneA.outputCellCentre(4, 6)));
        ConeCanvas coneB = robot.lookup("#coneB").queryAs(ConeCanvas.class);
        robot.moveTo(coneB.localToScreen(coneB.outputCellCentre(1, 1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new CellRegion(0, 4, 6, 5, 5), coneA.paintedRegions().get(0));
        assertEquals("paths per row: 1 1 1 1 1", robot.lookup("#profileA").queryAs(Label.class).getText());
        assertEquals("paths per row: 1 2 3 2 1", robot.lookup("#profileB").queryAs(Label.class).getText());
    }

    /** On the 48x48 input, zoomed (the default) and whole, hovering lights what the core computes. */
    @Test
    void hoveringWorksZoomedOnTheConeAndOnWholePlanes(FxRobot robot) {
        ConeCanvas coneB = robot.lookup("#coneB").queryAs(ConeCanvas.class);
        for (boolean zoomed : new boolean[] {true, false}) {
            if (!zoomed) {
                robot.clickOn("#zoomCone");
            }
            int centre = 22;
            // Zoomed, the output shows a 13x13 window around cell 22: 16..28.
            int[][] cells = zoomed ? new int[][] {{16, 28}, {20, 17}} : new int[][] {{centre, centre}};
            for (int[] cell : cells) {
                robot.moveTo(coneB.localToScreen(coneB.outputCellCentre(cell[0], cell[1])));
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(expected("conv3,conv3", 48, cell[0], cell[1]), coneB.paintedRegions(), "zoomed " + zoomed);
            }
        }
    }

    @Test
    void arrowKeysMoveThePinnedCellInBothStacks(FxRobot robot) {
        robot.interact(() -> viewModel.setInputSize(SIZE));
        ConeCanvas coneB = robot.lookup("#coneB").queryAs(ConeCanvas.class);
        robot.clickOn(coneB.localToScreen(coneB.outputCellCentre(3, 5)));
        robot.type(javafx.scene.input.KeyCode.RIGHT).type(javafx.scene.input.KeyCode.UP);

        assertEquals(expected("conv3,conv3", SIZE, 2, 6), coneB.paintedRegions());
        assertEquals(expected("conv5", SIZE, 2, 6), robot.lookup("#coneA").queryAs(ConeCanvas.class).paintedRegions());
    }

    @Test
    void choosingAPresetShowsItsInputSizeAndFigures(FxRobot robot) {
        robot.interact(() -> viewModel.choosePreset(org.convscope.viewmodel.receptive.Preset.ALEXNET_FIRST_LAYER));
        assertEquals("receptive field 11×11, effective stride 4, 227×227 → 55×55", text(robot, "#stackFiguresA"));
        assertEquals("receptive field 11×11, effective stride 4, 227×227 → 55×55", text(robot, "#stackFiguresB"));
        assertEquals("121 C² = 495,616", text(robot, "#ledgerA .rf-ledger-weights"));
        assertEquals("27 C² = 110,592", text(robot, "#ledgerB .rf-ledger-weights"));
    }

    @Test
    void theLedgersShowTheNotesFigures(FxRobot robot) {
        assertEquals("25 C² = 102,400", text(robot, "#ledgerA .rf-ledger-weights"));
        assertEquals("18 C² = 73,728", text(robot, "#ledgerB .rf-ledger-weights"));
        assertEquals("conv3: 36,864 + conv3: 36,864", text(robot, "#ledgerB .rf-ledger-per-layer"));
        assertEquals("73,856 (128 biases)", text(robot, "#ledgerB .rf-ledger-parameters"));
        assertEquals("2", text(robot, "#ledgerB .rf-ledger-nonlinearities"));
        assertEquals("receptive field 5×5, effective stride 1, 48×48 → 44×44", text(robot, "#stackFiguresB"));
        assertTrue(text(robot, "#savings").startsWith("Stack B against stack A: weights 28.0 % less"),
                text(robot, "#savings"));
    }

    @Test
    void editingTheStackUpdatesTheTableAndTheLedger(FxRobot robot) {
        robot.clickOn("#editorTab");
        robot.clickOn("#addConvB");
        robot.clickOn("#addPoolB");

        @SuppressWarnings("unchecked")
        TableView<LayerRow> table = robot.lookup("#layerTableB").queryAs(TableView.class);
        assertEquals(4, table.getItems().size());
        // What the table shows in the pool's row: output, r, j, first centre (columns 2 to 5).
        List<Object> poolRow = new ArrayList<>();
        for (int column = 2; column <= 5; column++) {
            poolRow.add(table.getColumns().get(column).getCellData(3));
        }
        // conv3, conv3, conv3p1, pool2: r = 3, 5, 7, 8; the padding of 1 moves the first field to cells -1..6,
        // centred on (-1 + 6) / 2 = 2.5.
        assertEquals(List.of("22×22", "8", "2", "2.5"), poolRow);
        assertEquals("27 C² = 110,592", text(robot, "#editorLedgerB .rf-ledger-weights"));
        assertEquals("27 C² = 110,592", text(robot, "#ledgerB .rf-ledger-weights"));
        assertEquals("Stack B: conv3,conv3,conv3p1,pool2", text(robot, "#stackTitleB"));

        robot.clickOn("#stackTextB").eraseText(40).write("conv7s2").type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(1, table.getItems().size());
        assertEquals("49 C² = 200,704", text(robot, "#editorLedgerB .rf-ledger-weights"));

        robot.clickOn("#stackTextB").eraseText(40).write("conv50").type(javafx.scene.input.KeyCode.ENTER);
        assertTrue(text(robot, "#editorErrorB").startsWith("layer 1 (conv50) on its 48x48 input"),
                text(robot, "#editorErrorB"));
        assertEquals(1, table.getItems().size());
    }

    /** Projector-legible: every label of every tab at least 16px. */
    @Test
    void everyLabelIsAtLeast16Pixels(FxRobot robot) {
        for (String tab : List.of("#compareTab", "#erfTab", "#editorTab", "#networksTab")) {
            robot.clickOn(robot.lookup(".tab").match(n -> ("#" + n.getId()).equals(tab)).queryAs(Node.class));
            for (Node node : robot.lookup("#receptiveView .label").queryAll()) {
                Label label = (Label) node;
                if (label.isVisible() && label.getScene() != null) {
                    assertTrue(label.getFont().getSize() >= 16,
                            tab + ": '" + label.getText() + "' is " + label.getFont().getSize() + "px");
                }
            }
        }
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Label) node).getText();
    }
}

package org.convscope.view.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.convscope.core.count.NetworkCatalogue;
import org.convscope.core.count.NetworkCsv;
import org.convscope.view.I18n;
import org.convscope.view.TestWindow;
import org.convscope.viewmodel.arch.NetworkTableRow;
import org.convscope.viewmodel.arch.NetworkTableViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The network table headless: choosing a network, sorting, the totals as a person reads them, CSV export. */
@ExtendWith(ApplicationExtension.class)
class NetworkTableTest {

    @TempDir
    Path dir;

    private NetworkTable table;

    @Start
    void start(Stage stage) {
        table = new NetworkTable(new I18n(Locale.ENGLISH), new NetworkTableViewModel(), "tables");
        TestWindow.show(stage, table);
    }

    /** Published totals: Caffe bvlc_alexnet 60,965,224 parameters; torchvision resnet50 25,557,032. */
    @Test
    void choosingANetworkChangesTheRowsAndTotals(FxRobot robot) {
        assertEquals("60,965,224", text(robot, "#tablesTotalParameters"));
        assertEquals(11, rows(robot).size());
        assertEquals("724,406,816", text(robot, "#tablesTotalMacs"), "AlexNet's MACs summed by hand (NetworkCsvTest)");

        robot.clickOn("#tablesNetworkChooser");
        robot.clickOn("ResNet-50");

        assertEquals("25,557,032", text(robot, "#tablesTotalParameters"));
        assertEquals("conv1", rows(robot).get(0).name());
        assertEquals("fc", rows(robot).get(rows(robot).size() - 1).name());
        assertTrue(text(robot, "#tablesVariant").contains("53 batch-norm layers"), text(robot, "#tablesVariant"));
        // He et al. 2016, Table 1: conv1 is 7x7, 64 filters, stride 2: 3 * 49 * 64 = 9,408 weights, shown grouped.
        assertEquals("9,408", cellText(robot, "weights", 0));
    }

    @Test
    void sortingByWeightsPutsTheLargestLayerFirstWithoutReorderingTheNetwork(FxRobot robot) {
        TableView<NetworkTableRow> view = tableView(robot);
        TableColumn<NetworkTableRow, ?> weights = column(view, "weights");
        robot.interact(() -> {
            weights.setSortType(TableColumn.SortType.DESCENDING);
            view.getSortOrder().setAll(List.of(weights));
        });
        // AlexNet's largest layer is fc6: 256 * 6 * 6 * 4096 = 37,748,736 weights.
        assertEquals("fc6", view.getItems().get(0).name());
        assertEquals("37,748,736", cellText(robot, "weights", 0));
        robot.interact(() -> view.getSortOrder().clear());
        assertEquals("conv1", view.getItems().get(0).name());
    }

    @Test
    void exportWritesTheCommandLinesBytes(FxRobot robot) throws IOException {
        Path file = dir.resolve("out.csv");
        List<String> suggested = new ArrayList<>();
        robot.interact(() -> table.setSaveDialog(name -> {
            suggested.add(name);
            return Optional.of(file);
        }));
        robot.clickOn("#tablesNetworkChooser");
        robot.clickOn("VGG-16");
        robot.clickOn("#tablesExport");

        assertEquals(List.of("vgg16.csv"), suggested);
        assertEquals(NetworkCsv.of(NetworkCatalogue.vgg16()), Files.readString(file));
        assertEquals("Saved " + file, text(robot, "#tablesExportStatus"));
    }

    @Test
    void aFailedExportSaysWhichFile(FxRobot robot) {
        Path folder = dir.resolve("no-such-folder").resolve("out.csv");
        robot.interact(() -> table.setSaveDialog(name -> Optional.of(folder)));
        robot.clickOn("#tablesExport");
        assertEquals("Could not write " + folder + ": check that the folder exists and that you may write to it.",
                text(robot, "#tablesExportStatus"));
    }

    /** AlexNet's conv2 is 5x5 to 256 with padding 2 in two groups; the operation reads so in either language. */
    @Test
    void operationsAreWordedInTheUisLanguage(FxRobot robot) {
        NetworkTableRow conv2 = rows(robot).get(2);
        assertEquals("conv2", conv2.name());
        assertEquals("conv 5×5 to 256, padding 2, 2 groups", table.describe(conv2.operation()));
        List<String> wording = new ArrayList<>();
        robot.interact(() -> wording.add(new NetworkTable(new I18n(Locale.KOREAN), new NetworkTableViewModel(), "ko")
                .describe(conv2.operation())));
        assertEquals(List.of("합성곱 5×5, 출력 256, 패딩 2, 그룹 2개"), wording);
    }

    @Test
    void theChooserNamesNetworksAsPapersDo(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> chooser = robot.lookup("#tablesNetworkChooser").queryAs(ComboBox.class);
        assertEquals("AlexNet", chooser.getButtonCell().getText());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<NetworkTableRow> tableView(FxRobot robot) {
        return robot.lookup("#tablesTable").queryAs(TableView.class);
    }

    private static List<NetworkTableRow> rows(FxRobot robot) {
        return tableView(robot).getItems();
    }

    private static TableColumn<NetworkTableRow, ?> column(TableView<NetworkTableRow> view, String id) {
        return view.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** The text the table's cell shows in column {@code id}, row {@code row} of the sorted table. */
    private static String cellText(FxRobot robot, String id, int row) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.isVisible() && c.getIndex() == row && c.getTableColumn() != null
                        && id.equals(c.getTableColumn().getId()))
                .map(TableCell::getText).findFirst().orElseThrow();
    }
}

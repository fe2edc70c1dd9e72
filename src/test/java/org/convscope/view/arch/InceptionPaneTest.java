package org.convscope.view.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.viewmodel.arch.InceptionViewModel;
import org.convscope.view.TestWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inception block builder headless: toggling the reductions and editing a branch change what is shown. */
@ExtendWith(ApplicationExtension.class)
class InceptionPaneTest {

    @Start
    void start(Stage stage) {
        TestWindow.show(stage, new InceptionPane(ArchPaneFixture.ENGLISH, new InceptionViewModel()));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The texts of the drawing's boxes and edge labels, top to bottom as drawn. */
    private static List<String> drawn(FxRobot robot) {
        return robot.lookup("#inceptionDiagram").queryAs(Diagram.class).drawn().stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void togglingTheReductionsShowsTheNaiveBlocksCounts(FxRobot robot) {
        // Szegedy et al. 2015, Table 1, inception 3a with its reductions, by hand; then the naive block of Figure 2a.
        long real = 192 * 64 + (192 * 96 + 96 * 128 * 9) + (192 * 16 + 16 * 32 * 25) + 192 * 32;
        long naive = 192 * 64 + 192 * 128 * 9 + 192 * 32 * 25;
        assertEquals(String.format("%,d", real), text(robot, "#inceptionWeights"));
        assertEquals(String.format("%,d", 28L * 28 * real), text(robot, "#inceptionMacs"));
        assertTrue(drawn(robot).contains("96x28x28"), "the 3x3 reduction's output is written on its edge");

        robot.clickOn("#inceptionReductions");
        assertEquals(String.format("%,d", naive), text(robot, "#inceptionWeights"));
        assertEquals(String.format("%,d", 28L * 28 * naive), text(robot, "#inceptionMacs"));
        assertEquals("416x28x28", text(robot, "#inceptionOutput"));
        assertTrue(drawn(robot).contains("Concatenation along channels: 416x28x28"));
        assertTrue(drawn(robot).stream().noneMatch(t -> t.equals("96x28x28")), "no reduction is drawn");

        robot.clickOn("#inceptionReductions");
        assertEquals(String.format("%,d", real), text(robot, "#inceptionWeights"));
    }

    @Test
    void typingABranchsChannelsRecountsTheBlock(FxRobot robot) {
        robot.doubleClickOn("#inceptionOut3 .text-field").write("192").type(KeyCode.ENTER);
        long weights = 192 * 64 + (192 * 96 + 96 * 192 * 9) + (192 * 16 + 16 * 32 * 25) + 192 * 32;
        assertEquals(String.format("%,d", weights), text(robot, "#inceptionWeights"));
        assertEquals("320x28x28", text(robot, "#inceptionOutput"));
        assertTrue(drawn(robot).contains("3×3 conv, 192"));
    }
}

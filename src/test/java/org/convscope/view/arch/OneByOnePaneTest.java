package org.convscope.view.arch;

import static org.convscope.view.arch.ArchPaneFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.Locale;

import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.core.count.Layer;
import org.convscope.core.count.LayerCount;
import org.convscope.core.count.Shape;
import org.convscope.view.I18n;
import org.convscope.view.TestWindow;
import org.convscope.viewmodel.arch.OneByOneViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 1x1 topic headless: the note's figures, editing C_out, stepping the dot product, an even kernel. */
@ExtendWith(ApplicationExtension.class)
class OneByOnePaneTest {

    private static final NumberFormat GROUPED = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    @Start
    void start(Stage stage) {
        TestWindow.show(stage, new OneByOnePane(new I18n(Locale.ENGLISH), new OneByOneViewModel()));
    }

    /** The lecture note: 3x3 from 256 to 128 channels has 294,912 weights, 1x1 has 32,768. */
    @Test
    void showsTheNotesFigures(FxRobot robot) {
        assertEquals("294,912", text(robot, "#obbKxkWeights"));
        assertEquals("32,768", text(robot, "#obbOneWeights"));
        assertEquals("90,112", text(robot, "#obbBottleneckWeights"));
        assertEquals("2", text(robot, "#obbBottleneckDepth"));
        assertEquals("1", text(robot, "#obbPlainDepth"));
        assertTrue(text(robot, "#obbSaving").startsWith("Deeper (2 layers against 1), yet 69.4 % fewer weights"),
                text(robot, "#obbSaving"));
    }

    @Test
    void editingOutputChannelsShowsTheCoresCounts(FxRobot robot) {
        typeInto(robot, "#obbOutChannels", "96");

        Shape input = new Shape(256, 11, 11);
        LayerCount kxk = Layer.conv(96, 3, 1, 1).count(input);
        LayerCount one = Layer.conv(96, 1, 1, 0).count(input);
        LayerCount reduce = Layer.conv(64, 1, 1, 0).count(input);
        LayerCount after = Layer.conv(96, 3, 1, 1).count(reduce.output());
        assertEquals(GROUPED.format(kxk.weights()), text(robot, "#obbKxkWeights"));
        assertEquals(GROUPED.format(kxk.macs()), text(robot, "#obbKxkMacs"));
        assertEquals(GROUPED.format(one.weights()), text(robot, "#obbOneWeights"));
        assertEquals(GROUPED.format(one.macs()), text(robot, "#obbOneMacs"));
        assertEquals(GROUPED.format(reduce.weights() + after.weights()), text(robot, "#obbBottleneckWeights"));
        assertEquals("221,184", text(robot, "#obbKxkWeights"), "3 * 3 * 256 * 96");
    }

    @Test
    void stepShowsTheNextOutputChannelsDotProduct(FxRobot robot) {
        assertTrue(text(robot, "#obbEquation").startsWith("y_1 = "), text(robot, "#obbEquation"));
        robot.clickOn("#obbStep");
        assertTrue(text(robot, "#obbEquation").startsWith("y_2 = "), text(robot, "#obbEquation"));
        assertEquals(2, robot.lookup("#obbChannel").queryAs(Spinner.class).getValue());
    }

    @Test
    void anEvenKernelIsExplainedAndUndone(FxRobot robot) {
        typeInto(robot, "#obbKernel", "4");
        assertEquals("A 4×4 kernel cannot keep the size with the same padding on every side: choose an odd k such as"
                + " 3 or 5.", text(robot, "#obbError"));
        assertEquals(3, robot.lookup("#obbKernel").queryAs(Spinner.class).getValue());
        assertEquals("294,912", text(robot, "#obbKxkWeights"));
    }

    private static void typeInto(FxRobot robot, String spinner, String value) {
        robot.doubleClickOn(spinner + " .text-field");
        robot.eraseText(6);
        robot.write(value);
        robot.type(KeyCode.ENTER);
    }
}

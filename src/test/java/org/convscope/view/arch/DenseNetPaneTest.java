package org.convscope.view.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import org.convscope.viewmodel.arch.DenseNetViewModel;
import org.convscope.view.TestWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dense block headless: the growth rate sets how fast the drawn channels grow. */
@ExtendWith(ApplicationExtension.class)
class DenseNetPaneTest {

    @Start
    void start(Stage stage) {
        TestWindow.show(stage, new DenseNetPane(ArchPaneFixture.ENGLISH, new DenseNetViewModel()));
    }

    private static double barHeight(FxRobot robot, int layer) {
        return robot.lookup("#densenetBar" + layer).queryAs(Rectangle.class).getHeight();
    }

    @Test
    void theBarsGrowByTheGrowthRate(FxRobot robot) {
        // DenseNet-121's first block: 64 channels into layer 1, 64 + 5 * 32 = 224 into layer 6, 256 out.
        assertEquals("256x56x56", robot.lookup("#densenetOutput").queryAs(Label.class).getText());
        assertEquals(224.0 / 64, barHeight(robot, 6) / barHeight(robot, 1), 1e-9);

        robot.doubleClickOn("#densenetGrowth .text-field").write("12").type(KeyCode.ENTER);
        assertEquals("136x56x56", robot.lookup("#densenetOutput").queryAs(Label.class).getText());
        assertEquals((64 + 5 * 12) / 64.0, barHeight(robot, 6) / barHeight(robot, 1), 1e-9);
        assertEquals("68x28x28", robot.lookup("#densenetTransitionOutput").queryAs(Label.class).getText());
    }
}

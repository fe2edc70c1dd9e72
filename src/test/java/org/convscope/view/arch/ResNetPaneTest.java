package org.convscope.view.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.convscope.viewmodel.arch.ResNetViewModel;
import org.convscope.view.TestWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The residual block headless: downsampling draws the projection shortcut and shows its counts. */
@ExtendWith(ApplicationExtension.class)
class ResNetPaneTest {

    @Start
    void start(Stage stage) {
        TestWindow.show(stage, new ResNetPane(ArchPaneFixture.ENGLISH, new ResNetViewModel()));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void downsamplingDrawsTheProjectionAndCountsIt(FxRobot robot) {
        // torchvision resnet18: layer1.0 73,984 parameters; layer2.0 230,144, of which the projection (1x1 conv
        // 64 -> 128 and batch norm) 64 * 128 + 2 * 128. resnet50 layer2.0: 379,392.
        assertEquals("73,984", text(robot, "#resnetParameters"));
        assertEquals("0 (identity)", text(robot, "#resnetShortcutParameters"));
        assertTrue(robot.lookup("#resnetProjection").tryQuery().isEmpty());

        robot.clickOn("#resnetDownsampling");
        assertEquals("230,144", text(robot, "#resnetParameters"));
        assertEquals(String.format("%,d", 64 * 128 + 2 * 128), text(robot, "#resnetShortcutParameters"));
        assertEquals("1×1 conv, 128, stride 2\n+ batch norm", text(robot, "#resnetProjection"));
        assertEquals("128x28x28", text(robot, "#resnetOutput"));

        robot.clickOn("#resnetBottleneck");
        assertEquals("379,392", text(robot, "#resnetParameters"));
        assertEquals("512x28x28", text(robot, "#resnetOutput"));
    }

    @Test
    void theBlocksSliderChangesTheGradientShown(FxRobot robot) {
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        Slider blocks = robot.lookup("#resnetBlocks").queryAs(Slider.class);
        robot.interact(() -> blocks.setValue(30));
        // a = 0.1 by default: 0.1^30 without shortcuts, 1.1^30 = 17.449... with them.
        assertEquals("Through 30 blocks with a = 0.10: without shortcuts 1.00E-30, with shortcuts "
                + String.format("%,.3f", Math.pow(1.1, 30)), text(robot, "#resnetGradient"));
    }
}

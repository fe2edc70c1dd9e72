package org.convscope.view.arch;

import static org.convscope.view.arch.ArchPaneFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.convscope.view.I18n;
import org.convscope.view.TestWindow;
import org.convscope.viewmodel.arch.ReluViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ReLU topic headless: the depth slider changes the bars; a fixed z shows ReLU passing everything. */
@ExtendWith(ApplicationExtension.class)
class ReluPaneTest {

    @Start
    void start(Stage stage) {
        TestWindow.show(stage, new ReluPane(new I18n(Locale.ENGLISH), new ReluViewModel()));
    }

    @Test
    void theDepthSliderChangesTheBars(FxRobot robot) {
        assertEquals(4 * 10, bars(robot).size(), "four activations at 10 layers");
        robot.clickOn("#reluDepth");
        Slider depth = robot.lookup("#reluDepth").queryAs(Slider.class);
        robot.interact(() -> depth.setValue(1));
        robot.type(KeyCode.RIGHT, 4);
        assertEquals(5, (int) depth.getValue());
        assertEquals(4 * 5, bars(robot).size());
        assertEquals("5 layers", text(robot, "#reluDepthValue"));
        // E[sigmoid'(z)] is about 0.207: five factors leave about 3.8e-4 for layer 1.
        assertTrue(text(robot, "#reluFirst-sigmoid").startsWith("sigmoid: ×0.207 per layer, layer 1 of 5 gets 3."),
                text(robot, "#reluFirst-sigmoid"));
        assertEquals("ReLU: ×0.5 per layer, layer 1 of 5 gets 0.031", text(robot, "#reluFirst-relu"), "0.5^5");
    }

    /** At z = 1 every ReLU bar reaches the top (1 = 10^0); sigmoid's bars shrink towards layer 1. */
    @Test
    void aFixedPositiveZKeepsEveryReluBarFull(FxRobot robot) {
        robot.clickOn("#reluFixed");
        WaitForAsyncUtils.waitForFxEvents();
        List<Region> bars = bars(robot);
        double top = bars.get(0).getHeight();
        for (int layer = 0; layer < 10; layer++) {
            Region relu = bars.get(4 * layer);
            Region sigmoid = bars.get(4 * layer + 2);
            assertEquals(1.0, (Double) relu.getUserData());
            assertEquals(top, relu.getHeight(), 1e-6, "ReLU bar of layer " + (layer + 1));
            assertTrue(sigmoid.getHeight() < relu.getHeight(), "sigmoid bar of layer " + (layer + 1));
        }
        assertTrue(bars.get(2).getHeight() < bars.get(4 * 9 + 2).getHeight(), "sigmoid loses most at layer 1");
        assertEquals("ReLU: ×1 per layer, layer 1 of 10 gets 1", text(robot, "#reluFirst-relu"));
    }

    private static List<Region> bars(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#reluBars").queryAs(GradientChart.class).bars();
    }
}

package org.convscope.view.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;

import org.convscope.viewmodel.arch.AlexNetViewModel;
import org.convscope.view.TestWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** AlexNet headless: the two GPU streams drawn as in Krizhevsky et al. 2012, and the first-layer comparison. */
@ExtendWith(ApplicationExtension.class)
class AlexNetPaneTest {

    @Start
    void start(Stage stage) {
        TestWindow.show(stage, new AlexNetPane(ArchPaneFixture.ENGLISH, new AlexNetViewModel()));
    }

    @Test
    void onlyConv3AndTheDenseLayersCrossBetweenTheGpus(FxRobot robot) {
        List<Node> drawn = robot.lookup("#alexnetStreams").queryAs(Diagram.class).drawn();
        // Figure 2: two crossing arrows into conv3, fc6, fc7 and the 1000 scores of fc8, one more in the legend.
        long crossing = drawn.stream().filter(n -> n instanceof Line && n.getStyleClass().contains(
                BlockStyles.EDGE_CROSS)).count();
        assertEquals(4 * 2 + 1, crossing);
        List<String> boxes = drawn.stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
        // Each GPU holds half of conv2's 256 maps.
        assertEquals(2, boxes.stream().filter("conv2\n128"::equals).count());
        assertTrue(boxes.contains("fc8\n1,000"));
    }

    @Test
    void theChannelsOfTheComparisonSetTheWeights(FxRobot robot) {
        robot.clickOn(robot.lookup(".tab").nth(2).queryAs(Node.class));
        assertEquals("27 C² = " + String.format("%,d", 27 * 96 * 96),
                robot.lookup("#alexnetSmallWeights").queryAs(Label.class).getText());
        robot.doubleClickOn("#alexnetChannels .text-field").write("64").type(KeyCode.ENTER);
        assertEquals("27 C² = " + String.format("%,d", 27 * 64 * 64),
                robot.lookup("#alexnetSmallWeights").queryAs(Label.class).getText());
        assertEquals("121 C² = " + String.format("%,d", 121 * 64 * 64),
                robot.lookup("#alexnetLargeWeights").queryAs(Label.class).getText());
        assertEquals("r = 11, j = 4", robot.lookup("#alexnetSmallField").queryAs(Label.class).getText());
    }
}

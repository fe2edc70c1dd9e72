package org.convscope.view.arch;

import static org.convscope.view.arch.ArchPaneFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.view.I18n;
import org.convscope.view.TestWindow;
import org.convscope.viewmodel.arch.FullyConnectedViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The fully-connected topic headless: the three heads as the map changes, and the dense bars. */
@ExtendWith(ApplicationExtension.class)
class FullyConnectedPaneTest {

    @Start
    void start(Stage stage) {
        TestWindow.show(stage, new FullyConnectedPane(new I18n(Locale.ENGLISH), new FullyConnectedViewModel()));
    }

    /** AlexNet's fc6 (Caffe bvlc_alexnet): 9,216 x 4,096; VGG-16's (torchvision): 25,088 x 4,096. */
    @Test
    void presetsAndEditsChangeTheHeadsWeights(FxRobot robot) {
        assertEquals("37,748,736", text(robot, "#fcDenseWeights"));
        assertEquals("256,000", text(robot, "#fcPoolWeights"));
        assertEquals("9,216,000", text(robot, "#fcConvMacs"));

        robot.clickOn("#fcPresetVgg16");
        assertEquals("102,760,448", text(robot, "#fcDenseWeights"));
        assertEquals("512,000", text(robot, "#fcConvWeights"));

        robot.doubleClickOn("#fcClasses .text-field").eraseText(6).write("10").type(KeyCode.ENTER);
        assertEquals("5,120", text(robot, "#fcPoolWeights"), "512 channels x 10 classes");
        assertEquals("10x1x1", text(robot, "#fcConvOutput"));
    }

    /** AlexNet: 8 layers with parameters, fc6..fc8 dense; their share 58,631,144 / 60,965,224 = 96.2 %. */
    @Test
    void alexNetsBarsColourTheDenseLayers(FxRobot robot) {
        @SuppressWarnings("unchecked")
        BarChart<String, Number> chart = robot.lookup("#fcChart-alexnet").queryAs(BarChart.class);
        List<XYChart.Data<String, Number>> bars = chart.getData().get(0).getData();
        assertEquals(List.of("conv1", "conv2", "conv3", "conv4", "conv5", "fc6", "fc7", "fc8"),
                bars.stream().map(XYChart.Data::getXValue).toList());
        assertEquals(List.of(false, false, false, false, false, true, true, true),
                bars.stream().map(XYChart.Data::getNode).map(FullyConnectedPaneTest::dense).toList());
        assertEquals(37.752832, bars.get(5).getYValue().doubleValue(), 1e-9, "fc6 in millions");
        assertEquals("Dense layers (orange): 96.2 % of the parameters, 58,631,144 of 60,965,224",
                text(robot, "#fcShare-alexnet"));
    }

    private static boolean dense(Node bar) {
        return bar.getStyleClass().contains("arch-bar-dense");
    }
}

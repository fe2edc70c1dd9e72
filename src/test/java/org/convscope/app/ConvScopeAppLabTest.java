package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.io.SampleImages;
import org.convscope.viewmodel.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The image lab inside the app: it opens on the app's sample with a kernel, and sends a patch to the sliding view. */
@ExtendWith(ApplicationExtension.class)
class ConvScopeAppLabTest {

    @Start
    void start(Stage stage) {
        ConvScopeApp.show(stage, new AppOptions(Locale.ENGLISH, SampleImages.find("camera"), Section.LAB),
                () -> "test engine");
    }

    private static void awaitText(FxRobot robot, String id, String prefix) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Label label = robot.lookup(id).queryAs(Label.class);
            return label != null && label.getText().startsWith(prefix);
        }).get());
    }

    @Test
    void theLabOpensOnTheSampleWithAResultAndSSendsThePixelToTheSlidingView(FxRobot robot) throws TimeoutException {
        awaitText(robot, "#resultCaption", "Result  ·  map 1 (sobel-x), 512 × 512");
        assertEquals("camera  ·  512 × 512 px  ·  gray", robot.lookup("#imageInfo").queryAs(Label.class).getText());

        // Zoomed so that the pointer lands inside one pixel, then hovered and sent.
        robot.clickOn("#resultPane").type(KeyCode.DIGIT1).type(KeyCode.PLUS, 3);
        Node pane = robot.lookup("#resultPane").query();
        Point2D centre = pane.localToScreen(pane.getLayoutBounds().getCenterX(), pane.getLayoutBounds().getCenterY());
        robot.moveTo(centre);
        awaitText(robot, "#inspectSum", "Sum = ");
        robot.type(KeyCode.S);

        assertTrue(robot.lookup("#nav-slide").queryAs(ToggleButton.class).isSelected(), "the app shows the slide view");
        assertEquals("Kernel 3 × 3", robot.lookup("#kernelCaption").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#inputCaption").queryAs(Label.class).getText().startsWith("Input "));
        assertTrue(robot.lookup("#errorMessage").queryAs(Label.class).getText().isEmpty(), "the patch is shown");
    }
}

package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.io.SampleImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell as a person sees it, headless (Monocle, set up by surefire). */
@ExtendWith(ApplicationExtension.class)
class ConvScopeAppTest {

    private static final String ENGINE = "jblas 1.2.5 with native OpenBLAS (test)";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ConvScopeApp.show(stage, new AppOptions(Locale.ENGLISH, SampleImages.find("camera")), () -> ENGINE);
    }

    @Test
    void windowIsTitledAndHasTheFiveViewsInEnglish(FxRobot robot) {
        assertEquals("ConvScope", stage.getTitle());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("slide", "Sliding kernel");
        expected.put("receptive", "Receptive field");
        expected.put("lab", "Image lab");
        expected.put("arch", "Architectures");
        expected.put("lesson", "Lesson");
        expected.forEach((view, name) -> {
            ToggleButton button = robot.lookup("#nav-" + view).queryAs(ToggleButton.class);
            Label shown = robot.from(button).lookup(".nav-name").queryAs(Label.class);
            assertEquals(name, shown.getText());
            assertTrue(shown.isVisible() && button.isVisible(), view);
        });
        assertTrue(robot.lookup("#nav-slide").queryAs(ToggleButton.class).isSelected());
        assertEquals("Sliding kernel", robot.lookup("#slideTitle").queryAs(Label.class).getText());
    }

    @Test
    void ctrl2ShowsTheReceptiveFieldView(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);

        Label title = robot.lookup("#receptiveTitle").queryAs(Label.class);
        assertEquals("Receptive field", title.getText());
        assertTrue(title.getScene() != null && title.isVisible());
        assertTrue(robot.lookup("#slideTitle").tryQuery().isEmpty(), "the previous view is still on screen");
        assertTrue(robot.lookup("#nav-receptive").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void clickingANavigationEntryShowsItsViewAndClickingAgainKeepsIt(FxRobot robot) {
        robot.clickOn("#nav-lab");
        assertEquals("Image lab", robot.lookup("#labTitle").queryAs(Label.class).getText());

        robot.clickOn("#nav-lab");
        assertTrue(robot.lookup("#nav-lab").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#labTitle").tryQuery().isPresent());
    }

    @Test
    void arrowKeysInTheNavigationShowTheViewTheyReach(FxRobot robot) {
        robot.clickOn("#nav-arch");
        robot.type(KeyCode.DOWN);

        assertTrue(robot.lookup("#nav-lesson").queryAs(ToggleButton.class).isSelected());
        assertEquals("Lesson", robot.lookup("#lessonTitle").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#archTitle").tryQuery().isEmpty(), "the previous view is still on screen");
    }

    /** Sizes as given by the PNG headers of assets/camera.png and assets/chelsea.png (file(1)). */
    @Test
    void showsCameraAndSwitchesToChelsea(FxRobot robot) {
        assertSample(robot, "camera", 512, 512);

        robot.clickOn("#sampleChooser");
        robot.clickOn("chelsea");

        assertSample(robot, "chelsea", 451, 300);
    }

    @Test
    void arrowKeysStepTheSlidingKernelWithoutAClickFirst(FxRobot robot) {
        Label step = robot.lookup("#stepLabel").queryAs(Label.class);
        String first = step.getText();
        robot.type(KeyCode.RIGHT);
        assertTrue(robot.lookup("#nav-slide").queryAs(ToggleButton.class).isSelected(), "still on the same view");
        assertNotEquals(first, step.getText(), "the window opens with the keyboard in the view");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        String second = step.getText();
        robot.type(KeyCode.RIGHT);
        assertNotEquals(second, step.getText(), "after a shortcut the keys go to the view it opened");
    }

    @Test
    void statusBarShowsTheEngineText(FxRobot robot) throws TimeoutException {
        assertEngineStatus(robot, ENGINE);
        assertTrue(robot.lookup("Compute engine:").tryQuery().isPresent());
    }

    @Test
    void statusBarStaysInsideTheSmallestWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(ConvScopeApp.MIN_WIDTH);
            stage.setHeight(ConvScopeApp.MIN_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node bar = robot.lookup("#statusBar").query();
        Bounds inScene = bar.localToScene(bar.getLayoutBounds());
        assertEquals(ConvScopeApp.MIN_HEIGHT, stage.getScene().getHeight(), 1);
        assertTrue(inScene.getMaxY() <= stage.getScene().getHeight() + 0.5,
                "the status bar ends at " + inScene.getMaxY() + ", below the window");
    }

    /** Legible on a projector: body text at least 16px, nothing below 13px. */
    @Test
    void textIsLargeEnoughForAProjector(FxRobot robot) {
        for (Node node : robot.lookup(".label").queryAll()) {
            Label label = (Label) node;
            assertTrue(label.getFont().getSize() >= 13, label.getText() + " is " + label.getFont().getSize() + "px");
        }
        assertEquals(17, robot.lookup("#nav-slide .nav-name").queryAs(Label.class).getFont().getSize());
        assertEquals(30, robot.lookup("#slideTitle").queryAs(Label.class).getFont().getSize());
        assertEquals(16, robot.lookup("#sampleChooser .list-cell").queryAs(ListCell.class).getFont().getSize());
    }

    /** The engine probe answers on a background thread: waits until the status bar shows its text. */
    static void assertEngineStatus(FxRobot robot, String expected) throws TimeoutException {
        Label status = robot.lookup("#engineStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(status.getText()));
        assertEquals(expected, status.getText());
    }

    private static void assertSample(FxRobot robot, String name, int width, int height) {
        ImageView image = robot.lookup("#sampleImage").queryAs(ImageView.class);
        assertEquals(width, image.getImage().getWidth());
        assertEquals(height, image.getImage().getHeight());
        assertEquals(name, robot.lookup("#sampleName").queryAs(Label.class).getText());
        assertEquals(width + " × " + height + " px", robot.lookup("#sampleSize").queryAs(Label.class).getText());
    }
}

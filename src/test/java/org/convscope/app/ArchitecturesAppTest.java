package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

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

/** The architectures view in the window, opened with --view arch: its keys work without a click first. */
@ExtendWith(ApplicationExtension.class)
class ArchitecturesAppTest {

    @Start
    void start(Stage stage) {
        ConvScopeApp.show(stage, new AppOptions(Locale.ENGLISH, SampleImages.find("camera"), Section.ARCH),
                () -> "test engine");
    }

    @Test
    void topicKeysWorkOneAfterAnotherWithoutAClick(FxRobot robot) {
        // The window opens with the keyboard in the 1x1 topic's first field; Page Down still changes topic.
        robot.clickOn("#obbHeight");
        robot.type(KeyCode.PAGE_DOWN);
        assertSelected(robot, "fc");
        ctrlShift(robot, KeyCode.LEFT);
        assertSelected(robot, "onebyone");
        ctrlShift(robot, KeyCode.LEFT);
        assertSelected(robot, "tables");
        ctrlShift(robot, KeyCode.RIGHT);
        assertSelected(robot, "onebyone");
        robot.type(KeyCode.PAGE_UP);
        assertSelected(robot, "tables");
    }

    private static void ctrlShift(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private static void assertSelected(FxRobot robot, String key) {
        assertTrue(robot.lookup("#topic-" + key).queryAs(ToggleButton.class).isSelected(), key + " is not shown");
    }
}

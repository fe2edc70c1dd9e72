package org.convscope.view.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.view.I18n;
import org.convscope.view.TestWindow;
import org.convscope.viewmodel.arch.ArchTopic;
import org.convscope.viewmodel.arch.ArchitecturesViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The architectures container headless: the topic bar, the keys, panes built once on first visit. */
@ExtendWith(ApplicationExtension.class)
class ArchitecturesViewTest {

    private ArchitecturesViewModel viewModel;
    private final Map<ArchTopic, Integer> builds = new EnumMap<>(ArchTopic.class);

    @Start
    void start(Stage stage) {
        viewModel = new ArchitecturesViewModel();
        Map<ArchTopic, Supplier<Node>> topics = new EnumMap<>(ArchTopic.class);
        topics.put(ArchTopic.FULLY_CONNECTED, () -> built(ArchTopic.FULLY_CONNECTED));
        topics.put(ArchTopic.RELU, () -> built(ArchTopic.RELU));
        ArchitecturesView view = new ArchitecturesView(new I18n(Locale.ENGLISH), viewModel, topics);
        TestWindow.show(stage, view);
        view.requestFocus();
    }

    private Node built(ArchTopic topic) {
        builds.merge(topic, 1, Integer::sum);
        Label label = new Label(topic.key());
        label.setId("pane-" + topic.key());
        return label;
    }

    @Test
    void theBarNamesEveryTopicAndAClickShowsItsPane(FxRobot robot) {
        assertEquals("1×1 convolution", button(robot, "onebyone").getText());
        assertEquals("Network tables", button(robot, "tables").getText());
        assertTrue(button(robot, "onebyone").isSelected());
        assertTrue(robot.lookup("#placeholder-onebyone").tryQuery().isPresent(), "a topic without a pane");

        robot.clickOn("#topic-fc");
        assertEquals(ArchTopic.FULLY_CONNECTED, viewModel.getTopic());
        assertTrue(robot.lookup("#pane-fc").tryQuery().isPresent());
        assertTrue(robot.lookup("#placeholder-onebyone").tryQuery().isEmpty(), "the previous topic is still shown");

        robot.clickOn("#topic-fc");
        assertTrue(button(robot, "fc").isSelected(), "clicking the shown topic keeps it");
    }

    @Test
    void ctrlShiftArrowsAndPageKeysStepTopicsAndPanesAreBuiltOnce(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(ArchTopic.FULLY_CONNECTED, viewModel.getTopic());
        assertTrue(button(robot, "fc").isSelected());
        robot.type(KeyCode.PAGE_DOWN, 2);
        assertEquals(ArchTopic.RELU, viewModel.getTopic());
        assertTrue(robot.lookup("#pane-relu").tryQuery().isPresent());
        robot.type(KeyCode.PAGE_UP, 2);
        assertEquals(ArchTopic.FULLY_CONNECTED, viewModel.getTopic());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(ArchTopic.TABLES, viewModel.getTopic(), "the first topic steps back to the last");

        assertEquals(1, builds.get(ArchTopic.FULLY_CONNECTED), "a pane is built once and kept");
        assertEquals(1, builds.get(ArchTopic.RELU));
    }

    private static ToggleButton button(FxRobot robot, String key) {
        return robot.lookup("#topic-" + key).queryAs(ToggleButton.class);
    }
}

package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.io.SampleImages;
import org.convscope.view.I18n;
import org.convscope.viewmodel.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The guided lesson in the app, headless: it opens each step's view with the step's numbers, shows the step's text
 * beside it, steps with the keys and the buttons, and brings a changed setting back.
 */
@ExtendWith(ApplicationExtension.class)
class LessonAppTest {

    private final I18n english = new I18n(Locale.ENGLISH);

    @Start
    void start(Stage stage) {
        ConvScopeApp.show(stage, new AppOptions(Locale.ENGLISH, SampleImages.find("camera"), Section.LESSON),
                () -> "test engine");
    }

    @Test
    void theLessonsPageListsTheStepsAndStartOpensTheFirstStepsView(FxRobot robot) {
        assertEquals(english.get("lesson.output-width.title"),
                robot.lookup("#lessonOutline-output-width .lesson-step-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#lessonPanel").tryQuery().isEmpty(), "the panel shows before the lesson runs");

        robot.clickOn("#lessonStart");
        assertNavSelected(robot, "arch");
        assertTrue(robot.lookup("#topic-fc").queryAs(ToggleButton.class).isSelected());
        assertEquals("Step 1 of 11", text(robot, "#lessonCounter"));
        assertEquals(english.get("lesson.fc-vs-conv.title"), text(robot, "#lessonStepTitle"));
        assertEquals(english.get("lesson.fc-vs-conv.body"), text(robot, "#lessonStepBody"));
    }

    @Test
    void pageKeysAndAltArrowsStepThroughTheLessonFromInsideAView(FxRobot robot) {
        robot.clickOn("#lessonOutline-one-by-one");
        assertNavSelected(robot, "arch");
        assertEquals("Step 5 of 11", text(robot, "#lessonCounter"));
        // The note's figures, 3 * 3 * 256 * 128 and 1 * 1 * 256 * 128, as the 1x1 pane shows them.
        assertEquals("294,912", text(robot, "#obbKxkWeights"));
        assertEquals("32,768", text(robot, "#obbOneWeights"));

        // The architectures view uses Page Down for its topics; while the lesson runs it goes to the next step.
        robot.clickOn("#obbHeight");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(english.get("lesson.alexnet.title"), text(robot, "#lessonStepTitle"));
        assertTrue(robot.lookup("#topic-alexnet").queryAs(ToggleButton.class).isSelected());
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertNavSelected(robot, "receptive");
        assertEquals("Step 7 of 11", text(robot, "#lessonCounter"));
        robot.type(KeyCode.PAGE_UP);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertEquals("Step 5 of 11", text(robot, "#lessonCounter"));
        robot.clickOn("#lessonNext");
        assertEquals("Step 6 of 11", text(robot, "#lessonCounter"));
        robot.clickOn("#lessonPrevious");
        assertEquals("Step 5 of 11", text(robot, "#lessonCounter"));
    }

    @Test
    void theOutputWidthStepShowsFiveByFiveAndResetUndoesTheLearnersChanges(FxRobot robot) {
        robot.clickOn("#lessonOutline-output-width");
        assertNavSelected(robot, "slide");
        assertEquals(7, spinnerValue(robot, "#inputRowsSpinner"));
        assertEquals(3, spinnerValue(robot, "#kernelRowsSpinner"));
        // 7 - 3 + 1 = 5 per axis: 25 output cells, one step each.
        assertEquals("Step 1 of 25", text(robot, "#stepLabel"));

        robot.clickOn("#strideSpinner");
        robot.type(KeyCode.UP);
        assertEquals(2, spinnerValue(robot, "#strideSpinner"));
        // (7 - 3) / 2 + 1 = 3 per axis.
        assertEquals("Step 1 of 9", text(robot, "#stepLabel"));
        robot.clickOn("#nav-lab");
        assertNavSelected(robot, "lab");

        robot.clickOn("#lessonReset");
        assertNavSelected(robot, "slide");
        assertEquals(1, spinnerValue(robot, "#strideSpinner"));
        assertEquals("Step 1 of 25", text(robot, "#stepLabel"));
    }

    /** Ctrl+R resets the step while the keyboard is in one of the view's fields, as the sheet (F1) says. */
    @Test
    void ctrlRResetsTheStepFromInsideAView(FxRobot robot) {
        robot.clickOn("#lessonOutline-output-width");
        robot.clickOn("#strideSpinner");
        robot.type(KeyCode.UP);
        assertEquals(2, spinnerValue(robot, "#strideSpinner"));
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        assertEquals(1, spinnerValue(robot, "#strideSpinner"));
        assertEquals("Step 1 of 25", text(robot, "#stepLabel"));
    }

    @Test
    void resetPutsTheViewsControlsBackToTheStepsSetting(FxRobot robot) {
        robot.clickOn("#lessonOutline-relu");
        robot.clickOn("#reluFixed");
        robot.interact(() -> robot.lookup("#reluDepth").queryAs(Slider.class).setValue(30));
        robot.clickOn("#lessonReset");
        assertTrue(robot.lookup("#reluNormal").queryAs(RadioButton.class).isSelected());
        assertEquals(10, robot.lookup("#reluDepth").queryAs(Slider.class).getValue());

        robot.clickOn("#lessonNext");
        ComboBox<?> block = robot.lookup("#inceptionBlock").queryAs(ComboBox.class);
        robot.interact(() -> robot.lookup("#inceptionBlock").queryAs(ComboBox.class).getSelectionModel().select(3));
        assertEquals("inception4b", block.getValue());
        robot.clickOn("#inceptionReductions");
        robot.clickOn("#lessonReset");
        assertEquals("inception3a", block.getValue());
        assertTrue(robot.lookup("#inceptionReductions").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#lessonSteps-five-vs-three");
        Spinner<?> channels = robot.lookup("#channels").queryAs(Spinner.class);
        robot.interact(() -> robot.lookup("#channels").queryAs(Spinner.class).getValueFactory().increment(1));
        assertEquals(65, channels.getValue());
        robot.clickOn("#lessonReset");
        assertEquals(64, channels.getValue());
    }

    @Test
    void closingHidesThePanelAndTheLessonContinuesWhereItWas(FxRobot robot) {
        robot.clickOn("#lessonOutline-relu");
        assertTrue(robot.lookup("#lessonPanel").tryQuery().isPresent());
        robot.clickOn("#lessonClose");
        assertTrue(robot.lookup("#lessonPanel").tryQuery().isEmpty());
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(robot.lookup("#topic-fc").tryQuery().isPresent(), "a closed lesson still took Page Down");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertEquals("Continue at step 8", text(robot, "#lessonStart"));
        robot.clickOn("#lessonStart");
        assertEquals(english.get("lesson.relu.title"), text(robot, "#lessonStepTitle"));
    }

    static void assertNavSelected(FxRobot robot, String view) {
        assertTrue(robot.lookup("#nav-" + view).queryAs(ToggleButton.class).isSelected(), view + " is not shown");
    }

    /** The text of a label or button, no-break spaces read as spaces (the panel keeps 5 × 5 on one line). */
    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText().replace('\u00a0', ' ');
    }

    private static int spinnerValue(FxRobot robot, String query) {
        return (Integer) robot.lookup(query).queryAs(Spinner.class).getValue();
    }
}

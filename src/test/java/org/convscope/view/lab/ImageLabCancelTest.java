package org.convscope.view.lab;

import static org.convscope.view.lab.LabTests.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.InMemoryRecentFiles;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.lab.LabResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Cancelling a run, with an executor the test holds: a run stays "in flight" until the test lets it go, so the
 * progress bar, the cancel button and Esc are checked while it runs, and what a cancelled run leaves behind after.
 */
@ExtendWith(ApplicationExtension.class)
class ImageLabCancelTest {

    private HeldTaskExecutor executor;
    private ImageLabViewModel model;

    @Start
    void start(Stage stage) {
        executor = new HeldTaskExecutor();
        model = new ImageLabViewModel(executor, LabEngine.javaEngine(), new InMemoryRecentFiles(),
                LabTests.ENGLISH::format);
        LabTests.show(stage, new ImageLabView(model, LabTests.ENGLISH), 1260, 780);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Camera with sobel-x, finished: the result the cancelled run must leave on screen. */
    private LabResult firstResult(FxRobot robot) {
        robot.interact(() -> {
            model.openSample("camera");
            model.addLibraryKernel("sobel-x");
            executor.settle();
        });
        LabResult first = model.resultProperty().get();
        assertEquals(512, first.outWidth());
        return first;
    }

    /** Stride 2 typed into its spinner: the run after the pause starts and is held. */
    private void startStrideTwoRun(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> stride = robot.lookup("#strideSpinner").queryAs(Spinner.class);
        LabTests.reveal(robot, stride);
        robot.clickOn(stride.lookup(".increment-arrow-button"));
        robot.interact(executor::runDelayed);
        assertEquals(1, executor.waitingTasks(), "the run waits in the executor");
        assertTrue(model.runningProperty().get());
    }

    @Test
    void escCancelsTheRunAndThePreviousResultStaysOnScreen(FxRobot robot) {
        LabResult first = firstResult(robot);
        ImagePane pane = robot.lookup("#resultPane").queryAs(ImagePane.class);
        WritableImage before = LabTests.snapshot(pane);
        startStrideTwoRun(robot);

        ProgressBar progress = robot.lookup("#progressBar").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#cancelButton").queryAs(Button.class);
        assertTrue(progress.isVisible() && !cancel.isDisabled(), "progress and cancel while it runs");
        robot.interact(() -> executor.reportProgress(1, 4));
        assertEquals(0.25, progress.getProgress(), 1e-12);

        robot.type(KeyCode.ESCAPE);
        assertFalse(model.runningProperty().get());
        assertFalse(progress.isVisible());
        assertTrue(cancel.isDisabled());
        assertEquals("Cancelled; the previous result stays.", text(robot, "#labStatus"));
        // The engine sees the cancel at its next check and stops; nothing it made reaches the screen.
        robot.interact(executor::runTasks);
        assertSame(first, model.resultProperty().get());
        assertPixelsEqual(before, LabTests.snapshot(pane));

        // Still usable: the next change runs and shows its result.
        LabTests.clickSetting(robot, "#library-sobel-y");
        robot.interact(executor::settle);
        LabResult next = model.resultProperty().get();
        assertNotSame(first, next);
        assertEquals(2, next.channels());
        assertEquals(256, next.outWidth(), "stride 2 halves 512");
        assertEquals("Output: 256 × 256 × 2 (width × height × maps)", text(robot, "#outputSize"));
    }

    @Test
    void theCancelButtonStopsTheRunAndAChangeAfterwardsRunsAgain(FxRobot robot) {
        LabResult first = firstResult(robot);
        startStrideTwoRun(robot);

        robot.clickOn("#cancelButton");
        assertFalse(model.runningProperty().get());
        robot.interact(executor::runTasks);
        assertSame(first, model.resultProperty().get());

        robot.interact(() -> model.strideProperty().set(1));
        robot.interact(executor::settle);
        LabResult again = model.resultProperty().get();
        assertNotSame(first, again);
        assertArrayEquals(first.argb(), again.argb(), "the same settings give the same picture");
    }

    private static void assertPixelsEqual(WritableImage expected, WritableImage actual) {
        int[] a = onFx(() -> Pictures.argb(expected));
        int[] b = onFx(() -> Pictures.argb(actual));
        assertArrayEquals(a, b, "the picture on screen changed");
    }
}

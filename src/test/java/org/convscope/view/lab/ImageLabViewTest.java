package org.convscope.view.lab;

import static org.convscope.view.lab.LabTests.await;
import static org.convscope.view.lab.LabTests.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;

import javafx.geometry.VerticalDirection;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.core.Tensor;
import org.convscope.view.control.CellGrid;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.InMemoryRecentFiles;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.lab.LabMapping;
import org.convscope.viewmodel.lab.LabResult;
import org.convscope.viewmodel.lab.SlidePatchRequest;
import org.convscope.viewmodel.task.FxTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The image lab as a person uses it, headless, on the app's own background executor and the pure-Java engine:
 * what the screen shows is compared with the core's output worked out here by nested loops.
 */
@ExtendWith(ApplicationExtension.class)
class ImageLabViewTest {

    private FxTaskExecutor executor;
    private ImageLabViewModel model;
    private ImageLabView view;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        model = new ImageLabViewModel(executor, LabEngine.javaEngine(), new InMemoryRecentFiles(),
                LabTests.ENGLISH::format);
        view = new ImageLabView(model, LabTests.ENGLISH);
        LabTests.show(stage, view, 1260, 780);
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private ImagePane resultPane(FxRobot robot) {
        return robot.lookup("#resultPane").queryAs(ImagePane.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void awaitImage(String name) throws TimeoutException {
        await(() -> model.imageProperty().get() != null && name.equals(model.imageProperty().get().name()));
    }

    /** A finished run with {@code channels} maps, nothing running or waiting for its pause. */
    private void awaitResult(int channels) throws TimeoutException {
        await(() -> {
            LabResult r = model.resultProperty().get();
            return r != null && r.channels() == channels && !model.runningProperty().get();
        });
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void aSampleAndAKernelShowTheCoresOutputPixelForPixel(FxRobot robot) throws TimeoutException {
        robot.clickOn("#labSampleChooser").clickOn("camera");
        awaitImage("camera");
        assertEquals("camera  ·  512 × 512 px  ·  gray", text(robot, "#imageInfo"));
        robot.interact(() -> combo(robot, "#mappingChooser").setValue(LabMapping.MINMAX));

        LabTests.clickSetting(robot, "#library-sobel-x");
        awaitResult(1);
        double[] expectedValues = LabTests.same3x3(LabTests.gray("camera"), LabTests.SOBEL_X);
        assertEquals("Output: 512 × 512 × 1 (width × height × maps)", text(robot, "#outputSize"));
        assertTrue(text(robot, "#labStatus").startsWith("im2col"), text(robot, "#labStatus"));

        // The legend of min-max runs from black at the lowest value to white at the highest.
        assertEquals(text(robot, "#legendLow"), LabFormat.number(min(expectedValues)));
        LegendBar legend = robot.lookup("#legendBar").queryAs(LegendBar.class);
        WritableImage bar = onFx(() -> legend.canvas().snapshot(null, null));
        int middle = (int) bar.getHeight() / 2;
        int left = bar.getPixelReader().getArgb(2, middle) & 0xFF;
        int right = bar.getPixelReader().getArgb((int) bar.getWidth() - 3, middle) & 0xFF;
        assertTrue(left <= 8 && right >= 247, "gray " + left + " at the left, " + right + " at the right");

        // One picture pixel per screen pixel: each pixel of the snapshot is one pixel of the result.
        robot.type(KeyCode.DIGIT1);
        int[] expected = LabTests.minMaxGray(expectedValues);
        int compared = LabTests.compareShownPixels(resultPane(robot), 512, 512, expected);
        assertTrue(compared > 100_000, "only " + compared + " pixels on screen");

        // Enlarged four steps, each pixel is a block of its own colour.
        robot.type(KeyCode.PLUS, 4);
        assertTrue(onFx(() -> resultPane(robot).pictureRect()[2]) / 512 > 2, "four steps enlarge 1.25^4 times");
        LabTests.compareShownPixels(resultPane(robot), 512, 512, expected);
    }

    @Test
    void theOriginalAndTheResultZoomAndPanTogether(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.openSample("camera"));
        awaitImage("camera");
        LabTests.clickSetting(robot, "#library-sobel-x");
        awaitResult(1);
        ImagePane original = robot.lookup("#originalPane").queryAs(ImagePane.class);
        ImagePane result = resultPane(robot);

        double fitted = onFx(result::pictureRect)[2];
        // The wheel's direction is the platform's (Monocle's headless robot reverses it): only the change is checked.
        robot.moveTo(LabTests.onScreen(result, 100, 100)).scroll(3, VerticalDirection.UP);
        double scrolled = onFx(result::pictureRect)[2];
        assertEquals(Math.pow(ZoomPan.STEP, 3), Math.max(scrolled / fitted, fitted / scrolled), 1e-6,
                "three wheel notches zoom three steps");
        robot.type(KeyCode.PLUS, 6);
        robot.drag(LabTests.onScreen(result, 256, 256)).dropBy(-40, -30);
        double[] a = onFx(original::pictureRect);
        double[] b = onFx(result::pictureRect);
        assertArrayEquals(a, b, 1e-9, "both show the same part of the picture at the same scale");
        assertTrue(a[2] > fitted, "+ zooms in");
        assertNotEquals(0.5, onFx(() -> view.zoom().centreX()), "dragging pans");

        robot.type(KeyCode.DIGIT0);
        assertEquals(onFx(original::fitScale) * 512, onFx(original::pictureRect)[2], 1e-9, "0 fits the picture");
    }

    @Test
    void aBankShowsAGridOfFeatureMapsAndAClickShowsOneAlone(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.openSample("chelsea"));
        awaitImage("chelsea");
        LabTests.clickSetting(robot, "#library-sobel-x");
        LabTests.clickSetting(robot, "#library-sobel-y");
        awaitResult(2);
        LabResult grid = model.resultProperty().get();
        assertTrue(grid.isGrid());
        assertEquals("Filter bank (2 of 16)", text(robot, "#bankTitle"));
        assertEquals("Result  ·  2 feature maps of 451 × 300: click one to show it alone", text(robot, "#resultCaption"));

        // Chelsea is 451 x 300: the second tile starts 451 + 2 pixels to the right.
        robot.clickOn(LabTests.onScreen(resultPane(robot), 451 + LabResult.GRID_GAP + 200, 150));
        await(() -> model.resultProperty().get().shownChannel() == 1);
        assertEquals("Result  ·  map 2 (sobel-y), 451 × 300", text(robot, "#resultCaption"));
        assertEquals(1, combo(robot, "#shownChooser").getValue());

        robot.interact(() -> combo(robot, "#shownChooser").setValue(-1));
        await(() -> model.resultProperty().get().isGrid());
    }

    @Test
    void hoveringAResultPixelShowsItsSumAndSOpensItInTheSlidingView(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.openSample("camera"));
        awaitImage("camera");
        LabTests.clickSetting(robot, "#library-sobel-x");
        awaitResult(1);
        Tensor camera = LabTests.gray("camera");
        double[] sobel = LabTests.same3x3(camera, LabTests.SOBEL_X);

        // Enlarged, so that the pointer lands well inside the pixel aimed at.
        robot.type(KeyCode.DIGIT1).type(KeyCode.PLUS, 3);
        robot.moveTo(LabTests.onScreen(resultPane(robot), 270, 250));
        await(() -> view.inspector().inspection() != null);
        assertEquals("Map 1, output (250, 270): 3 × 3 window from input (249, 269)", text(robot, "#inspectPixel"));
        String sum = text(robot, "#inspectSum");
        assertEquals(sobel[250 * 512 + 270], Double.parseDouble(sum.substring(sum.indexOf('=') + 1)), 1e-3, sum);

        robot.type(KeyCode.S);
        SlidePatchRequest request = model.slideRequestProperty().get();
        assertNotNull(request, "S sends the inspected pixel to the sliding-kernel view");
        assertArrayEquals(LabTests.SOBEL_X, request.kernel());
        // The patch is a piece of the photo: its focus window is the 3x3 block around input (250, 270).
        float[] patch = request.patch();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int row = request.focusRow() * request.stride() + i;
                int col = request.focusColumn() * request.stride() + j;
                assertEquals(camera.data()[(249 + i) * 512 + 269 + j], patch[row * request.cols() + col], 0f);
            }
        }
    }

    @Test
    void aMistypedWeightIsExplainedAndTheKernelKeepsItsWeights(FxRobot robot) throws TimeoutException {
        LabTests.clickSetting(robot, "#addKernelButton");
        await(() -> model.kernels().size() == 1);
        float[] before = model.kernels().get(0).values();
        CellGrid grid = robot.lookup("#weightGrid").queryAs(CellGrid.class);
        LabTests.reveal(robot, grid);
        robot.clickOn(onFx(() -> grid.localToScreen(grid.cellCenterX(0), grid.cellCenterY(0))));
        robot.write("0,5x").type(KeyCode.ENTER);

        assertEquals("'0,5x' is not a number: type a weight such as 0.25, -1 or 1/9.", text(robot, "#weightError"));
        assertArrayEquals(before, model.kernels().get(0).values());
        assertFalse(model.runningProperty().get());
    }
}

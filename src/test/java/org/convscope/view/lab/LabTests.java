package org.convscope.view.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.convscope.io.ColorMode;
import org.convscope.io.ImageLoadException;
import org.convscope.io.SampleImages;
import org.convscope.core.Tensor;
import org.convscope.view.I18n;
import org.convscope.view.Resources;
import org.convscope.view.Styles;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the lab's UI tests share: the stage, waiting on the JavaFX thread, snapshots and the brute-force reference. */
final class LabTests {

    static final I18n ENGLISH = new I18n(Locale.ENGLISH);
    /** A run on the pure-Java engine of a 512x512 photo takes well under a second; this is for a loaded machine. */
    private static final long TIMEOUT_SECONDS = 60;

    /** OpenCV's and scikit-image's sobel-x, for cross-correlation: positive where brightness grows to the right. */
    static final float[] SOBEL_X = {-1, 0, 1, -2, 0, 2, -1, 0, 1};

    private LabTests() {
    }

    /** A projector's 1280x800 window, which fits in Monocle's headless screen (1920x1080, set in the pom). */
    static void show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Resources.externalForm(LabTests.class, Styles.APP_STYLESHEET));
        stage.setScene(scene);
        // The headless stage is shared by every test class: a size an earlier test gave it would otherwise stay.
        stage.sizeToScene();
        stage.show();
    }

    /** Clicks a control of the lab's settings after scrolling it into view. */
    static void clickSetting(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        reveal(robot, node);
        robot.clickOn(node);
    }

    /** Waits until {@code condition}, evaluated on the JavaFX thread, holds. */
    static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Scrolls the lab's settings so that {@code node} is on screen, as a person would before clicking it. */
    static void reveal(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup("#labControls").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double content = scroll.getContent().getLayoutBounds().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double top = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            scroll.setVvalue(content <= viewport ? 0 : Math.min(1, Math.max(0, top - 20) / (content - viewport)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The pixels the canvas of {@code pane} shows, as a person sees them. */
    static WritableImage snapshot(ImagePane pane) {
        return onFx(() -> pane.canvas().snapshot(null, null));
    }

    /** Where the centre of picture pixel (x, y) of {@code pane}'s top picture is on the screen. */
    static Point2D onScreen(ImagePane pane, int x, int y) {
        return onFx(() -> {
            double[] c = pane.pixelCentre(x, y);
            return pane.localToScreen(c[0], c[1]);
        });
    }

    /** A bundled sample as gray values 0..255, loaded by io, not through the lab. */
    static Tensor gray(String sample) {
        try {
            return SampleImages.load(sample, ColorMode.GRAY);
        } catch (ImageLoadException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Cross-correlation of a one-channel image with a 3x3 kernel, stride 1, "same" padding (one zero on every
     * side), by nested loops: {@code out[y][x] = sum_{i,j} k[i][j] in[y + i - 1][x + j - 1]}.
     */
    static double[] same3x3(Tensor image, float[] kernel) {
        int h = image.height();
        int w = image.width();
        float[] in = image.data();
        double[] out = new double[h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        int yy = y + i - 1;
                        int xx = x + j - 1;
                        if (yy >= 0 && yy < h && xx >= 0 && xx < w) {
                            sum += kernel[i * 3 + j] * in[yy * w + xx];
                        }
                    }
                }
                out[y * w + x] = sum;
            }
        }
        return out;
    }

    /** Gray level of the min-max mapping: {@code g = round(255 (v - min) / (max - min))}, as an opaque ARGB. */
    static int[] minMaxGray(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int[] argb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            int g = (int) Math.round(255 * (values[i] - min) / (max - min));
            argb[i] = 0xFF000000 | g << 16 | g << 8 | g;
        }
        return argb;
    }

    /**
     * Compares every pixel of a {@code width x height} picture that {@code pane} shows whole on screen with
     * {@code expected}, reading the snapshot at each pixel's centre; returns how many were compared.
     */
    static int compareShownPixels(ImagePane pane, int width, int height, int[] expected) {
        WritableImage shot = snapshot(pane);
        double[] rect = onFx(pane::pictureRect);
        double sx = rect[2] / width;
        double sy = rect[3] / height;
        int compared = 0;
        for (int y = 0; y < height; y++) {
            int py = (int) Math.floor(rect[1] + (y + 0.5) * sy);
            if (py < 0 || py >= shot.getHeight()) {
                continue;
            }
            for (int x = 0; x < width; x++) {
                int px = (int) Math.floor(rect[0] + (x + 0.5) * sx);
                if (px < 0 || px >= shot.getWidth()) {
                    continue;
                }
                int shown = shot.getPixelReader().getArgb(px, py);
                int want = expected[y * width + x];
                if (shown != want) {
                    throw new AssertionError(String.format(Locale.ROOT,
                            "pixel (%d, %d) is shown as %08x, the core's output maps to %08x", x, y, shown, want));
                }
                compared++;
            }
        }
        assertTrue(compared > 0, "no pixel of the picture is on screen");
        return compared;
    }
}

package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.settings.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every label and button text of every view (each architecture topic too) reads against what lies behind it, in
 * each theme: in the rendered window, the text's strongest pixel and the most common colour of its box have a
 * contrast ratio of at least 3:1, WCAG 2.1's minimum for large text (success criterion 1.4.3, "Contrast
 * (Minimum)"; relative luminance and ratio as defined there). Black on black, the fault this test was written for,
 * is 1:1. Disabled controls are left out: they are meant to look faint.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {

    private static final double LEAST_RATIO = 3.0;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyShownTextStandsOutFromItsBackground(Theme theme, FxRobot robot) throws Exception {
        List<String> faint = new ArrayList<>();
        for (Section section : Section.values()) {
            AppWindow.open(robot, stage, section, Locale.ENGLISH, theme);
            faint.addAll(faintTexts(robot, section.key()));
            for (ToggleButton topic : AppWindow.topics(robot)) {
                robot.interact(topic::fire);
                WaitForAsyncUtils.waitForFxEvents();
                faint.addAll(faintTexts(robot, topic.getId()));
            }
        }
        assertTrue(faint.isEmpty(), theme + ": texts below " + LEAST_RATIO + ":1\n" + String.join("\n", faint));
    }

    private List<String> faintTexts(FxRobot robot, String where) {
        WritableImage shot = snapshot(robot);
        List<String> faint = new ArrayList<>();
        robot.interact(() -> {
            for (Node node : robot.lookup(".text").queryAll()) {
                if (node instanceof Text text && text.getParent() instanceof Labeled owner && shown(owner)
                        && !text.getText().isBlank()) {
                    Bounds box = visibleBox(text);
                    if (box != null) {
                        double ratio = contrast(shot.getPixelReader(), box);
                        if (ratio < LEAST_RATIO) {
                            faint.add(String.format(Locale.ROOT, "%s: '%s' (%s) %.2f:1", where, text.getText(),
                                    owner.getStyleClass(), ratio));
                        }
                    }
                }
            }
        });
        return faint;
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        return image[0];
    }

    /** Shown, enabled and opaque all the way up: a faded control is faint on purpose. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.isDisabled() || n.getOpacity() < 1) {
                return false;
            }
        }
        return true;
    }

    /** The text's box in the window when all of it is on screen (not scrolled away or clipped), else null. */
    private Bounds visibleBox(Text text) {
        Bounds box = text.localToScene(text.getLayoutBounds());
        if (box.getWidth() < 4 || box.getHeight() < 4 || box.getMinX() < 0 || box.getMinY() < 0
                || box.getMaxX() > stage.getScene().getWidth() || box.getMaxY() > stage.getScene().getHeight()) {
            return null;
        }
        for (Parent p = text.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() != null || p.getStyleClass().contains("viewport")) {
                Bounds frame = p.localToScene(p.getLayoutBounds());
                if (!frame.contains(box)) {
                    return null;
                }
            }
        }
        return box;
    }

    /** The ratio between the box's most common colour (the background) and its pixel farthest from it. */
    private static double contrast(PixelReader pixels, Bounds box) {
        Map<Integer, Integer> counts = new HashMap<>();
        int x0 = (int) Math.ceil(box.getMinX());
        int y0 = (int) Math.ceil(box.getMinY());
        int x1 = (int) Math.floor(box.getMaxX());
        int y1 = (int) Math.floor(box.getMaxY());
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                counts.merge(pixels.getArgb(x, y), 1, Integer::sum);
            }
        }
        int background = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double base = luminance(background);
        double best = 1;
        for (int argb : counts.keySet()) {
            double l = luminance(argb);
            best = Math.max(best, (Math.max(l, base) + 0.05) / (Math.min(l, base) + 0.05));
        }
        return best;
    }

    /** WCAG 2.1 relative luminance of an opaque sRGB colour. */
    private static double luminance(int argb) {
        Color c = Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}

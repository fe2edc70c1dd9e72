package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.view.presenter.PresenterShell;
import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.settings.Theme;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every action reachable by keyboard, with the focus visible: in each theme and each view, Tab walks from the sidebar
 * through the view's controls to the status bar and round again, and every control it stops on looks different
 * focused than unfocused (the pixels of its area, focus ring included, change).
 */
@ExtendWith(ApplicationExtension.class)
class FocusVisibleTest {

    /** More stops than any view has: a walk that has not come round by then is stuck. */
    private static final int MAX_STOPS = 120;
    /** Around a control, where its focus ring is drawn. */
    private static final double RING = 4;
    /** Fewer changed pixels than this cannot be seen from a classroom's back row. */
    private static final int VISIBLE_PIXELS = 12;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The area of {@code node} and its ring, as drawn by its parent. */
    private static WritableImage look(Node node) {
        // The viewport is in the coordinates the parent is placed in, one level up from the node's bounds.
        Bounds b = node.getParent().localToParent(node.getBoundsInParent());
        SnapshotParameters params = new SnapshotParameters();
        params.setViewport(new Rectangle2D(b.getMinX() - RING, b.getMinY() - RING, b.getWidth() + 2 * RING,
                b.getHeight() + 2 * RING));
        return node.getParent().snapshot(params, null);
    }

    private static int changedPixels(WritableImage a, WritableImage b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int changed = 0;
        for (int y = 0; y < (int) Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(a.getWidth(), b.getWidth()); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    changed++;
                }
            }
        }
        return changed;
    }

    private static boolean inside(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private static String name(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : String.join(".", node.getStyleClass());
        return node.getClass().getSimpleName() + " " + id;
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void tabReachesEveryPartWithTheFocusVisible(Theme theme, FxRobot robot) throws Exception {
        PresenterShell shell = AppWindow.open(robot, stage, Section.SLIDE, Locale.ENGLISH, theme);
        List<String> invisible = new ArrayList<>();
        for (Section section : Section.values()) {
            ToggleButton nav = (ToggleButton) shell.mainView().lookup("#nav-" + section.key());
            robot.interact(() -> {
                nav.setSelected(true);
                nav.requestFocus();
            });
            Set<String> parts = new LinkedHashSet<>();
            Node previous = null;
            WritableImage previousFocused = null;
            for (int stop = 0; stop < MAX_STOPS; stop++) {
                Node before = stage.getScene().getFocusOwner();
                robot.type(KeyCode.TAB);
                if (before instanceof TextArea) {
                    robot.push(KeyCode.CONTROL, KeyCode.TAB);
                }
                WaitForAsyncUtils.waitForFxEvents();
                Node focused = stage.getScene().getFocusOwner();
                if (previous != null) {
                    Node was = previous;
                    WritableImage unfocused = WaitForAsyncUtils.asyncFx(() -> look(was)).get();
                    if (changedPixels(previousFocused, unfocused) < VISIBLE_PIXELS) {
                        invisible.add(theme.key() + " " + section.key() + ": " + name(was));
                    }
                }
                parts.add(inside(focused, "sidebar") ? "sidebar" : inside(focused, "content") ? "view"
                        : inside(focused, "statusBar") ? "status bar" : "elsewhere: " + name(focused));
                if (focused == nav) {
                    break;
                }
                previous = focused;
                previousFocused = WaitForAsyncUtils.asyncFx(() -> look(focused)).get();
            }
            assertTrue(stage.getScene().getFocusOwner() == nav, theme + " " + section
                    + ": Tab does not come round to the sidebar within " + MAX_STOPS + " stops");
            assertEquals(Set.of("sidebar", "view", "status bar"), parts, theme + " " + section);
        }
        assertEquals(List.of(), invisible, "controls whose keyboard focus cannot be seen");
    }
}

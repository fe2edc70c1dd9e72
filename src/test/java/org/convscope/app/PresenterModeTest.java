package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.convscope.io.SampleImages;
import org.convscope.view.I18n;
import org.convscope.view.control.CellGrid;
import org.convscope.view.presenter.PresenterShell;
import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.settings.InMemorySettingsStore;
import org.convscope.viewmodel.settings.SettingsViewModel;
import org.convscope.viewmodel.settings.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenter mode as a teacher uses it, headless: keys, zoom, themes, hidden controls, languages, settings. */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {

    private static final I18n ENGLISH = new I18n(Locale.ENGLISH);
    private static final I18n KOREAN = new I18n(Locale.KOREAN);

    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private SettingsViewModel settings;
    private PresenterShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        settings = new SettingsViewModel(store, AppOptions.LANGUAGES, Locale.ENGLISH);
        shell = ConvScopeApp.show(stage, new AppOptions(Locale.ENGLISH, SampleImages.find("camera")), settings,
                () -> i18n -> "test engine");
    }

    @Test
    void f11TogglesFullScreen(FxRobot robot) {
        robot.type(KeyCode.F11);
        assertTrue(settings.isFullScreen());
        assertTrue(stage.isFullScreen());

        robot.type(KeyCode.F11);
        assertFalse(settings.isFullScreen());
        assertFalse(stage.isFullScreen());
    }

    /**
     * Ctrl+= twice is 150%: the title's 30 px reach the screen as 45 px, and the grids' canvases hold 1.5 pixels
     * per layout unit. Ctrl+0 goes back to 100%. (ZoomPaneTest shows the numbers of a grid growing.)
     */
    @Test
    void ctrlEqualsZoomsEverythingAndCtrl0GoesBack(FxRobot robot) {
        Label title = robot.lookup("#slideTitle").queryAs(Label.class);
        CellGrid kernel = robot.lookup("#kernelGrid").queryAs(CellGrid.class);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(150, settings.getZoom());
        assertEquals(45, onScreen(title, title.getFont().getSize()), 1e-9);
        assertEquals(Math.ceil(1.5 * (3 * kernel.cellSizeProperty().get() + 1)), kernel.canvas().getWidth(), 1e-9);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100, settings.getZoom());
        assertEquals(30, onScreen(title, title.getFont().getSize()), 1e-9);
        assertEquals(3 * kernel.cellSizeProperty().get() + 1, kernel.canvas().getWidth(), 1e-9);
    }

    /** The named backgrounds of app.css: -cs-canvas #f4f6fa (light), #13171f (dark), #000000 (high contrast). */
    @Test
    void aThemeSwitchRepaintsTheContentBackground(FxRobot robot) {
        assertEquals(Color.web("#f4f6fa"), contentBackground(robot));

        robot.interact(() -> settings.setTheme(Theme.DARK));
        assertEquals(Color.web("#13171f"), contentBackground(robot));

        robot.interact(() -> settings.setTheme(Theme.HIGH_CONTRAST));
        assertEquals(Color.BLACK, contentBackground(robot));
    }

    /** The canvases follow the theme too: a padding cell of the input grid takes the dark theme's fill. */
    @Test
    void theGridsFollowTheTheme(FxRobot robot) {
        CellGrid input = robot.lookup("#inputGrid").queryAs(CellGrid.class);
        Color light = paddingCell(robot, input);
        robot.interact(() -> settings.setTheme(Theme.DARK));
        Color dark = paddingCell(robot, input);
        assertTrue(light.getBrightness() > 0.8, "light padding " + light);
        assertTrue(dark.getBrightness() < 0.35, "dark padding " + dark);
    }

    @Test
    void hiddenControlsGiveThePictureMoreRoom(FxRobot robot) {
        Node content = robot.lookup("#content").query();
        CellGrid input = robot.lookup("#inputGrid").queryAs(CellGrid.class);
        double width = content.getLayoutBounds().getWidth();
        double gridWidth = input.getWidth();

        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(settings.isControlsHidden());
        assertFalse(robot.lookup("#sidebar").query().isVisible());
        assertTrue(robot.lookup(".slide-controls-scroll").queryAll().stream().noneMatch(Node::isVisible));
        assertTrue(content.getLayoutBounds().getWidth() > width + 250, "the sidebar's width goes to the view");
        assertFalse(robot.lookup("#statusBar").query().isVisible());
        assertFalse(robot.lookup("#slideTitle").query().getParent().isVisible(), "the view's title is hidden");
        assertTrue(input.getWidth() > gridWidth, "the grids get the settings panel's room");

        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#sidebar").query().isVisible());
        assertEquals(width, content.getLayoutBounds().getWidth(), 0.5);
    }

    /** Every shortcuts.<area>.<nn>.keys of the bundle is a row of the sheet, in its area's table. */
    @Test
    void f1ShowsEveryShortcutFromTheBundleAndEscapeClosesIt(FxRobot robot) {
        robot.type(KeyCode.F1);
        assertTrue(robot.lookup("#shortcutSheet").query().isVisible());
        for (String area : List.of("app", "slide", "receptive", "lab", "arch")) {
            List<String> keys = ENGLISH.keys("shortcuts." + area + ".").stream()
                    .filter(k -> k.endsWith(".keys")).toList();
            GridPane table = robot.lookup("#shortcuts-" + area).queryAs(GridPane.class);
            assertEquals(2 * keys.size(), table.getChildren().size(), area);
            for (String key : keys) {
                String action = ENGLISH.get(key.replace(".keys", ".action"));
                assertTrue(table.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getText().equals(action)),
                        action);
            }
        }
        assertTrue(robot.lookup(".keycap").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("F11")));

        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#shortcutSheet").tryQuery().isEmpty());
        assertFalse(shell.isOverlayOpen());
    }

    @Test
    void aLanguageSwitchRelabelsTheNavigationAndKeepsTheSlidingStep(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertEquals(ENGLISH.format("slide.step", 4, 49), robot.lookup("#stepLabel").queryAs(Label.class).getText());

        robot.interact(() -> settings.setLanguage(Locale.KOREAN));

        for (Section section : Section.values()) {
            assertEquals(KOREAN.get("nav." + section.key()),
                    robot.lookup("#nav-" + section.key() + " .nav-name").queryAs(Label.class).getText());
        }
        assertEquals(KOREAN.format("slide.step", 4, 49), robot.lookup("#stepLabel").queryAs(Label.class).getText());
        assertEquals(KOREAN.get("app.name"), stage.getTitle());
        robot.type(KeyCode.RIGHT);
        assertEquals(KOREAN.format("slide.step", 5, 49), robot.lookup("#stepLabel").queryAs(Label.class).getText(),
                "the keyboard is in the rebuilt view, which steps once per key");
    }

    @Test
    void theSettingsPaneChangesAndSavesTheSettings(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        assertTrue(robot.lookup("#settingsPane").query().isVisible());

        robot.clickOn("#theme-dark");
        robot.clickOn("#language-ko");
        assertTrue(robot.lookup("#settingsPane").query().isVisible(), "still open, now in Korean");
        assertEquals(KOREAN.get("settings.title"), robot.lookup("#settingsPane .overlay-title").queryAs(Label.class).getText());
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertEquals("125 %", robot.lookup("#zoomValue").queryAs(Label.class).getText());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);

        SettingsViewModel next = new SettingsViewModel(store, AppOptions.LANGUAGES, Locale.ENGLISH);
        assertEquals(Locale.KOREAN, next.getLanguage());
        assertEquals(Theme.DARK, next.getTheme());
        assertEquals(125, next.getZoom());
        assertEquals(Section.RECEPTIVE, next.getLastView());
    }

    private static double onScreen(Node node, double size) {
        return size * node.getLocalToSceneTransform().getMxx();
    }

    /** The pixel just inside the top-right corner of the content area, in its padding: the main view's background. */
    private static Color contentBackground(FxRobot robot) {
        Node content = robot.lookup("#content").query();
        Node mainView = content.getParent();
        Bounds inMainView = content.getBoundsInParent();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = mainView.snapshot(null, null));
        return shot[0].getPixelReader().getColor((int) inMainView.getMaxX() - 6, (int) inMainView.getMinY() + 6);
    }

    /**
     * The bottom-left cell of the input grid is padding (the window opens on same padding) and out of the first
     * window; a pixel near its left edge.
     */
    private static Color paddingCell(FxRobot robot, CellGrid grid) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = grid.canvas().snapshot(null, null));
        return shot[0].getPixelReader().getColor(3, (int) (shot[0].getHeight() - grid.cellSizeProperty().get() * 0.5));
    }
}

package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.stage.Stage;

import org.convscope.io.SampleImages;
import org.convscope.view.ThemePalette;
import org.convscope.view.control.PaintedRegion;
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

/**
 * The painted pictures follow the theme: in each theme a background pixel of a kernel thumbnail, the 1x1
 * convolution's dot product and the receptive-field cone is the theme's surface colour as app.css names it, and the
 * lab's split line is the theme's, while a pixel that carries a value (a weight's colour) stays the same in every
 * theme.
 */
@ExtendWith(ApplicationExtension.class)
class ThemedPicturesTest {

    /*
     * sobel-x is [-1 0 1; -2 0 2; -1 0 1] (KernelLibrary); its right-middle weight +2 is the largest, so it takes
     * the positive end of ColorBrewer's RdBu, #B2182B (colorbrewer2.org, RdBu, 7 to 11 classes).
     */
    private static final Color LARGEST_POSITIVE_WEIGHT = Color.web("#b2182b");

    private SettingsViewModel settings;

    @Start
    void start(Stage stage) {
        settings = new SettingsViewModel(new InMemorySettingsStore(), AppOptions.LANGUAGES, Locale.ENGLISH);
        ConvScopeApp.show(stage, new AppOptions(Locale.ENGLISH, SampleImages.find("camera"), Section.LAB), settings,
                () -> i18n -> "test engine");
    }

    @Test
    void kernelThumbnailsTakeTheThemesPlaneAndKeepTheirWeightColours(FxRobot robot) {
        PaintedRegion thumbnail = robot.lookup("#library-sobel-x .painted-region").queryAs(PaintedRegion.class);
        for (Theme theme : Theme.values()) {
            WritableImage shot = shoot(robot, theme, thumbnail);
            assertEquals(surface(theme), shot.getPixelReader().getColor(0, 0), theme + ": the tile around the weights");
            // The weights fill a 3 x 3 square over nearly the whole tile: the right-middle one is at 5/6, 1/2.
            assertEquals(LARGEST_POSITIVE_WEIGHT, shot.getPixelReader().getColor(
                    (int) (shot.getWidth() * 5 / 6), (int) (shot.getHeight() / 2)), theme + ": the weight +2");
        }
    }

    /** The split line over the result is the theme's (white, yellow in high contrast), whatever the picture under it. */
    @Test
    void theSplitLineTakesTheThemesColour(FxRobot robot) throws TimeoutException {
        robot.clickOn("#splitToggle");
        Node pane = robot.lookup("#splitPane").query();
        Line line = robot.lookup("#splitPane .lab-split-line").queryAs(Line.class);
        // The camera's sobel-x result arrives from the background run.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(line::isVisible).get());
        for (Theme theme : Theme.values()) {
            robot.interact(() -> settings.setTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = pane.snapshot(null, null));
            // The 1 px line is centred on a pixel's middle (x + 0.5), so it covers that pixel column alone.
            assertEquals(ThemePalette.colour(theme, "-cs-split-line"), shot[0].getPixelReader().getColor(
                    (int) line.getStartX(), (int) (shot[0].getHeight() / 2)), theme.key());
        }
    }

    /** The 1x1 topic is the first of the architectures view: its dot product, left of the first caption. */
    @Test
    void theDotProductOfTheOneByOneTopicTakesTheThemesPlane(FxRobot robot) {
        assertCornerIsTheSurface(robot, "#nav-arch", "#obbDot");
    }

    /** The cone of stack A, inside its margin, above and left of the slanted planes. */
    @Test
    void theReceptiveFieldConeTakesTheThemesPlane(FxRobot robot) {
        assertCornerIsTheSurface(robot, "#nav-receptive", "#coneA");
    }

    private void assertCornerIsTheSurface(FxRobot robot, String view, String pictureId) {
        robot.clickOn(view);
        PaintedRegion picture = robot.lookup(pictureId).queryAs(PaintedRegion.class);
        for (Theme theme : Theme.values()) {
            WritableImage shot = shoot(robot, theme, picture);
            assertEquals(surface(theme), shot.getPixelReader().getColor(2, 2), pictureId + ", " + theme.key());
        }
    }

    private WritableImage shoot(FxRobot robot, Theme theme, PaintedRegion picture) {
        robot.interact(() -> settings.setTheme(theme));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = picture.canvas().snapshot(null, null));
        return shot[0];
    }

    /** The cards' colour, which the pictures on them take as their plane (app.css: -cs-paint-plane: -cs-surface). */
    private static Color surface(Theme theme) {
        return ThemePalette.colour(theme, "-cs-surface");
    }
}

package org.convscope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.convscope.view.receptive.ReceptiveFieldView;
import org.convscope.view.slide.SlideView;
import org.convscope.viewmodel.PaddingPreset;
import org.convscope.viewmodel.SlideViewModel;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export menu in a window laid out as the main window is: a content pane and a status bar. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {

    @TempDir
    Path dir;
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final StackPane content = new StackPane();
    private SlideViewModel slideModel;
    private SlideView slide;
    private ExportMenu menu;

    @Start
    void start(Stage stage) {
        slideModel = new SlideViewModel(3L);
        slideModel.inputRowsProperty().set(4);
        slideModel.inputColumnsProperty().set(4);
        slideModel.paddingPresetProperty().set(PaddingPreset.VALID);
        slide = new SlideView(slideModel, i18n);
        content.setId("content");
        content.getChildren().setAll(slide);
        HBox statusBar = new HBox();
        statusBar.setId("statusBar");
        BorderPane window = new BorderPane(content);
        window.setBottom(statusBar);
        menu = ExportMenu.addTo(window, i18n);
        Scene scene = new Scene(window, 1260, 780);
        scene.getStylesheets().add(Resources.externalForm(ExportMenuTest.class, Styles.APP_STYLESHEET));
        stage.setScene(scene);
        stage.show();
    }

    private void awaitStatus(String start) throws Exception {
        // A guard against a hung export, not a timing assertion.
        WaitForAsyncUtils.waitFor(2, TimeUnit.MINUTES, () -> menu.status().getText().startsWith(start));
    }

    @Test
    void theViewAtTwoTimesIsTwiceTheSizeOfOneTime(FxRobot robot) throws Exception {
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        robot.interact(() -> menu.exportView(one));
        awaitStatus("Saved one.png");
        robot.interact(() -> {
            menu.setDoubleSize(true);
            menu.exportView(two);
        });
        awaitStatus("Saved two.png");

        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertEquals((int) Math.ceil(slide.getLayoutBounds().getWidth()), small.getWidth());
        assertEquals((int) Math.ceil(slide.getLayoutBounds().getHeight()), small.getHeight());
        assertEquals(2 * small.getWidth(), large.getWidth());
        assertEquals(2 * small.getHeight(), large.getHeight());
        assertEquals("Saved two.png (" + large.getWidth() + " × " + large.getHeight() + " pixels)",
                menu.status().getText());
    }

    @Test
    void theAnimationGoesToAGifWithOneFramePerStep(FxRobot robot) throws Exception {
        Path gif = dir.resolve("slide.gif");
        int steps = slideModel.stepCountBinding().get();
        assertEquals(4, steps, "a 3x3 kernel on a 4x4 input without padding has a 2x2 output");

        robot.interact(() -> menu.exportGif(gif));
        awaitStatus("Saved 4 frames");

        assertEquals("Saved 4 frames in slide.gif", menu.status().getText());
        assertFalse(robot.lookup("#exportProgress").query().isVisible(), "the progress bar goes once done");
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(steps, reader.getNumImages(true));
            assertEquals((int) Math.ceil(slide.grids().getLayoutBounds().getWidth()), reader.getWidth(0));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void eachExportIsOfferedWhereItsPictureIs(FxRobot robot) throws Exception {
        MenuButton button = robot.lookup("#exportMenu").queryAs(MenuButton.class);
        robot.interact(button::show);
        assertFalse(item(button, "exportGif").isDisable());
        assertTrue(item(button, "exportReceptive").isDisable());
        robot.interact(button::hide);
        robot.interact(() -> menu.exportReceptive(dir.resolve("rf.png")));
        assertEquals("Open the receptive-field view to export its picture.", menu.status().getText());

        ReceptiveFieldView receptive = new ReceptiveFieldView(i18n, new ReceptiveFieldViewModel());
        robot.interact(() -> content.getChildren().setAll(receptive));
        robot.interact(button::show);
        assertTrue(item(button, "exportGif").isDisable());
        assertFalse(item(button, "exportReceptive").isDisable());
        robot.interact(button::hide);

        Path rf = dir.resolve("rf.png");
        robot.interact(() -> menu.exportReceptive(rf));
        awaitStatus("Saved rf.png");
        BufferedImage picture = ImageIO.read(rf.toFile());
        assertEquals((int) Math.ceil(receptive.picture().getLayoutBounds().getWidth()), picture.getWidth());
        assertEquals((int) Math.ceil(receptive.picture().getLayoutBounds().getHeight()), picture.getHeight());
        robot.interact(() -> menu.exportGif(dir.resolve("x.gif")));
        assertEquals("Open the sliding-kernel view to export its animation.", menu.status().getText());
    }

    private static MenuItem item(MenuButton button, String id) {
        return button.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}

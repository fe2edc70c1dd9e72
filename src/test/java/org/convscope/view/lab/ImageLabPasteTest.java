package org.convscope.view.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;

import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.InMemoryRecentFiles;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.lab.LabImage;
import org.convscope.viewmodel.lab.LabResult;
import org.convscope.viewmodel.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The clipboard both ways: Ctrl+V opens what it holds (a copied picture, a copied file, or the banner says there is
 * nothing), Copy puts the result on it.
 */
@ExtendWith(ApplicationExtension.class)
class ImageLabPasteTest {

    private CurrentThreadTaskExecutor executor;
    private ImageLabViewModel model;

    @Start
    void start(Stage stage) {
        executor = new CurrentThreadTaskExecutor();
        model = new ImageLabViewModel(executor, LabEngine.javaEngine(),
                new InMemoryRecentFiles(), LabTests.ENGLISH::format);
        LabTests.show(stage, new ImageLabView(model, LabTests.ENGLISH), 1260, 780);
    }

    private static void copy(FxRobot robot, ClipboardContent content) {
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(content));
    }

    private static void paste(FxRobot robot) {
        robot.clickOn("#originalPane").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
    }

    @Test
    void aCopiedPictureOpensWithItsPixels(FxRobot robot) {
        // 5 x 3 pixels of distinct opaque colours, so a transposed or shifted copy would show.
        int[] argb = new int[15];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | (i * 17) << 16 | (255 - i * 13) << 8 | (i * 7);
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(Pictures.image(5, 3, argb));
        copy(robot, content);

        paste(robot);

        LabImage image = model.imageProperty().get();
        assertEquals("pasted image", image.name());
        assertEquals(5, image.width());
        assertEquals(3, image.height());
        assertArrayEquals(argb, image.argb());
    }

    @Test
    void aCopiedFileOpens(FxRobot robot) throws URISyntaxException {
        File file = new File(Objects.requireNonNull(getClass().getResource("/org/convscope/fixtures/photo-64x48.png"))
                .toURI());
        ClipboardContent content = new ClipboardContent();
        content.putFiles(List.of(file));
        copy(robot, content);

        paste(robot);

        assertEquals("photo-64x48.png", model.imageProperty().get().name());
        assertEquals(file.toPath(), model.recentFiles().get(0));
    }

    @Test
    void anEmptyClipboardIsSaidInTheBanner(FxRobot robot) {
        ClipboardContent content = new ClipboardContent();
        content.putString("just text");
        copy(robot, content);

        paste(robot);

        Label banner = robot.lookup("#labError").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertEquals(LabTests.ENGLISH.get("lab.paste.nothing"), banner.getText());
    }

    @Test
    void copyPutsTheResultAsShownOnTheClipboard(FxRobot robot) {
        robot.interact(() -> {
            model.openSample("chelsea");
            model.addLibraryKernel("sobel-y");
            executor.runDelayed();
        });
        LabResult result = model.resultProperty().get();

        robot.clickOn("#copyButton");

        Image copied = LabTests.onFx(() -> Clipboard.getSystemClipboard().getImage());
        assertEquals(result.width(), (int) copied.getWidth());
        assertEquals(result.height(), (int) copied.getHeight());
        assertArrayEquals(result.argb(), LabTests.onFx(() -> Pictures.argb(copied)));
    }
}

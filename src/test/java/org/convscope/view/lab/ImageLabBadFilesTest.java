package org.convscope.view.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.convscope.core.PaddingChoice;
import org.convscope.io.ColorMode;
import org.convscope.io.ImageLoadException;
import org.convscope.io.ImageLoader;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.InMemoryRecentFiles;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.lab.LabResult;
import org.convscope.viewmodel.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every bad file of the fixtures (src/test/resources/org/convscope/fixtures, made by make_fixtures.py there): the
 * window shows the sentence that the loader or the core gives for it, in the error banner, and keeps the picture,
 * the kernels and the result it had.
 */
@ExtendWith(ApplicationExtension.class)
class ImageLabBadFilesTest {

    private CurrentThreadTaskExecutor executor;
    private ImageLabViewModel model;

    @Start
    void start(Stage stage) {
        executor = new CurrentThreadTaskExecutor();
        model = new ImageLabViewModel(executor, LabEngine.javaEngine(), new InMemoryRecentFiles(),
                LabTests.ENGLISH::format);
        LabTests.show(stage, new ImageLabView(model, LabTests.ENGLISH), 1260, 780);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(ImageLabBadFilesTest.class.getResource(
                    "/org/convscope/fixtures/" + name), "fixture not found: " + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private LabResult cameraWithSobel(FxRobot robot) {
        robot.interact(() -> {
            model.openSample("camera");
            model.addLibraryKernel("sobel-x");
            executor.runDelayed();
        });
        assertTrue(model.resultProperty().get() != null);
        assertFalse(robot.lookup("#labError").queryAs(Label.class).isVisible(), "no error to begin with");
        return model.resultProperty().get();
    }

    /** What the image loader says about {@code name}, asked directly. */
    private static String loaderSentence(String name) {
        return assertThrows(ImageLoadException.class,
                () -> new ImageLoader().load(fixture(name), ColorMode.RGB)).getMessage();
    }

    /** The picture the original pane draws (its size on screen changes when the banner takes room). */
    private static Image shownOriginal(FxRobot robot) {
        return robot.lookup("#originalPane").queryAs(ImagePane.class).imageProperty().get();
    }

    private void assertShownAndKept(FxRobot robot, String sentence, LabResult result, Image picture) {
        Label banner = robot.lookup("#labError").queryAs(Label.class);
        assertTrue(banner.isVisible(), "the error banner is shown");
        assertEquals(sentence, banner.getText());
        assertEquals("camera  ·  512 × 512 px  ·  gray", text(robot, "#imageInfo"));
        assertSame(result, model.resultProperty().get(), "the result stays");
        assertSame(picture, shownOriginal(robot), "the original on screen stays");
        assertEquals(1, model.kernels().size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not-an-image.png", "truncated.jpg", "empty.png", "too-large.png", "cmyk.jpg"})
    void aFileThatCannotBeReadIsExplainedAndNothingIsLost(String name, FxRobot robot) {
        LabResult result = cameraWithSobel(robot);
        Image picture = shownOriginal(robot);
        String sentence = loaderSentence(name);
        assertTrue(sentence.startsWith(name), sentence);

        robot.interact(() -> model.openFile(fixture(name)));

        assertShownAndKept(robot, sentence, result, picture);
        assertTrue(model.recentFiles().isEmpty(), "a file that did not open is not remembered");
    }

    /** With valid padding a 3x3 kernel does not fit a 1x1 or 2x2 picture: the core's geometry sentence. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"one-pixel.png:1", "tiny-2x2.png:2"})
    void anImageSmallerThanTheKernelIsExplainedAndNothingIsLost(String fixtureAndSide, FxRobot robot) {
        String name = fixtureAndSide.split(":")[0];
        int side = Integer.parseInt(fixtureAndSide.split(":")[1]);
        LabResult first = cameraWithSobel(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> padding = robot.lookup("#paddingChoice").queryAs(ComboBox.class);
        robot.interact(() -> {
            padding.setValue("valid");
            executor.runDelayed();
        });
        LabResult result = model.resultProperty().get();
        assertEquals(510, result.outWidth(), "valid padding: 512 - 3 + 1");
        assertTrue(first != result);
        Image picture = shownOriginal(robot);
        String sentence = assertThrows(IllegalArgumentException.class,
                () -> PaddingChoice.parse("valid").geometry(side, side, 3, 3, 1, 1)).getMessage();

        robot.interact(() -> model.openFile(fixture(name)));

        assertShownAndKept(robot, sentence, result, picture);
    }

    @Test
    void anUnusualButGoodFileOpensAndClearsTheBanner(FxRobot robot) {
        cameraWithSobel(robot);
        robot.interact(() -> model.openFile(fixture("empty.png")));
        assertTrue(robot.lookup("#labError").queryAs(Label.class).isVisible());

        robot.interact(() -> {
            model.openFile(fixture("alpha.png"));
            executor.runDelayed();
        });

        assertFalse(robot.lookup("#labError").queryAs(Label.class).isVisible());
        assertEquals("alpha.png  ·  6 × 4 px  ·  colour (RGB)", text(robot, "#imageInfo"));
        assertEquals(1, model.recentFiles().size());
    }
}

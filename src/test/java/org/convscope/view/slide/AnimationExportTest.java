package org.convscope.view.slide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.convscope.io.FrameSink;
import org.convscope.io.GifWriter;
import org.convscope.io.PngFrames;
import org.convscope.view.I18n;
import org.convscope.view.Resources;
import org.convscope.view.Styles;
import org.convscope.view.ViewExport;
import org.convscope.viewmodel.PaddingPreset;
import org.convscope.viewmodel.SlideViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sliding-kernel animation exported step by step: one frame per step of the view-model, each the grids as
 * drawn at that step, in a GIF that plays at the chosen speed and in numbered PNG frames.
 */
@ExtendWith(ApplicationExtension.class)
class AnimationExportTest {

    @TempDir
    Path dir;
    private SlideViewModel model;
    private SlideView view;

    /** A 5x5 input and a 3x3 kernel without padding: a 3x3 output, so 9 steps. */
    @Start
    void start(Stage stage) {
        model = new SlideViewModel(11L);
        model.inputRowsProperty().set(5);
        model.inputColumnsProperty().set(5);
        model.kernelRowsProperty().set(3);
        model.kernelColumnsProperty().set(3);
        model.paddingPresetProperty().set(PaddingPreset.VALID);
        view = new SlideView(model, new I18n(Locale.ENGLISH));
        Scene scene = new Scene(view, 1260, 780);
        scene.getStylesheets().add(Resources.externalForm(AnimationExportTest.class, Styles.APP_STYLESHEET));
        stage.setScene(scene);
        stage.show();
    }

    /** What the listener heard, filled on the JavaFX thread. */
    private static class Outcome implements AnimationExport.Listener {
        final CountDownLatch done = new CountDownLatch(1);
        volatile int frames = -1;
        volatile String failure;
        volatile int lastProgress;

        @Override
        public void progress(int written, int total) {
            lastProgress = written;
        }

        @Override
        public void finished(int written, int total) {
            frames = written;
            done.countDown();
        }

        @Override
        public void failed(String message) {
            failure = message;
            done.countDown();
        }

        void await() throws InterruptedException {
            // A guard against a hung export, not a timing assertion.
            assertTrue(done.await(2, TimeUnit.MINUTES), "the export did not end");
            assertNull(failure);
        }
    }

    private Outcome export(FxRobot robot, FrameSink sink, int scale) throws InterruptedException {
        Outcome outcome = new Outcome();
        robot.interact(() -> AnimationExport.start(model, view.grids(), scale, sink, new I18n(Locale.ENGLISH),
                outcome));
        outcome.await();
        return outcome;
    }

    @Test
    void gifHasOneFramePerStepOfTheGridsSizeAtTheChosenSpeedAndTheStepComesBack(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.setSpeed(2);
            model.setStep(4);
        });
        assertEquals(9, model.stepCountBinding().get(), "3x3 output of a 5x5 input and a 3x3 kernel");
        int width = (int) Math.ceil(view.grids().getLayoutBounds().getWidth());
        int height = (int) Math.ceil(view.grids().getLayoutBounds().getHeight());
        Path file = dir.resolve("slide.gif");

        Outcome outcome = export(robot, GifWriter.open(file, AnimationExport.frameDelayMillis(2), true), 2);

        assertEquals(9, outcome.frames);
        assertEquals(9, outcome.lastProgress);
        assertEquals(4, model.getStep(), "the step shown before the export");
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertEquals(9, reader.getNumImages(true));
            BufferedImage first = reader.read(0);
            BufferedImage second = reader.read(1);
            for (int i = 0; i < 9; i++) {
                BufferedImage frame = reader.read(i);
                assertEquals(2 * width, frame.getWidth(), "frame " + i + " at 2x");
                assertEquals(2 * height, frame.getHeight(), "frame " + i + " at 2x");
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension")
                        .item(0);
                assertEquals("40", control.getAttribute("delayTime"), "800 ms / 2x = 40 hundredths");
            }
            // The window has moved one column between step 1 and step 2.
            assertNotEquals(Arrays.hashCode(pixels(first)), Arrays.hashCode(pixels(second)));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void numberedFramesAreTheGridsAtEachStep(FxRobot robot) throws Exception {
        Path folder = dir.resolve("frames");

        Outcome outcome = export(robot, PngFrames.open(folder, 9), 1);

        assertEquals(9, outcome.frames);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("frame-001.png", "frame-002.png", "frame-003.png", "frame-004.png",
                    "frame-005.png", "frame-006.png", "frame-007.png", "frame-008.png", "frame-009.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (int step = 0; step < 9; step++) {
            int at = step;
            WritableImage[] expected = new WritableImage[1];
            robot.interact(() -> {
                model.setStep(at);
                expected[0] = ViewExport.snapshot(view.grids(), 1);
            });
            BufferedImage frame = read(folder.resolve(PngFrames.frameName(step + 1, 9)));
            assertEquals((int) expected[0].getWidth(), frame.getWidth());
            assertEquals((int) expected[0].getHeight(), frame.getHeight());
            int[] want = ViewExport.argb(expected[0]);
            int[] got = pixels(frame);
            for (int p = 0; p < want.length; p++) {
                if ((want[p] & 0xFFFFFF) != (got[p] & 0xFFFFFF)) {
                    throw new AssertionError("frame " + (step + 1) + " differs from the grids at step " + (step + 1)
                            + " at pixel (" + p % frame.getWidth() + ", " + p / frame.getWidth() + ")");
                }
            }
        }
    }

    @Test
    void aCancelledExportKeepsTheFramesWrittenAsACompleteGif(FxRobot robot) throws Exception {
        Path file = dir.resolve("short.gif");
        Outcome outcome = new Outcome();
        GifWriter gif = GifWriter.open(file, 800, true);
        // Cancelled in the same turn of the JavaFX thread as the start: the first frame is the last.
        robot.interact(() -> AnimationExport.start(model, view.grids(), 1, gif, new I18n(Locale.ENGLISH), outcome)
                .cancel());
        outcome.await();

        assertEquals(1, outcome.frames);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertEquals(1, reader.getNumImages(true));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void changingTheSettingsDuringTheExportStopsItWithAReason(FxRobot robot) throws Exception {
        Outcome outcome = new Outcome() {
            @Override
            public void progress(int written, int total) {
                if (written == 2) {
                    model.inputRowsProperty().set(6);
                }
            }
        };
        PngFrames frames = PngFrames.open(dir.resolve("f"), 9);
        robot.interact(() -> AnimationExport.start(model, view.grids(), 1, frames, new I18n(Locale.ENGLISH),
                outcome));
        assertTrue(outcome.done.await(2, TimeUnit.MINUTES), "the export did not end");

        assertEquals("The settings changed during the export (the animation now has 12 steps, not 9); export it"
                + " again.", outcome.failure);
    }

    @Test
    void delayFollowsThePlaybackSpeed() {
        assertEquals(800, AnimationExport.frameDelayMillis(1));
        assertEquals(100, AnimationExport.frameDelayMillis(8));
        assertEquals(3200, AnimationExport.frameDelayMillis(0.25));
    }

    private static BufferedImage read(Path file) throws IOException {
        return ImageIO.read(file.toFile());
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}

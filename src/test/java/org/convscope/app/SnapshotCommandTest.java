package org.convscope.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.imageio.ImageIO;

import javafx.scene.image.WritableImage;

import org.convscope.io.SampleImages;
import org.convscope.view.ViewExport;
import org.convscope.viewmodel.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxToolkit;

/**
 * {@code convscope snapshot}: every view drawn at the requested size in both languages (in this JVM, whose toolkit
 * TestFX started), and the command as a user runs it, in a fresh JVM without a display.
 */
class SnapshotCommandTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static SnapshotOptions options(Section view, Locale language, int width, int height, int scale) {
        return new SnapshotOptions(view, language, SampleImages.find("camera"), width, height, scale, Path.of("x.png"));
    }

    /** A picture of a view has text and drawings: many colours, not one blank fill. */
    private static int colours(int[] argb) {
        Set<Integer> seen = new HashSet<>();
        for (int pixel : argb) {
            seen.add(pixel);
        }
        return seen.size();
    }

    @ParameterizedTest
    @EnumSource(Section.class)
    void everyViewIsDrawnAtItsSizeInEnglishAndTwiceItsSizeInKorean(Section view) {
        WritableImage english = SnapshotCommand.render(options(view, Locale.ENGLISH, 1024, 640, 1));
        WritableImage korean = SnapshotCommand.render(options(view, Locale.KOREAN, 1024, 640, 2));

        assertEquals(1024, english.getWidth());
        assertEquals(640, english.getHeight());
        assertEquals(2048, korean.getWidth());
        assertEquals(1280, korean.getHeight());
        int[] englishPixels = ViewExport.argb(english);
        assertTrue(colours(englishPixels) > 20, "the " + view.key() + " view is drawn, not blank");
        assertTrue(colours(ViewExport.argb(korean)) > 20, "the Korean " + view.key() + " view is drawn, not blank");
        // The same view at 1x in Korean differs from the English one: its text is in another language.
        int[] koreanAt1x = ViewExport.argb(SnapshotCommand.render(options(view, Locale.KOREAN, 1024, 640, 1)));
        assertFalse(Arrays.equals(englishPixels, koreanAt1x), "the " + view.key() + " view in Korean");
    }

    /**
     * The lab's picture waits for a result computed in the background, in a scene that is in no window: collections
     * meanwhile must not take the view (the view-models hold their views only weakly) and leave the wait unanswered.
     */
    @Test
    void theImageLabSurvivesGarbageCollectionWhileItComputes() throws InterruptedException {
        // A full collection every 20 ms: often enough to meet the background run, seldom enough to let it finish.
        Thread collector = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        }, "collector");
        collector.setDaemon(true);
        collector.start();
        try {
            for (int i = 0; i < 3; i++) {
                WritableImage picture = SnapshotCommand.render(options(Section.LAB, Locale.ENGLISH, 1024, 640, 1));
                assertEquals(1024, picture.getWidth());
            }
        } finally {
            collector.interrupt();
            collector.join();
        }
    }

    @Test
    void theImageLabIsDrawnWithItsFirstResult() {
        int[] lab = ViewExport.argb(SnapshotCommand.render(options(Section.LAB, Locale.ENGLISH, 1280, 720, 1)));
        // Sobel-x on camera in the diverging map: the result shows blue and red edges (negative and positive).
        long blueish = Arrays.stream(lab).filter(p -> (p & 0xFF) > 150 && (p >> 16 & 0xFF) < 80).count();
        long reddish = Arrays.stream(lab).filter(p -> (p >> 16 & 0xFF) > 150 && (p & 0xFF) < 80).count();
        assertTrue(blueish > 100, "blue edges of the result: " + blueish);
        assertTrue(reddish > 100, "red edges of the result: " + reddish);
    }

    @Test
    void theCommandWritesThePngInAFreshJvmWithoutADisplay() throws Exception {
        Path out = dir.resolve("rf.png");

        Run run = launch("snapshot", "--view", "receptive", "--lang", "ko", "--scale", "2", "--size", "800x450",
                out.toString());

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("wrote " + out + " (1600x900, view receptive, ko)"), run.output());
        BufferedImage png = ImageIO.read(out.toFile());
        assertEquals(1600, png.getWidth());
        assertEquals(900, png.getHeight());
        assertNotEquals(png.getRGB(0, 0), png.getRGB(800, 450), "a picture, not one colour");
    }

    @Test
    void aMistakeIsExplainedBeforeJavaFxStarts() throws Exception {
        Run run = launch("-verbose:class", "snapshot", "--scale", "3", dir.resolve("a.png").toString());

        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("convscope snapshot: --scale is 1 or 2, not '3'"), run.output());
        assertTrue(run.output().contains("[class,load] org.convscope.app.SnapshotOptions "), run.output());
        assertFalse(run.output().contains("[class,load] javafx."), "JavaFX loaded for a usage error");
        assertFalse(Files.exists(dir.resolve("a.png")));
    }

    private record Run(int exitCode, String output) {
    }

    /** The launcher in a fresh JVM, with DISPLAY removed: a server or CI machine. */
    private static Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.get(0).startsWith("-verbose")) {
            command.add(rest.remove(0));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(rest);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        // A guard against a hung child, not a timing assertion.
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not exit; output so far:\n" + output);
        }
        return new Run(process.exitValue(), output);
    }
}

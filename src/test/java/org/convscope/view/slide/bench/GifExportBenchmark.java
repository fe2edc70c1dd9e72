package org.convscope.view.slide.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import org.convscope.io.GifWriter;
import org.convscope.view.I18n;
import org.convscope.view.Resources;
import org.convscope.view.Styles;
import org.convscope.view.ViewExport;
import org.convscope.view.slide.SlideGrids;
import org.convscope.viewmodel.PaddingPreset;
import org.convscope.viewmodel.SlideViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Writing the sliding-kernel animation of the lesson's "odd kernels" step as an animated GIF: a 7x7 input, a 3x3
 * kernel and same padding, 49 steps, each frame the grids as {@code AnimationExport} snapshots them at 1x, laid out
 * in a 900x400 area (the grid area of a 1280x800 window). The frames are drawn once, headless (Monocle), before the
 * measurement; the benchmark is the {@link GifWriter} alone, all 49 frames into a file. Run with
 * {@code mvn -q -B -o test-compile exec:exec@bench -Dbench=GifExportBenchmark -Dbench.args="-f 1 -wi 1 -i 3"};
 * the score is milliseconds per 49-frame animation. The frames' colours (thousands: anti-aliased digits over shaded
 * cells) and, at the end, the file's size and how exactly its frames decode are printed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GifExportBenchmark {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 400;

    private int[][] frames;
    private int frameWidth;
    private int frameHeight;
    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        HeadlessFx.start();
        CountDownLatch drawn = new CountDownLatch(1);
        Platform.runLater(() -> {
            SlideViewModel model = new SlideViewModel(2026L);
            model.paddingPresetProperty().set(PaddingPreset.SAME);
            SlideGrids grids = new SlideGrids(model, new I18n(Locale.ENGLISH));
            Scene scene = new Scene(grids, WIDTH, HEIGHT);
            scene.getStylesheets().add(Resources.externalForm(GifExportBenchmark.class, Styles.APP_STYLESHEET));
            grids.applyCss();
            grids.layout();
            int steps = model.stepCountBinding().get();
            frames = new int[steps][];
            Set<Integer> colours = new HashSet<>();
            for (int step = 0; step < steps; step++) {
                model.setStep(step);
                WritableImage frame = ViewExport.snapshot(grids, 1);
                frameWidth = (int) frame.getWidth();
                frameHeight = (int) frame.getHeight();
                frames[step] = ViewExport.argb(frame);
                for (int pixel : frames[step]) {
                    colours.add(pixel & 0xFFFFFF);
                }
            }
            System.out.printf(Locale.ROOT, "%n# %d frames of %dx%d, %d colours in all%n", steps, frameWidth,
                    frameHeight, colours.size());
            drawn.countDown();
        });
        drawn.await();
        file = Files.createTempFile("convscope-bench", ".gif");
    }

    /** The file's size and how faithful its frames are: pixels decoded exactly, and the mean error a channel. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        long exact = 0;
        long error = 0;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            for (int i = 0; i < frames.length; i++) {
                int[] decoded = reader.read(i).getRGB(0, 0, frameWidth, frameHeight, null, 0, frameWidth);
                for (int p = 0; p < decoded.length; p++) {
                    int a = frames[i][p];
                    int b = decoded[p];
                    int e = Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF))
                            + Math.abs((a & 0xFF) - (b & 0xFF));
                    exact += e == 0 ? 1 : 0;
                    error += e;
                }
            }
        } finally {
            reader.dispose();
        }
        long pixels = (long) frames.length * frameWidth * frameHeight;
        System.out.printf(Locale.ROOT, "%n# the GIF has %d bytes; %.2f %% of the pixels exact, mean error %.3f"
                + " a channel (0 to 255)%n", Files.size(file), 100.0 * exact / pixels, error / (3.0 * pixels));
        Files.deleteIfExists(file);
        Platform.exit();
    }

    @Benchmark
    public long writeAnimation() throws IOException {
        try (GifWriter gif = GifWriter.open(file, 250, true)) {
            for (int[] frame : frames) {
                gif.addFrame(frameWidth, frameHeight, frame);
            }
        }
        return Files.size(file);
    }
}

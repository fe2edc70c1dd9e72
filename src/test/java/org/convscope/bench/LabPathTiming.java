package org.convscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.convscope.io.ColorMode;
import org.convscope.io.ImageLoadException;
import org.convscope.io.ImageLoader;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.InMemoryRecentFiles;
import org.convscope.viewmodel.lab.LabChannels;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.lab.LabMessages;
import org.convscope.viewmodel.lab.LabResult;
import org.convscope.viewmodel.task.CurrentThreadTaskExecutor;

/**
 * The whole view-model path once per repetition, wall clock: open a 1920x1080 PNG photo (decode, display colours),
 * convolve, render the ARGB picture and the histogram; then a change of the 3x3 kernel (flipped) and its re-run,
 * the interactive case; then a 16-kernel 5x5 bank and its re-run. Everything runs on this thread through {@link CurrentThreadTaskExecutor}, so the times are the work
 * itself without the 250 ms pause. Run:
 * {@code mvn -q -B -o test-compile exec:exec -Dexec.executable=java
 * -Dexec.args="-cp %classpath org.convscope.bench.LabPathTiming"}.
 */
public final class LabPathTiming {

    private static final int REPEATS = 7;

    private LabPathTiming() {
    }

    public static void main(String[] args) throws IOException, ImageLoadException {
        Path png = Files.createTempFile("convscope-lab-1080p", ".png");
        ImageIO.write(BenchPhotos.coffee(LabRunBenchmark.WIDTH, LabRunBenchmark.HEIGHT), "png", png.toFile());
        LabEngine engine = LabEngine.best();
        System.out.println("engine: " + engine.name() + " (" + engine.reason() + ")");
        double[] decode = new double[REPEATS];
        double[] open = new double[REPEATS];
        double[] openPipeline = new double[REPEATS];
        double[] change = new double[REPEATS];
        double[] changePipeline = new double[REPEATS];
        double[] bank = new double[REPEATS];
        double[] bankPipeline = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t0 = System.nanoTime();
            new ImageLoader().load(png, ColorMode.RGB);
            decode[i] = (System.nanoTime() - t0) / 1e6;

            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            ImageLabViewModel vm = new ImageLabViewModel(executor, engine, new InMemoryRecentFiles(),
                    LabMessages.keys());
            vm.channelsProperty().set(LabChannels.EACH);
            vm.addLibraryKernel("sharpen");
            executor.runDelayed();
            long t1 = System.nanoTime();
            vm.openFile(png);
            open[i] = (System.nanoTime() - t1) / 1e6;
            LabResult first = check(vm);
            openPipeline[i] = first.millis();

            vm.flipProperty().set(true);
            long tc = System.nanoTime();
            executor.runDelayed();
            change[i] = (System.nanoTime() - tc) / 1e6;
            changePipeline[i] = check(vm).millis();

            vm.channelsProperty().set(LabChannels.SUM);
            vm.removeKernel(0);
            for (int k = 0; k < 16; k++) {
                vm.addLibraryKernel(k % 2 == 0 ? "gaussian:5" : "box:5");
            }
            long t2 = System.nanoTime();
            executor.runDelayed();
            bank[i] = (System.nanoTime() - t2) / 1e6;
            LabResult second = check(vm);
            bankPipeline[i] = second.millis();
            System.out.printf(Locale.ROOT, "run %d: decode %.0f ms; open + sharpen per channel -> picture %.0f ms"
                    + " (pipeline %.0f); 3x3 change -> picture %.0f ms (pipeline %.0f); 16 x 5x5 sum bank -> grid %.0f ms (pipeline %.0f, %dx%d picture)%n",
                    i + 1, decode[i], open[i], openPipeline[i], change[i], changePipeline[i], bank[i], bankPipeline[i], second.width(),
                    second.height());
        }
        System.out.printf(Locale.ROOT, "median: decode %.0f ms, open -> 3-map picture %.0f ms (pipeline %.0f),"
                + " 3x3 change -> picture %.0f ms (pipeline %.0f), bank change -> 16-map grid %.0f ms (pipeline %.0f)%n", median(decode), median(open),
                median(openPipeline), median(change), median(changePipeline), median(bank), median(bankPipeline));
        Files.delete(png);
    }

    private static LabResult check(ImageLabViewModel vm) {
        if (!vm.errorProperty().get().isEmpty() || vm.resultProperty().get() == null) {
            throw new IllegalStateException("the lab did not produce a result: " + vm.errorProperty().get());
        }
        return vm.resultProperty().get();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

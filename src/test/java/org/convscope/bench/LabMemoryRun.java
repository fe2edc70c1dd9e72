package org.convscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convscope.core.ChannelMode;
import org.convscope.core.ConvMonitor;
import org.convscope.core.EngineChoice;
import org.convscope.core.FeaturePipeline;
import org.convscope.core.FilterBank;
import org.convscope.core.Kernel;
import org.convscope.core.KernelLibrary;
import org.convscope.core.PaddingChoice;
import org.convscope.core.Tensor;
import org.convscope.core.blas.ConvEngines;
import org.convscope.io.ColorMode;
import org.convscope.io.ImageLoader;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.InMemoryRecentFiles;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.lab.LabMessages;
import org.convscope.viewmodel.lab.LabResult;
import org.convscope.viewmodel.task.CurrentThreadTaskExecutor;

/**
 * The memory run of issue 5: a large photo convolved with a bank of 16 Gaussian 5x5 kernels (sigma 0.25 to 4) with
 * the lab's default settings (gray, same padding), in the default heap, printing the time and the heap's peak.
 * {@code pipeline} runs core.FeaturePipeline alone (what a lab run computes); {@code lab} goes through the
 * ImageLabViewModel on the current thread, from opening the file to the rendered grid and histogram, as the
 * window does. Run each in its own JVM, so that the peak belongs to that path:
 * <pre>  java -Xlog:gc -cp CLASSPATH org.convscope.bench.LabMemoryRun pipeline|lab big.png</pre>
 */
public final class LabMemoryRun {

    private static final int KERNELS = 16;

    private LabMemoryRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("pipeline", "lab").contains(args[0])) {
            System.err.println("usage: LabMemoryRun pipeline|lab IMAGE");
            System.exit(2);
        }
        Path image = Path.of(args[1]);
        List<String> kernels = new ArrayList<>();
        for (int i = 1; i <= KERNELS; i++) {
            kernels.add(String.format(Locale.ROOT, "gaussian:5:%s", i * 0.25));
        }
        System.out.printf(Locale.ROOT, "max heap %.0f MiB%n", Runtime.getRuntime().maxMemory() / 1048576.0);
        long start = System.nanoTime();
        if (args[0].equals("pipeline")) {
            Tensor input = new ImageLoader().load(image, ColorMode.GRAY);
            long loaded = System.nanoTime();
            List<Kernel> bank = kernels.stream().map(KernelLibrary::parse).toList();
            FeaturePipeline pipeline = new FeaturePipeline(new FilterBank(bank, ChannelMode.GRAY), 1, 1,
                    PaddingChoice.parse("same"), false, false, null, null);
            EngineChoice engine = ConvEngines.best();
            FeaturePipeline.Output out = pipeline.run(input, engine.engine(), ConvMonitor.NONE);
            double millis = (System.nanoTime() - loaded) / 1e6;
            System.out.printf(Locale.ROOT, "input %s loaded in %.0f ms; pipeline %s -> %s in %.0f ms, %.2f GFLOP/s"
                    + " (%s)%n", input.shape(), (loaded - start) / 1e6, engine.engine().name(),
                    out.features().shape(), millis, out.plan().flopCount() / (millis * 1e6), engine.reason());
        } else {
            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            ImageLabViewModel lab = new ImageLabViewModel(executor, LabEngine.best(), new InMemoryRecentFiles(),
                    LabMessages.keys());
            lab.openFile(image);
            kernels.forEach(lab::addLibraryKernel);
            executor.runDelayed();
            LabResult result = lab.resultProperty().get();
            double millis = (System.nanoTime() - start) / 1e6;
            if (result == null) {
                throw new IllegalStateException("no result: " + lab.errorProperty().get());
            }
            System.out.printf(Locale.ROOT, "lab: %d maps of %dx%d, picture %dx%d; convolution %.0f ms, %.2f GFLOP/s;"
                    + " open to picture %.0f ms; status %s%n", result.channels(), result.outHeight(),
                    result.outWidth(), result.width(), result.height(), result.millis(), result.gflops(), millis,
                    lab.statusProperty().get());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "sum of heap pool peaks %.0f MiB%n", peak / 1048576.0);
    }
}

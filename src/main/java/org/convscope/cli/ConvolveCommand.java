package org.convscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.convscope.core.Activation;
import org.convscope.core.ActivationSink;
import org.convscope.core.ChannelMode;
import org.convscope.core.Conv2d;
import org.convscope.core.ConvEngine;
import org.convscope.core.ConvMonitor;
import org.convscope.core.EngineChoice;
import org.convscope.core.FilterBank;
import org.convscope.core.Kernel;
import org.convscope.core.KernelLibrary;
import org.convscope.core.PaddingChoice;
import org.convscope.core.Pooling;
import org.convscope.core.ReferenceConv;
import org.convscope.core.Tensor;
import org.convscope.core.TensorSink;
import org.convscope.core.blas.ConvEngines;
import org.convscope.io.ColorMode;
import org.convscope.io.ImageLoadException;
import org.convscope.io.ImageLoader;
import org.convscope.io.ImageSaver;
import org.convscope.io.NpyWriter;
import org.convscope.io.ValueMapping;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convscope convolve}: a filter bank on an image, written as a PNG or as a NumPy array. */
@Command(name = "convolve", mixinStandardHelpOptions = true,
        description = {"Convolves an image with one or more kernels (cross-correlation, as CNN frameworks compute it).",
                "Pixel values enter as 0..255. OUT ending in .png writes an image (one channel: gray; per-channel on"
                        + " RGB with one kernel: RGB; otherwise a grid of feature maps); OUT ending in .npy writes the"
                        + " raw float32 result of shape (channels, height, width)."},
        footer = {"", "Example: convscope convolve photo.jpg edges.png --kernel sobel-x --kernel sobel-y"
                + " --padding same --map abs"})
final class ConvolveCommand implements Callable<Integer> {

    /** Adds the kernel library's names to the help, from the library itself so that the two cannot drift apart. */
    static void listKernels(CommandLine convolve) {
        UsageMessageSpec usage = convolve.getCommandSpec().usageMessage();
        List<String> footer = new ArrayList<>(List.of(usage.footer()));
        footer.add(1, "Kernels: " + String.join(", ", KernelLibrary.names())
                + ", or rows such as \"1 0 -1; 2 0 -2; 1 0 -1\".");
        usage.footer(footer.toArray(String[]::new));
    }

    private static final Activation RELU = Activation.relu();

    /** Which engine runs the convolution. */
    enum EngineOption { BLAS, REFERENCE }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "Image to read: PNG, JPEG, BMP or GIF.")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Result to write: .png or .npy.")
    private Path out;

    @Option(names = "--kernel", required = true, paramLabel = "KERNEL",
            description = "A kernel by name or as rows; repeat for a filter bank (one output channel each).")
    private List<String> kernels;

    @Option(names = "--stride", defaultValue = "1", description = "Stride (default: ${DEFAULT-VALUE}).")
    private int stride;

    @Option(names = "--padding", defaultValue = "valid", paramLabel = "P",
            description = "valid, same, full, a number of cells, or top,bottom,left,right (default: ${DEFAULT-VALUE}).")
    private String padding;

    @Option(names = "--dilation", defaultValue = "1", description = "Dilation (default: ${DEFAULT-VALUE}).")
    private int dilation;

    @Option(names = "--channels", defaultValue = "gray", paramLabel = "MODE",
            description = "gray (image made gray first), each (every kernel on every colour channel), or sum (a"
                    + " k x k x 3 filter summing over the channels) (default: ${DEFAULT-VALUE}).")
    private ChannelMode channels;

    @Option(names = "--flip", description = "Flip the kernels: true convolution instead of cross-correlation.")
    private boolean flip;

    @Option(names = "--relu", description = "Apply ReLU, max(0, x), to the result.")
    private boolean relu;

    @Option(names = "--pool", paramLabel = "max:K[:S]|avg:K[:S]", converter = PoolOption.Converter.class,
            description = "Pool the result: max or average over K x K windows with stride S (default S = K).")
    private Pooling pool;

    @Option(names = "--engine", defaultValue = "blas", paramLabel = "ENGINE",
            description = "blas (im2col + sgemm, native when available) or reference (nested loops)"
                    + " (default: ${DEFAULT-VALUE}).")
    private EngineOption engine;

    @Option(names = "--map", defaultValue = "clamp", paramLabel = "MAPPING",
            description = "How values become PNG pixels: clamp, minmax, abs or diverging (default: ${DEFAULT-VALUE}).")
    private ValueMapping map;

    @Override
    public Integer call() throws IOException, ImageLoadException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean npy = name.endsWith(".npy");
        if (!npy && !name.endsWith(".png")) {
            throw new IllegalArgumentException("OUT must end in .png (an image) or .npy (the raw numbers), not '"
                    + out + "'");
        }
        FilterBank bank = new FilterBank(kernels.stream().map(KernelLibrary::parse).toList(), channels);
        Tensor image = new ImageLoader().load(in, channels == ChannelMode.GRAY ? ColorMode.GRAY : ColorMode.RGB);
        Conv2d conv = bank.conv(image.channels(), image.height(), image.width(), stride, dilation,
                PaddingChoice.parse(padding), flip);
        float[] weights = bank.weights(image.channels());

        PrintWriter stdout = spec.commandLine().getOut();
        ConvEngine convEngine = chooseEngine(stdout);
        long start = System.nanoTime();
        Tensor result;
        if (npy && pool == null) {
            // Streamed band by band to the file: a result larger than the heap never lives in memory.
            try (NpyWriter.Sink file = NpyWriter.open(out)) {
                convEngine.convolve(image, conv, weights, null, relu ? new ActivationSink(RELU, file) : file,
                        ConvMonitor.NONE);
            }
            result = null;
        } else {
            TensorSink sink = new TensorSink();
            convEngine.convolve(image, conv, weights, null, relu ? new ActivationSink(RELU, sink) : sink,
                    ConvMonitor.NONE);
            result = pool == null ? sink.tensor() : pool.apply(sink.tensor());
        }
        double millis = (System.nanoTime() - start) / 1e6;

        int outH = result != null ? result.height() : conv.geometry(image.height(), image.width()).outH();
        int outW = result != null ? result.width() : conv.geometry(image.height(), image.width()).outW();
        if (result != null) {
            write(result, npy, bank);
        }
        stdout.printf(Locale.ROOT, "input  %s (channels x height x width)%n", image.shape());
        stdout.printf(Locale.ROOT, "output %dx%dx%d: %s%n", conv.outChannels(), outH, outW,
                String.join(", ", bank.channelNames(image.channels())));
        stdout.printf(Locale.ROOT, "engine %s, %.1f ms%n", convEngine.name(), millis);
        stdout.printf("wrote %s%n", out);
        stdout.flush();
        return 0;
    }

    private ConvEngine chooseEngine(PrintWriter stdout) {
        if (engine == EngineOption.REFERENCE) {
            return new ReferenceConv();
        }
        EngineChoice choice = ConvEngines.best();
        if (!choice.nativeBlas()) {
            stdout.println("note: " + choice.reason());
        }
        return choice.engine();
    }

    private void write(Tensor result, boolean npy, FilterBank bank) throws IOException {
        if (npy) {
            NpyWriter.write(result, out);
        } else if (result.channels() == 1 || (channels == ChannelMode.EACH && bank.kernels().size() == 1
                && result.channels() == 3)) {
            ImageSaver.save(result, map, out);
        } else {
            ImageSaver.saveGrid(result, map, out);
        }
    }
}

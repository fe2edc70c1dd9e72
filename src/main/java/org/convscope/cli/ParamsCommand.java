package org.convscope.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.convscope.core.Padding;
import org.convscope.core.count.Layer;
import org.convscope.core.count.LayerCount;
import org.convscope.core.count.Shape;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code convscope params}: weights and biases of one convolution layer. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "Prints the weights and biases of one convolution layer, and with --input its output shape"
                + " and multiply-accumulates.",
        footer = {"", "Example (the lecture note's 1x1 reduction): convscope params --in-channels 256"
                + " --out-channels 128 --kernel 1"})
final class ParamsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--in-channels", required = true, paramLabel = "C", description = "Input channels.")
    private int inChannels;

    @Option(names = "--out-channels", required = true, paramLabel = "C", description = "Output channels (filters).")
    private int outChannels;

    @Option(names = "--kernel", required = true, paramLabel = "K|KHxKW", converter = Size.Converter.class,
            description = "Kernel size, e.g. 3 or 1x7.")
    private Size kernel;

    @Option(names = "--groups", defaultValue = "1", description = "Channel groups (default: ${DEFAULT-VALUE}).")
    private int groups;

    @Option(names = "--no-bias", description = "Leave out the biases.")
    private boolean noBias;

    @Option(names = "--input", paramLabel = "N|HxW", converter = Size.Converter.class,
            description = "Input size; adds the output shape and multiply-accumulates (stride 1, padding 0 unless"
                    + " given).")
    private Size input;

    @Option(names = "--stride", defaultValue = "1", description = "Stride, with --input (default: ${DEFAULT-VALUE}).")
    private int stride;

    @Option(names = "--padding", defaultValue = "0", description = "Padding, with --input (default: ${DEFAULT-VALUE}).")
    private int padding;

    @Override
    public Integer call() {
        Layer.Conv conv = new Layer.Conv(outChannels, kernel.height(), kernel.width(), stride,
                Padding.uniform(padding), 1, groups, !noBias);
        // Without --input the spatial size does not matter for weights: the smallest input the kernel fits.
        Shape in = input == null ? new Shape(inChannels, kernel.height(), kernel.width())
                : new Shape(inChannels, input.height(), input.width());
        LayerCount count = conv.count(in);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("conv %s, %d -> %d channels%s%n", kernel, inChannels, outChannels,
                groups == 1 ? "" : ", " + groups + " groups");
        out.printf(Locale.ROOT, "weights: %d x %d x %d x %d = %,d%n", kernel.height(), kernel.width(),
                inChannels / groups, outChannels, count.weights());
        out.printf(Locale.ROOT, "biases:  %,d%n", count.biases());
        out.printf(Locale.ROOT, "total:   %,d parameters%n", count.parameters());
        if (input != null) {
            out.printf(Locale.ROOT, "output:  %s -> %s (channels x height x width)%n", in, count.output());
            out.printf(Locale.ROOT, "multiply-accumulates: %,d%n", count.macs());
        }
        out.flush();
        return 0;
    }
}

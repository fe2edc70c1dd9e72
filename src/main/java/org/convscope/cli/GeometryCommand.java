package org.convscope.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.convscope.core.ConvGeometry;
import org.convscope.core.OutputSizeFormula;
import org.convscope.core.PaddingChoice;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code convscope geometry}: the output size of one convolution, with the formula and its numbers. */
@Command(name = "geometry", mixinStandardHelpOptions = true,
        description = "Prints the output size of one convolution or pooling step, with the formula filled in.")
final class GeometryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "N|HxW", converter = Size.Converter.class,
            description = "Input size, e.g. 48 or 48x64.")
    private Size input;

    @Option(names = "--kernel", required = true, paramLabel = "K|KHxKW", converter = Size.Converter.class,
            description = "Kernel size, e.g. 5 or 3x5.")
    private Size kernel;

    @Option(names = "--padding", defaultValue = "0", paramLabel = "P",
            description = "valid, same, full, a number of cells, or top,bottom,left,right (default: ${DEFAULT-VALUE}).")
    private String padding;

    @Option(names = "--stride", defaultValue = "1", description = "Stride (default: ${DEFAULT-VALUE}).")
    private int stride;

    @Option(names = "--dilation", defaultValue = "1", description = "Dilation (default: ${DEFAULT-VALUE}).")
    private int dilation;

    @Override
    public Integer call() {
        PaddingChoice choice = PaddingChoice.parse(padding);
        ConvGeometry g = choice.geometry(input.height(), input.width(), kernel.height(), kernel.width(), stride,
                dilation);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("input %dx%d, kernel %dx%d, stride %d, dilation %d, padding %s%n", g.inH(), g.inW(), g.kH(),
                g.kW(), g.stride(), g.dilation(), describe(choice, g));
        out.printf("output %dx%d%n", g.outH(), g.outW());
        out.println("  rows:    " + OutputSizeFormula.rows(g));
        out.println("  columns: " + OutputSizeFormula.columns(g));
        if (OutputSizeFormula.simpleApplies(g)) {
            out.println("  " + OutputSizeFormula.simple(g));
        }
        if (choice instanceof PaddingChoice.Same && g.isAsymmetric()) {
            out.printf("  same padding needs p = d(k-1)/2 = %s per side, which is not a whole number of cells:%n"
                    + "  the extra row or column goes to the bottom and right (TensorFlow's convention)%n",
                    halves(ConvGeometry.idealSamePadding(Math.max(g.kH(), g.kW()), g.dilation())));
        }
        report(out, "row", g.unusedRows());
        report(out, "column", g.unusedColumns());
        out.flush();
        return 0;
    }

    private static String describe(PaddingChoice choice, ConvGeometry g) {
        return choice instanceof PaddingChoice.Explicit ? g.pad().toString() : choice + " (" + g.pad() + ")";
    }

    private static String halves(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }

    private static void report(PrintWriter out, String what, int[] unused) {
        if (unused.length > 0) {
            out.printf("  %d input %s%s never read: %s%n", unused.length, what, unused.length == 1 ? " is" : "s are",
                    Arrays.stream(unused).limit(20).mapToObj(Integer::toString).collect(Collectors.joining(", "))
                            + (unused.length > 20 ? ", ..." : ""));
        }
    }
}

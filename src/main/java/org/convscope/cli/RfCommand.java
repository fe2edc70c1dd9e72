package org.convscope.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.convscope.core.SlidingSchedule;
import org.convscope.core.rf.ReceptiveField;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code convscope rf}: receptive field, effective stride and first centre, layer by layer. */
@Command(name = "rf", mixinStandardHelpOptions = true,
        description = "Prints, layer by layer, the output size, the receptive field r, the effective stride j"
                + " and the centre of the first output's field.",
        footer = {"", "Layers: conv<k> or pool<k>, then optional s<stride>, p<padding>, d<dilation>.",
                "A pool's stride defaults to its kernel size.",
                "Example: convscope rf --input 227 --layers \"conv11s4,pool3s2,conv5p2,pool3s2,conv3p1\""})
final class RfCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "N|HxW", converter = Size.Converter.class,
            description = "Input size, e.g. 227 or 480x640.")
    private Size input;

    @Option(names = "--layers", required = true, paramLabel = "STACK",
            description = "Comma-separated layers, e.g. conv3p1,conv3p1,pool2.")
    private String layers;

    @Override
    public Integer call() {
        ReceptiveField rf = ReceptiveField.of(input.height(), input.width(), layers);
        PrintWriter out = spec.commandLine().getOut();
        String format = "%-3s %-14s %11s %8s %6s %13s%n";
        out.printf(format, "#", "layer", "output", "r", "j", "first centre");
        out.printf(format, "0", "input", input.toString(), 1, 1, 0);
        for (int i = 0; i < rf.rows().size(); i++) {
            ReceptiveField.Row row = rf.row(i);
            out.printf(format, i + 1, row.layer(), row.geometry().outH() + "x" + row.geometry().outW(), row.size(),
                    row.jump(), SlidingSchedule.formatNumber(row.start()));
        }
        out.flush();
        return 0;
    }
}

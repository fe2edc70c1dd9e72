package org.convscope.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.convscope.core.count.LayerCount;
import org.convscope.core.count.Network;
import org.convscope.core.count.NetworkCatalogue;
import org.convscope.core.count.NetworkCsv;
import org.convscope.core.count.NetworkRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convscope network}: the layer table of a catalogued network, as text or CSV, ending with the totals. */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = "Prints a classic network layer by layer: output shape, weights, biases, multiply-accumulates"
                + " and receptive field, ending with the totals.",
        footer = {"", "Networks: alexnet, vgg16, googlenet, resnet18, resnet34, resnet50, densenet121.",
                "Example: convscope network resnet50 --csv > resnet50.csv"})
final class NetworkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NETWORK", description = "The network, e.g. resnet50.")
    private String name;

    @Option(names = "--csv", description = "Write RFC 4180 CSV with a header row instead of a table.")
    private boolean csv;

    @Override
    public Integer call() {
        Network network = NetworkCatalogue.byName(name);
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            out.print(NetworkCsv.of(network));
        } else {
            printTable(network, out);
        }
        out.flush();
        return 0;
    }

    private static void printTable(Network network, PrintWriter out) {
        out.println(network.variant());
        int nameWidth = network.rows().stream().mapToInt(r -> r.name().length()).max().orElse(5);
        String format = "%-" + nameWidth + "s  %-12s %,13d %,9d %,17d %6d  %s%n";
        String header = "%-" + nameWidth + "s  %-12s %13s %9s %17s %6s  %s%n";
        out.printf(Locale.ROOT, header, "layer", "output", "weights", "biases", "MACs", "RF", "operation");
        out.println(String.format(Locale.ROOT, header, "input", network.input(), "", "", "", 1, "").stripTrailing());
        for (NetworkRow row : network.rows()) {
            LayerCount c = row.count();
            out.printf(Locale.ROOT, format, row.name(), c.output(), c.weights(), c.biases(), c.macs(),
                    row.receptiveField(), c.layer());
        }
        out.println("RF: receptive field, the side in input pixels of the window one output sees,"
                + " along the widest path.");
        out.printf(Locale.ROOT, "total: %,d weights + %,d biases = %,d parameters, %,d multiply-accumulates%n",
                network.weights(), network.biases(), network.parameters(), network.macs());
    }
}

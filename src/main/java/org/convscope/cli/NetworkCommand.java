package org.convscope.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.convscope.core.count.LayerCount;
import org.convscope.core.count.Network;
import org.convscope.core.count.NetworkCatalogue;
import org.convscope.core.count.NetworkRow;
import org.convscope.core.count.Shape;

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
            printCsv(network, out);
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

    /** RFC 4180: comma-separated, CRLF line ends, fields with commas or quotes quoted, quotes doubled. */
    private static void printCsv(Network network, PrintWriter out) {
        csvLine(out, List.of("layer", "operation", "input", "output", "weights", "biases", "macs",
                "receptive_field"));
        for (NetworkRow row : network.rows()) {
            LayerCount c = row.count();
            String inputs = c.inputs().stream().map(Shape::toString).collect(Collectors.joining(" + "));
            csvLine(out, List.of(row.name(), c.layer().toString(), inputs, c.output().toString(),
                    Long.toString(c.weights()), Long.toString(c.biases()), Long.toString(c.macs()),
                    Integer.toString(row.receptiveField())));
        }
        csvLine(out, List.of("total", "", network.input().toString(), network.output().toString(),
                Long.toString(network.weights()), Long.toString(network.biases()), Long.toString(network.macs()),
                ""));
    }

    private static void csvLine(PrintWriter out, List<String> fields) {
        out.print(fields.stream().map(NetworkCommand::csvField).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    static String csvField(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}

package org.convscope.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalogued network's table as RFC 4180 CSV: a header row, one record per layer, the totals last;
 * comma-separated, CRLF after every record, a field with a comma, quote or line break quoted and its quotes doubled.
 * The one writer behind {@code convscope network --csv} and the app's "Export CSV", so both give the same bytes.
 */
public final class NetworkCsv {

    /** The header row's fields. */
    public static final List<String> HEADER = List.of("layer", "operation", "input", "output", "weights", "biases",
            "macs", "receptive_field");

    private NetworkCsv() {
    }

    /** The whole table: header, a record per layer (inputs joined by " + "), and the totals record. */
    public static String of(Network network) {
        List<List<String>> records = new ArrayList<>();
        records.add(HEADER);
        for (NetworkRow row : network.rows()) {
            LayerCount c = row.count();
            String inputs = c.inputs().stream().map(Shape::toString).collect(Collectors.joining(" + "));
            records.add(List.of(row.name(), c.layer().toString(), inputs, c.output().toString(),
                    Long.toString(c.weights()), Long.toString(c.biases()), Long.toString(c.macs()),
                    Integer.toString(row.receptiveField())));
        }
        records.add(List.of("total", "", network.input().toString(), network.output().toString(),
                Long.toString(network.weights()), Long.toString(network.biases()), Long.toString(network.macs()),
                ""));
        StringBuilder csv = new StringBuilder();
        for (List<String> record : records) {
            csv.append(record.stream().map(NetworkCsv::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /** One field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote or line break. */
    public static String field(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}

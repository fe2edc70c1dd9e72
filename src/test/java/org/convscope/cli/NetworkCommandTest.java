package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.convscope.core.count.NetworkCatalogue;
import org.convscope.core.count.NetworkCsv;
import org.junit.jupiter.api.Test;

/** {@code convscope network} prints the catalogue's tables with the reference implementations' totals. */
class NetworkCommandTest {

    @Test
    void resNet50TableEndsWithTorchvisionsParameterCount() {
        // torchvision resnet50: num_params 25,557,032.
        CliRun run = CliRun.of("network", "resnet50");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.line("total:").contains("= 25,557,032 parameters"), run.line("total:"));
        // He et al. 2016, Table 1: conv1 is 7x7, 64, stride 2, giving 112x112; 3 * 49 * 64 = 9,408 weights.
        assertEquals(List.of("conv1", "64x112x112", "9,408", "0", "118,013,952", "7"),
                List.of(run.line("conv1 ").split("\\s+")).subList(0, 6));
        assertEquals(List.of("fc", "1000x1x1", "2,048,000", "1,000", "2,048,000"),
                List.of(run.line("fc ").split("\\s+")).subList(0, 5));
        assertTrue(run.out().lines().reduce((a, b) -> b).orElseThrow().startsWith("total:"), "totals come last");
    }

    @Test
    void alexNetTableShowsTheGroupedLayers() {
        // Caffe bvlc_alexnet: 60,965,224 parameters; conv2 is 5x5, 96 -> 256 in 2 groups: 307,200 weights.
        CliRun run = CliRun.of("network", "alexnet");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.line("total:").contains("= 60,965,224 parameters"), run.line("total:"));
        assertEquals(List.of("conv2", "256x27x27", "307,200", "256"),
                List.of(run.line("conv2").split("\\s+")).subList(0, 4));
        assertTrue(run.line("conv2").endsWith("groups 2"), run.line("conv2"));
        // Araujo et al., Distill 2019: AlexNet's pool5 sees 195 pixels.
        assertEquals("195", run.line("pool5").split("\\s+")[5]);
    }

    @Test
    void csvIsRfc4180WithAHeaderRowAndTheTotalsLast() {
        CliRun run = CliRun.of("network", "densenet121", "--csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("\r\n"), "RFC 4180 ends every record with CRLF");
        List<String> records = List.of(run.out().split("\r\n"));
        assertEquals("layer,operation,input,output,weights,biases,macs,receptive_field", records.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (String record : records.subList(1, records.size())) {
            rows.add(parse(record));
            assertEquals(8, rows.get(rows.size() - 1).size(), record);
        }
        // torchvision densenet121: num_params 7,978,856.
        List<String> total = rows.get(rows.size() - 1);
        assertEquals("total", total.get(0));
        assertEquals(7_978_856, Long.parseLong(total.get(4)) + Long.parseLong(total.get(5)));
        long weights = 0;
        for (List<String> row : rows.subList(0, rows.size() - 1)) {
            weights += Long.parseLong(row.get(4));
        }
        assertEquals(Long.parseLong(total.get(4)), weights);
        // A concatenation lists its inputs; an operation with commas is quoted.
        List<String> concat = rows.stream().filter(r -> r.get(0).equals("features.denseblock1.denselayer1.concat"))
                .findFirst().orElseThrow();
        assertEquals(List.of("concatenate", "64x56x56 + 32x56x56", "96x56x56"), concat.subList(1, 4));
        assertTrue(records.get(1).startsWith("features.conv0,\"conv 7x7 to 64, stride 2, padding 3, no bias\","),
                records.get(1));
    }

    /** The app's "Export CSV" and the command line write through one writer: the same bytes for every network. */
    @Test
    void csvIsTheSharedWritersOutput() {
        for (String name : NetworkCatalogue.names()) {
            CliRun run = CliRun.of("network", name, "--csv");
            assertEquals(NetworkCsv.of(NetworkCatalogue.byName(name)), run.out(), name);
        }
    }

    @Test
    void anUnknownNetworkIsOneLineListingTheNamesAndExitCodeTwo() {
        CliRun run = CliRun.of("network", "lenet");
        assertEquals(2, run.exitCode());
        assertEquals("convscope network: there is no network called 'lenet': choose one of alexnet, vgg16, googlenet,"
                + " resnet18, resnet34, resnet50, densenet121", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void everyCatalogueNameRuns() {
        for (String name : List.of("alexnet", "vgg16", "googlenet", "resnet18", "resnet34", "resnet50",
                "densenet121")) {
            CliRun run = CliRun.of("network", name);
            assertEquals(0, run.exitCode(), name + ": " + run.err());
            assertTrue(run.line("total:").endsWith("multiply-accumulates"), name);
        }
    }

    /** An RFC 4180 record split into fields: a quoted field may hold commas and doubled quotes. */
    private static List<String> parse(String record) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted && c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

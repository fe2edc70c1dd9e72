package org.convscope.viewmodel.arch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.convscope.core.count.LayerCount;
import org.convscope.core.count.Network;
import org.convscope.core.count.NetworkCatalogue;
import org.convscope.core.count.NetworkCsv;
import org.convscope.core.count.NetworkRow;
import org.convscope.core.count.Shape;

/**
 * A network table: the layers of one catalogued network with their output shapes, weights, biases,
 * multiply-accumulates and receptive fields, the totals and which variant they count; exported as the same CSV
 * that {@code convscope network NAME --csv} prints. Starts on the first network offered.
 */
public final class NetworkTableViewModel {

    private final ObservableList<String> networkNames;
    private final Map<String, Network> walked = new HashMap<>();
    private final ReadOnlyStringWrapper network = new ReadOnlyStringWrapper(this, "network");
    private final ObservableList<NetworkTableRow> rows = FXCollections.observableArrayList();
    private final ObservableList<NetworkTableRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<NetworkSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");

    /** Every catalogued network, oldest first. */
    public NetworkTableViewModel() {
        this(NetworkCatalogue.names());
    }

    /**
     * Only the given catalogued networks, in the given order (a ResNet topic offers resnet18, resnet34, resnet50).
     *
     * @throws IllegalArgumentException when the list is empty or names a network the catalogue does not have
     */
    public NetworkTableViewModel(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("a network table needs at least one network to show; choose from "
                    + String.join(", ", NetworkCatalogue.names()));
        }
        for (String name : names) {
            walked.put(name, NetworkCatalogue.byName(name));
        }
        networkNames = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(names));
        chooseNetwork(names.get(0));
    }

    /** The catalogue names offered ("alexnet", "resnet50", ...), read-only. */
    public ObservableList<String> getNetworkNames() {
        return networkNames;
    }

    /** The catalogue name of the network shown. */
    public ReadOnlyStringProperty networkProperty() {
        return network.getReadOnlyProperty();
    }

    public String getNetwork() {
        return network.get();
    }

    /**
     * Shows the network of that catalogue name.
     *
     * @throws IllegalArgumentException when it is not one of {@link #getNetworkNames()}
     */
    public void chooseNetwork(String name) {
        Network chosen = walked.get(name);
        if (chosen == null) {
            throw new IllegalArgumentException("this table shows " + String.join(", ", networkNames)
                    + ", not '" + name + "'");
        }
        List<NetworkTableRow> table = new ArrayList<>();
        int batchNormLayers = 0;
        long batchNormParameters = 0;
        int biasedLayers = 0;
        for (NetworkRow row : chosen.rows()) {
            LayerCount c = row.count();
            LayerKind kind = LayerKind.of(c.layer());
            table.add(new NetworkTableRow(table.size() + 1, row.name(), LayerOperation.of(c.layer()),
                    c.inputs().stream().map(Shape::toString).collect(Collectors.joining(" + ")),
                    c.output().toString(), c.weights(), c.biases(), c.macs(), row.receptiveField()));
            if (kind == LayerKind.BATCH_NORM) {
                batchNormLayers++;
                batchNormParameters += c.parameters();
            } else if (c.biases() > 0) {
                biasedLayers++;
            }
        }
        rows.setAll(table);
        summary.set(new NetworkSummary(chosen.name(), chosen.variant(), chosen.input().toString(),
                chosen.output().toString(), table.size(), chosen.weights(), chosen.biases(), chosen.parameters(),
                chosen.macs(), batchNormLayers, batchNormParameters, biasedLayers));
        network.set(name);
    }

    /** One row per layer of the network shown, in the reference implementation's order; read-only. */
    public ObservableList<NetworkTableRow> getRows() {
        return readOnlyRows;
    }

    /** The totals of the network shown and what they count. */
    public ReadOnlyObjectProperty<NetworkSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public NetworkSummary getSummary() {
        return summary.get();
    }

    /** The network shown as CSV, byte for byte what {@code convscope network NAME --csv} prints. */
    public String csv() {
        return NetworkCsv.of(walked.get(getNetwork()));
    }

    /** A file name to offer when saving: "resnet50.csv". */
    public String csvFileName() {
        return getNetwork() + ".csv";
    }

    /**
     * Writes {@link #csv()} to {@code file} in UTF-8, replacing what is there. The table is ASCII, so these are the
     * command line's bytes whatever its console encoding.
     *
     * @throws IOException when the file cannot be written; its message names the file
     */
    public void exportCsv(Path file) throws IOException {
        Files.writeString(file, csv(), StandardCharsets.UTF_8);
    }
}

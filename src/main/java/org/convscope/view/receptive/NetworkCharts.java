package org.convscope.view.receptive;

import java.util.StringJoiner;
import java.util.function.ToLongFunction;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.viewmodel.receptive.NetworkCurve;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;

/**
 * Receptive field r and effective stride j against depth for AlexNet, VGG-16, GoogLeNet and ResNet-50, with the
 * input image size drawn across the r chart for scale, the final figures, and how the branching networks are
 * followed. Ids: {@code rfChart}, {@code strideChart}, {@code networkSummary}.
 */
final class NetworkCharts extends VBox {

    NetworkCharts(I18n i18n, ReceptiveFieldViewModel viewModel) {
        getStyleClass().add(RfStyles.NETWORKS);
        setId("networks");

        LineChart<Number, Number> rf = chart(i18n, "rf.networks.rAxis", viewModel, NetworkCurve.Point::receptiveField);
        rf.setId("rfChart");
        int input = viewModel.getNetworks().get(0).inputSize();
        XYChart.Series<Number, Number> inputLine = new XYChart.Series<>();
        inputLine.setName(i18n.format("rf.networks.input", input, input));
        int deepest = viewModel.getNetworks().stream().mapToInt(n -> n.last().depth()).max().orElse(1);
        inputLine.getData().add(new XYChart.Data<>(0, input));
        inputLine.getData().add(new XYChart.Data<>(deepest, input));
        rf.getData().add(inputLine);
        // The chart made the line and the symbols when the series was added: dash the line, hide the two symbols.
        inputLine.getNode().getStyleClass().add(RfStyles.INPUT_LINE);
        inputLine.getData().forEach(d -> d.getNode().setVisible(false));

        LineChart<Number, Number> stride = chart(i18n, "rf.networks.jAxis", viewModel,
                NetworkCurve.Point::effectiveStride);
        stride.setId("strideChart");
        HBox charts = new HBox(rf, stride);
        charts.getStyleClass().add("rf-charts");
        HBox.setHgrow(rf, Priority.ALWAYS);
        HBox.setHgrow(stride, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);

        StringJoiner finals = new StringJoiner("   ·   ");
        for (NetworkCurve net : viewModel.getNetworks()) {
            NetworkCurve.Point last = net.last();
            finals.add(i18n.format("rf.networks.final", net.name(), last.layer(), last.receptiveField(),
                    last.effectiveStride()));
        }
        Label summary = new Label(finals.toString());
        summary.setId("networkSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(RfStyles.COLUMN_SUBTITLE);
        Label note = new Label(i18n.get("rf.networks.note"));
        note.getStyleClass().add(RfStyles.NOTE);
        note.setWrapText(true);
        getChildren().addAll(charts, summary, note);
    }

    private static LineChart<Number, Number> chart(I18n i18n, String axisKey, ReceptiveFieldViewModel viewModel,
                                                   ToLongFunction<NetworkCurve.Point> value) {
        NumberAxis depth = new NumberAxis();
        depth.setLabel(i18n.get("rf.networks.depth"));
        depth.setForceZeroInRange(true);
        NumberAxis axis = new NumberAxis();
        axis.setLabel(i18n.get(axisKey));
        LineChart<Number, Number> chart = new LineChart<>(depth, axis);
        chart.getStyleClass().add(RfStyles.CHART);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        for (NetworkCurve net : viewModel.getNetworks()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(net.name());
            for (NetworkCurve.Point p : net.points()) {
                XYChart.Data<Number, Number> data = new XYChart.Data<>(p.depth(), value.applyAsLong(p));
                String tip = i18n.format("rf.networks.point", net.name(), p.layer(), p.receptiveField(),
                        p.effectiveStride(), p.outputSize());
                data.nodeProperty().addListener((obs, old, node) -> {
                    if (node != null) {
                        Tooltip.install(node, new Tooltip(tip));
                    }
                });
                series.getData().add(data);
            }
            chart.getData().add(series);
        }
        return chart;
    }
}

package org.convscope.view.arch;

import java.text.NumberFormat;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.arch.BlockCost;
import org.convscope.viewmodel.arch.FullyConnectedViewModel;
import org.convscope.viewmodel.arch.FullyConnectedViewModel.Preset;
import org.convscope.viewmodel.arch.LayerBar;
import org.convscope.viewmodel.arch.NetworkBars;

/**
 * The fully-connected topic: a feature map (AlexNet's 6x6x256, VGG-16's 7x7x512, or any size) turned into scores
 * by a dense layer, a 1x1-convolution head and global average pooling, with the weights and multiply-accumulates of
 * each; and AlexNet's and VGG-16's parameters per layer as bars, the dense layers in their own colour with their
 * share of the whole.
 *
 * <p>Ids: {@code fcPresetAlexnet}, {@code fcPresetVgg16}, {@code fcChannels}, {@code fcHeight}, {@code fcWidth},
 * {@code fcUnits}, {@code fcClasses}, {@code fcError}; {@code fcDenseWeights}, {@code fcConvWeights},
 * {@code fcPoolWeights} (and {@code ...Macs}, {@code ...Output}), {@code fcSummary}; {@code fcChart-<network>},
 * {@code fcShare-<network>}.
 */
public final class FullyConnectedPane extends VBox {

    private final I18n i18n;
    private final FullyConnectedViewModel viewModel;
    private final NumberFormat grouped;
    private final Label error = ArchControls.text("fcError", ArchStyles.ERROR);

    public FullyConnectedPane(I18n i18n, FullyConnectedViewModel viewModel) {
        this.i18n = i18n;
        this.viewModel = viewModel;
        this.grouped = NumberFormat.getIntegerInstance(i18n.locale());
        setId("fcPane");
        getStyleClass().add(ArchStyles.PANE);

        VBox heads = headsCard();
        VBox charts = new VBox();
        charts.getStyleClass().add(ArchStyles.COLUMN);
        for (NetworkBars network : viewModel.networks()) {
            VBox card = chartCard(network);
            VBox.setVgrow(card, Priority.ALWAYS);
            charts.getChildren().add(card);
        }
        HBox columns = new HBox(heads, charts);
        columns.getStyleClass().add(ArchStyles.COLUMNS);
        HBox.setHgrow(heads, Priority.ALWAYS);
        HBox.setHgrow(charts, Priority.ALWAYS);
        heads.setPrefWidth(0);
        charts.setPrefWidth(0);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().addAll(toolbar(), columns);
    }

    private FlowPane toolbar() {
        Button alexnet = preset("fcPresetAlexnet", "arch.fc.preset.alexnet", Preset.ALEXNET);
        Button vgg = preset("fcPresetVgg16", "arch.fc.preset.vgg16", Preset.VGG16);
        int maxSide = FullyConnectedViewModel.MAX_SIDE;
        int maxWidth = FullyConnectedViewModel.MAX_WIDTH;
        FlowPane bar = new FlowPane(alexnet, vgg,
                ArchControls.labelled("C", spinner("fcChannels", maxWidth, viewModel.channelsProperty(),
                        viewModel::setChannels)),
                ArchControls.labelled("H", spinner("fcHeight", maxSide, viewModel.heightProperty(),
                        viewModel::setHeight)),
                ArchControls.labelled("W", spinner("fcWidth", maxSide, viewModel.widthProperty(),
                        viewModel::setWidth)),
                ArchControls.labelled(i18n.get("arch.fc.units"), spinner("fcUnits", maxWidth,
                        viewModel.unitsProperty(), viewModel::setUnits)),
                ArchControls.labelled(i18n.get("arch.fc.classes"), spinner("fcClasses", maxWidth,
                        viewModel.classesProperty(), viewModel::setClasses)),
                error);
        bar.getStyleClass().addAll(ArchStyles.TOOLBAR, ArchStyles.TOP_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button preset(String id, String key, Preset preset) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        button.setTooltip(new Tooltip(i18n.get("arch.fc.preset.help")));
        button.setOnAction(e -> {
            viewModel.choosePreset(preset);
            error.setText("");
        });
        return button;
    }

    private Spinner<Integer> spinner(String id, int max, ReadOnlyIntegerProperty property, IntConsumer setter) {
        return ArchControls.spinner(id, 1, max, 1, property, setter, error,
                value -> i18n.format("arch.error.outOfRange", value, 1, max));
    }

    private VBox headsCard() {
        Label[] dense = row("fcDense");
        Label[] conv = row("fcConv");
        Label[] pool = row("fcPool");
        Label[] header = {ArchControls.text(null, ArchStyles.FIGURE_NAME), heading("arch.figure.output"),
                heading("arch.figure.weights"), heading("arch.figure.macs")};
        GridPane grid = ArchControls.figures(header, dense, conv, pool);
        Label summary = ArchControls.text("fcSummary", ArchStyles.FIGURE, ArchStyles.FIGURE_STRONG);
        Label note = ArchControls.text(null, ArchStyles.NOTE);
        note.setText(i18n.get("arch.fc.note"));
        Runnable update = () -> {
            int c = viewModel.channelsProperty().get();
            int h = viewModel.heightProperty().get();
            int w = viewModel.widthProperty().get();
            int n = viewModel.unitsProperty().get();
            int k = viewModel.classesProperty().get();
            fill(dense, i18n.format("arch.fc.dense", c, h, w, n), viewModel.denseProperty().get());
            fill(conv, i18n.format("arch.fc.conv", k), viewModel.convHeadProperty().get());
            fill(pool, i18n.format("arch.fc.pool", k), viewModel.poolHeadProperty().get());
            BlockCost d = viewModel.denseProperty().get();
            BlockCost p = viewModel.poolHeadProperty().get();
            summary.setText(i18n.format("arch.fc.summary", c, h, w, n, d.weights(), c, k, p.weights(),
                    (double) d.weights() / p.weights()));
        };
        ViewListeners.onInvalidated(this, viewModel.denseProperty(), obs -> update.run());
        ViewListeners.onInvalidated(this, viewModel.poolHeadProperty(), obs -> update.run());
        update.run();
        return ArchControls.card(i18n.get("arch.fc.headsTitle"), grid, summary, note);
    }

    private Label[] row(String id) {
        Label name = ArchControls.text(null, ArchStyles.FIGURE_NAME);
        Label output = figure(id + "Output");
        Label weights = figure(id + "Weights");
        Label macs = figure(id + "Macs");
        return new Label[] {name, output, weights, macs};
    }

    private void fill(Label[] row, String name, BlockCost cost) {
        row[0].setText(name);
        row[1].setText(cost.output());
        row[2].setText(grouped.format(cost.weights()));
        row[3].setText(grouped.format(cost.macs()));
    }

    /** Parameters per layer in millions, the dense layers' bars coloured apart, with their share above. */
    private VBox chartCard(NetworkBars network) {
        CategoryAxis layers = new CategoryAxis();
        NumberAxis millions = new NumberAxis();
        millions.setLabel(i18n.get("arch.fc.chart.axis"));
        BarChart<String, Number> chart = new BarChart<>(layers, millions);
        chart.setId("fcChart-" + network.network());
        chart.getStyleClass().add(ArchStyles.CHART);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        chart.setMinHeight(220);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (LayerBar bar : network.bars()) {
            series.getData().add(new XYChart.Data<>(bar.layer(), bar.parameters() / 1e6));
        }
        chart.getData().add(series);
        // The chart made a node per bar when the series was added: colour the dense ones, name every bar.
        for (int i = 0; i < network.bars().size(); i++) {
            LayerBar bar = network.bars().get(i);
            XYChart.Data<String, Number> data = series.getData().get(i);
            data.getNode().getStyleClass().add(bar.dense() ? ArchStyles.BAR_DENSE : ArchStyles.BAR_CONV);
            Tooltip.install(data.getNode(), new Tooltip(i18n.format("arch.fc.chart.bar", bar.layer(),
                    bar.parameters())));
        }
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label share = ArchControls.text("fcShare-" + network.network(), ArchStyles.FIGURE);
        share.setText(i18n.format("arch.fc.share", network.denseShare(), network.denseParameters(),
                network.parameters()));
        return ArchControls.card(i18n.get("arch.network." + network.network()), share, chart);
    }

    private Label figure(String id) {
        Label label = ArchControls.text(id, ArchStyles.FIGURE);
        label.setWrapText(false);
        return label;
    }

    private Label heading(String key) {
        Label label = ArchControls.text(null, ArchStyles.FIGURE_NAME);
        label.setText(i18n.get(key));
        return label;
    }
}

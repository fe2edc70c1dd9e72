package org.convscope.view.arch;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.arch.BlockStep;
import org.convscope.viewmodel.arch.ResNetViewModel;
import org.convscope.viewmodel.arch.ResNetViewModel.Block;

/**
 * ResNet in tabs: the residual block y = F(x) + x drawn with its shortcut (basic or bottleneck, identity or
 * projection when the block downsamples) and its costs; the gradient through N blocks without and with shortcuts;
 * the layer tables of ResNet-18, -34 and -50 ({@link NetworkTable}, ids prefixed {@code resnet}).
 *
 * <p>Ids: {@code resnetPane}, {@code resnetTabs}, {@code resnetBottleneck}, {@code resnetDownsampling},
 * {@code resnetDiagram}, {@code resnetProjection} (the projection's box, drawn only when there is one),
 * {@code resnetMainParameters}, {@code resnetShortcutParameters}, {@code resnetParameters}, {@code resnetMacs},
 * {@code resnetOutput}; {@code resnetBlocks}, {@code resnetDerivative}, {@code resnetGradientChart},
 * {@code resnetGradient}.
 */
public final class ResNetPane extends VBox {

    private static final double WIDTH = 620;
    private static final double MAIN_X = 230;
    private static final double SHORTCUT_X = 490;
    private static final double BOX_W = 290;
    private static final double BOX_H = 60;
    private static final double PITCH = 100;

    private final I18n i18n;
    private final ResNetViewModel viewModel;
    private final Diagram diagram = new Diagram("resnetDiagram");
    private final Label mainParameters = Parts.figure("resnetMainParameters");
    private final Label shortcutParameters = Parts.figure("resnetShortcutParameters");
    private final Label parameters = Parts.figure("resnetParameters");
    private final Label macs = Parts.figure("resnetMacs");
    private final Label output = Parts.figure("resnetOutput");
    private final Label gradient = Parts.sentence("resnetGradient");

    public ResNetPane(I18n i18n, ResNetViewModel viewModel) {
        this.i18n = i18n;
        this.viewModel = viewModel;
        setId("resnetPane");
        getStyleClass().addAll(ArchStyles.PANE, BlockStyles.PANE);
        TabPane tabs = new TabPane(Parts.tab(i18n, "arch.resnet.tab.block", blockTab()),
                Parts.tab(i18n, "arch.resnet.tab.gradient", gradientTab()),
                Parts.tab(i18n, "arch.resnet.tab.tables", new NetworkTable(i18n, viewModel.tables(), "resnet")));
        tabs.setId("resnetTabs");
        tabs.getStyleClass().add(BlockStyles.TABS);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().add(tabs);
        ViewListeners.onInvalidated(this, viewModel.blockProperty(), obs -> updateBlock());
        updateBlock();
    }

    private Node blockTab() {
        ToggleButton bottleneck = new ToggleButton(i18n.get("arch.resnet.bottleneck"));
        bottleneck.setId("resnetBottleneck");
        bottleneck.selectedProperty().bindBidirectional(viewModel.bottleneckProperty());
        ToggleButton downsampling = new ToggleButton(i18n.get("arch.resnet.downsampling"));
        downsampling.setId("resnetDownsampling");
        downsampling.selectedProperty().bindBidirectional(viewModel.downsamplingProperty());
        FlowPane bar = new FlowPane(bottleneck, downsampling);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(ArchStyles.TOOLBAR);

        GridPane figures = new GridPane();
        figures.getStyleClass().add(ArchStyles.FIGURES);
        figures.addRow(0, Parts.name(i18n, "arch.resnet.mainParameters"), mainParameters);
        figures.addRow(1, Parts.name(i18n, "arch.resnet.shortcutParameters"), shortcutParameters);
        figures.addRow(2, Parts.name(i18n, "arch.resnet.parameters"), parameters);
        figures.addRow(3, Parts.name(i18n, "arch.resnet.macs"), macs);
        figures.addRow(4, Parts.name(i18n, "arch.resnet.output"), output);
        Label formula = new Label(i18n.get("arch.resnet.formula"));
        formula.getStyleClass().addAll(ArchStyles.CARD_TITLE);
        VBox side = new VBox(formula, figures, Parts.note(i18n.get("arch.resnet.block.note")),
                Parts.note(i18n.get("arch.resnet.variant")));
        side.getStyleClass().addAll(ArchStyles.CARD, BlockStyles.SIDE);
        VBox drawing = new VBox(diagram);
        drawing.getStyleClass().add(ArchStyles.CARD);
        HBox.setHgrow(drawing, Priority.ALWAYS);
        HBox body = new HBox(drawing, side);
        body.getStyleClass().add(BlockStyles.CARDS);
        VBox box = new VBox(bar, body);
        box.getStyleClass().add(BlockStyles.TAB_CONTENT);
        return box;
    }

    private void updateBlock() {
        Block block = viewModel.getBlock();
        mainParameters.setText(i18n.format("arch.resnet.number", block.mainParameters()));
        shortcutParameters.setText(block.projection() ? i18n.format("arch.resnet.number", block.shortcutParameters())
                : i18n.get("arch.resnet.identity"));
        parameters.setText(i18n.format("arch.resnet.number", block.parameters()));
        macs.setText(i18n.format("arch.resnet.number", block.macs()));
        output.setText(block.output());
        List<Node> nodes = new ArrayList<>();
        double addY = 100 + block.main().size() * PITCH;
        double height = drawBlock(nodes, block, addY);
        diagram.draw(WIDTH, height, nodes);
    }

    /** Draws x, the main path F, the shortcut, the addition and y; returns the drawing's height. */
    private double drawBlock(List<Node> nodes, Block block, double addY) {
        nodes.add(Diagram.box(MAIN_X - BOX_W / 2, 6, BOX_W, 46, i18n.format("arch.resnet.x", block.input()),
                BlockStyles.BOX_INPUT));
        double from = 52;
        for (int s = 0; s < block.main().size(); s++) {
            BlockStep step = block.main().get(s);
            double y = 100 + s * PITCH;
            nodes.addAll(Diagram.arrow(MAIN_X, from, MAIN_X, y, BlockStyles.EDGE_MAIN));
            nodes.add(Diagram.text(MAIN_X, (from + y) / 2, 150, 26,
                    s == 0 ? block.input() : block.main().get(s - 1).output(), BlockStyles.EDGE_LABEL));
            nodes.add(Diagram.box(MAIN_X - BOX_W / 2, y, BOX_W, BOX_H, convText(step), BlockStyles.BOX_CONV));
            from = y + BOX_H;
        }
        nodes.add(Diagram.leftText(8, (100 + from) / 2, 70, 30, "F(x)", BlockStyles.DIAGRAM_LABEL));
        double addSize = 44;
        nodes.addAll(Diagram.arrow(MAIN_X, from, MAIN_X, addY, BlockStyles.EDGE_MAIN));
        nodes.add(Diagram.text(MAIN_X, (from + addY) / 2, 150, 26, block.main().get(block.main().size() - 1)
                .output(), BlockStyles.EDGE_LABEL));
        Label add = Diagram.box(MAIN_X - addSize / 2, addY, addSize, addSize, "+", BlockStyles.ADD);
        nodes.add(add);

        // The shortcut: right from x, down beside the main path, left into the addition.
        double top = 29;
        double addCentre = addY + addSize / 2;
        nodes.add(Diagram.line(MAIN_X + BOX_W / 2, top, SHORTCUT_X, top, BlockStyles.EDGE_SHORTCUT));
        if (block.projection()) {
            BlockStep projection = block.shortcut().get(0);
            double y = (top + addCentre) / 2 - BOX_H / 2;
            nodes.add(Diagram.line(SHORTCUT_X, top, SHORTCUT_X, y, BlockStyles.EDGE_SHORTCUT));
            Label box = Diagram.box(SHORTCUT_X - 100, y, 200, BOX_H, convText(projection), BlockStyles.BOX_REDUCE);
            box.setId("resnetProjection");
            nodes.add(box);
            nodes.add(Diagram.line(SHORTCUT_X, y + BOX_H, SHORTCUT_X, addCentre, BlockStyles.EDGE_SHORTCUT));
            nodes.add(Diagram.text(SHORTCUT_X, y - 20, 190, 26, i18n.get("arch.resnet.projection"),
                    BlockStyles.DIAGRAM_LABEL));
        } else {
            nodes.add(Diagram.line(SHORTCUT_X, top, SHORTCUT_X, addCentre, BlockStyles.EDGE_SHORTCUT));
            nodes.add(Diagram.leftText(SHORTCUT_X + 10, (top + addCentre) / 2, WIDTH - SHORTCUT_X - 10, 52,
                    i18n.get("arch.resnet.identityEdge"), BlockStyles.DIAGRAM_LABEL));
        }
        nodes.addAll(Diagram.arrow(SHORTCUT_X, addCentre, MAIN_X + addSize / 2, addCentre,
                BlockStyles.EDGE_SHORTCUT));
        double yTop = addY + addSize + 40;
        nodes.addAll(Diagram.arrow(MAIN_X, addY + addSize, MAIN_X, yTop, BlockStyles.EDGE_MAIN));
        nodes.add(Diagram.box(MAIN_X - BOX_W / 2, yTop, BOX_W, 46, i18n.format("arch.resnet.y", block.output()),
                BlockStyles.BOX_JOIN));
        return yTop + 52;
    }

    private String convText(BlockStep step) {
        return i18n.format(step.stride() > 1 ? "arch.resnet.convStride" : "arch.resnet.conv", step.kernel(),
                step.outChannels(), step.stride());
    }

    /** A gradient as a reader takes it in: plain from 0.001 to a million, in powers of ten beyond. */
    private String magnitude(double value) {
        double size = Math.abs(value);
        String pattern = size == 0 || (size >= 1e-3 && size < 1e6) ? "#,##0.###" : "0.00E0";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(i18n.locale())).format(value);
    }

    private Node gradientTab() {
        Slider blocks = new Slider(1, ResNetViewModel.MAX_BLOCKS, viewModel.blocksProperty().get());
        blocks.setId("resnetBlocks");
        blocks.setMajorTickUnit(10);
        blocks.setMinorTickCount(9);
        blocks.setSnapToTicks(true);
        blocks.setShowTickLabels(true);
        blocks.setShowTickMarks(true);
        blocks.valueProperty().addListener((obs, old, v) -> viewModel.blocksProperty().set((int) Math.round(
                v.doubleValue())));
        // The lesson's "reset this step" sets the view-model: the sliders follow it.
        ViewListeners.onChange(this, viewModel.blocksProperty(), (obs, old, n) -> blocks.setValue(n.intValue()));
        Slider derivative = new Slider(-0.9, 0.9, viewModel.blockDerivativeProperty().get());
        derivative.setId("resnetDerivative");
        derivative.setMajorTickUnit(0.3);
        derivative.setMinorTickCount(5);
        derivative.setSnapToTicks(true);
        derivative.setShowTickLabels(true);
        derivative.setShowTickMarks(true);
        // Ticks are sums of 0.3: without rounding the middle one reads -0.
        derivative.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                double tick = Math.round(value * 10) / 10.0;
                return i18n.format("arch.resnet.tick", tick == 0 ? 0.0 : tick);
            }

            @Override
            public Double fromString(String text) {
                throw new UnsupportedOperationException("tick labels are only shown");
            }
        });
        derivative.valueProperty().addListener((obs, old, v) -> viewModel.blockDerivativeProperty().set(
                Math.round(v.doubleValue() * 20) / 20.0));
        ViewListeners.onChange(this, viewModel.blockDerivativeProperty(),
                (obs, old, a) -> derivative.setValue(a.doubleValue()));
        Label blocksLabel = new Label(i18n.get("arch.resnet.blocks"));
        blocksLabel.getStyleClass().add(ArchStyles.TOOL_LABEL);
        blocksLabel.setLabelFor(blocks);
        Label derivativeLabel = new Label(i18n.get("arch.resnet.derivative"));
        derivativeLabel.getStyleClass().add(ArchStyles.TOOL_LABEL);
        derivativeLabel.setLabelFor(derivative);
        HBox.setHgrow(blocks, Priority.ALWAYS);
        HBox.setHgrow(derivative, Priority.ALWAYS);
        HBox bar = new HBox(blocksLabel, blocks, derivativeLabel, derivative);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(ArchStyles.TOOLBAR);

        NumberAxis depth = new NumberAxis();
        depth.setLabel(i18n.get("arch.resnet.chart.blocks"));
        depth.setAutoRanging(false);
        depth.setLowerBound(0);
        NumberAxis magnitude = new NumberAxis();
        magnitude.setLabel(i18n.get("arch.resnet.chart.log"));
        LineChart<Number, Number> chart = new LineChart<>(depth, magnitude);
        chart.setId("resnetGradientChart");
        chart.getStyleClass().add(ArchStyles.CHART);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(280);
        XYChart.Series<Number, Number> plain = new XYChart.Series<>();
        plain.setName(i18n.get("arch.resnet.chart.plain"));
        XYChart.Series<Number, Number> residual = new XYChart.Series<>();
        residual.setName(i18n.get("arch.resnet.chart.residual"));
        chart.getData().add(plain);
        chart.getData().add(residual);
        Runnable update = () -> {
            List<XYChart.Data<Number, Number>> plainPoints = new ArrayList<>();
            List<XYChart.Data<Number, Number>> residualPoints = new ArrayList<>();
            plainPoints.add(new XYChart.Data<>(0, 0));
            residualPoints.add(new XYChart.Data<>(0, 0));
            for (ResNetViewModel.Gradient g : viewModel.getGradients()) {
                // log10 |g|; an exact 0 (a = 0 without shortcuts) has no logarithm and is left out.
                if (g.plain() != 0) {
                    plainPoints.add(new XYChart.Data<>(g.blocks(), Math.log10(Math.abs(g.plain()))));
                }
                residualPoints.add(new XYChart.Data<>(g.blocks(), Math.log10(Math.abs(g.residual()))));
            }
            plain.getData().setAll(plainPoints);
            residual.getData().setAll(residualPoints);
            ResNetViewModel.Gradient deepest = viewModel.deepest();
            depth.setUpperBound(deepest.blocks());
            depth.setTickUnit(Math.max(1, Math.ceil(deepest.blocks() / 10.0)));
            gradient.setText(i18n.format("arch.resnet.gradient.value", deepest.blocks(),
                    viewModel.blockDerivativeProperty().get(), magnitude(deepest.plain()),
                    magnitude(deepest.residual())));
        };
        ViewListeners.onListChange(this, viewModel.getGradients(),
                (ListChangeListener<ResNetViewModel.Gradient>) c -> update.run());
        update.run();
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox box = new VBox(Parts.note(i18n.get("arch.resnet.gradient.caption")), bar, gradient, chart,
                Parts.note(i18n.get("arch.resnet.gradient.note")));
        box.getStyleClass().add(BlockStyles.TAB_CONTENT);
        return box;
    }
}

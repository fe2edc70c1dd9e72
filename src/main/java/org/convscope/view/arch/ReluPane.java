package org.convscope.view.arch;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.arch.ActivationCurve;
import org.convscope.viewmodel.arch.GradientSeries;
import org.convscope.viewmodel.arch.ReluViewModel;
import org.convscope.viewmodel.arch.ReluViewModel.PreActivation;

/**
 * The ReLU topic: ReLU, leaky ReLU, sigmoid and tanh plotted with their derivatives; a depth slider and the
 * choice of pre-activations (one z at every layer, or standard-normal z) above bars of the gradient that reaches
 * each layer on a log scale, what reaches the first layer for each activation, and why ReLU kept it alive.
 *
 * <p>Ids: {@code reluValues}, {@code reluDerivatives}, {@code reluDepth}, {@code reluDepthValue},
 * {@code reluNormal}, {@code reluFixed}, {@code reluZ}, {@code reluZValue}, {@code reluBars},
 * {@code reluFirst-<key>} (key relu, leaky, sigmoid, tanh), {@code reluWhy}.
 */
public final class ReluPane extends VBox {

    private final I18n i18n;
    private final ReluViewModel viewModel;

    public ReluPane(I18n i18n, ReluViewModel viewModel) {
        this.i18n = i18n;
        this.viewModel = viewModel;
        setId("reluPane");
        getStyleClass().add(ArchStyles.PANE);

        LineChart<Number, Number> values = chart("reluValues", "arch.relu.value", ActivationCurve.Point::value);
        LineChart<Number, Number> derivatives = chart("reluDerivatives", "arch.relu.derivative",
                ActivationCurve.Point::derivative);
        VBox.setVgrow(values, Priority.ALWAYS);
        VBox.setVgrow(derivatives, Priority.ALWAYS);
        VBox curves = ArchControls.card(i18n.get("arch.relu.curvesTitle"), values, derivatives);
        VBox gradients = gradientCard();
        HBox columns = new HBox(curves, gradients);
        columns.getStyleClass().add(ArchStyles.COLUMNS);
        HBox.setHgrow(curves, Priority.ALWAYS);
        HBox.setHgrow(gradients, Priority.ALWAYS);
        curves.setPrefWidth(0);
        gradients.setPrefWidth(0);
        curves.setMinWidth(360);
        gradients.setMinWidth(520);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().add(columns);
    }

    private LineChart<Number, Number> chart(String id, String axisKey, ToDoubleFunction<ActivationCurve.Point> y) {
        NumberAxis z = new NumberAxis(-ReluViewModel.Z_RANGE, ReluViewModel.Z_RANGE, 1);
        z.setLabel("z");
        NumberAxis axis = new NumberAxis();
        axis.setLabel(i18n.get(axisKey));
        LineChart<Number, Number> chart = new LineChart<>(z, axis);
        chart.setId(id);
        chart.getStyleClass().addAll(ArchStyles.CHART, ArchStyles.RELU_CHART);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(180);
        for (ActivationCurve curve : viewModel.curves()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(name(curve.key()));
            for (ActivationCurve.Point p : curve.points()) {
                series.getData().add(new XYChart.Data<>(p.z(), y.applyAsDouble(p)));
            }
            chart.getData().add(series);
        }
        return chart;
    }

    private VBox gradientCard() {
        Slider depth = new Slider(1, ReluViewModel.MAX_DEPTH, viewModel.depthProperty().get());
        depth.setId("reluDepth");
        depth.setMajorTickUnit(10);
        depth.setMinorTickCount(9);
        depth.setSnapToTicks(true);
        depth.setBlockIncrement(1);
        depth.setShowTickMarks(true);
        depth.setPrefWidth(220);
        Label depthValue = ArchControls.text("reluDepthValue", ArchStyles.FIGURE);
        depthValue.setMinWidth(Region.USE_PREF_SIZE);
        depth.valueProperty().addListener((obs, old, v) -> {
            int n = (int) Math.round(v.doubleValue());
            if (n != viewModel.depthProperty().get()) {
                viewModel.setDepth(n);
            }
        });
        ViewListeners.onChange(this, viewModel.depthProperty(), (obs, old, n) -> depth.setValue(n.intValue()));

        ToggleGroup mode = new ToggleGroup();
        RadioButton normal = new RadioButton(i18n.get("arch.relu.normal"));
        normal.setId("reluNormal");
        normal.setToggleGroup(mode);
        RadioButton fixed = new RadioButton(i18n.get("arch.relu.fixed"));
        fixed.setId("reluFixed");
        fixed.setToggleGroup(mode);
        (viewModel.preActivationProperty().get() == PreActivation.FIXED ? fixed : normal).setSelected(true);
        // The lesson's "reset this step" sets the view-model: the radio buttons and the slider follow it.
        ViewListeners.onChange(this, viewModel.preActivationProperty(), 
                (obs, old, now) -> (now == PreActivation.FIXED ? fixed : normal).setSelected(true));
        mode.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                mode.selectToggle(old);
            } else {
                viewModel.setPreActivation(chosen == fixed ? PreActivation.FIXED : PreActivation.STANDARD_NORMAL);
            }
        });
        Slider z = new Slider(-ReluViewModel.Z_RANGE, ReluViewModel.Z_RANGE, viewModel.zProperty().get());
        z.setId("reluZ");
        z.setMajorTickUnit(1);
        z.setMinorTickCount(9);
        z.setSnapToTicks(true);
        z.setBlockIncrement(0.1);
        z.setPrefWidth(160);
        z.disableProperty().bind(fixed.selectedProperty().not());
        Label zValue = ArchControls.text("reluZValue", ArchStyles.FIGURE);
        zValue.setMinWidth(Region.USE_PREF_SIZE);
        z.valueProperty().addListener((obs, old, v) -> {
            double rounded = Math.round(v.doubleValue() * 10) / 10.0;
            if (rounded != viewModel.zProperty().get()) {
                viewModel.setZ(rounded);
            }
        });
        ViewListeners.onChange(this, viewModel.zProperty(), (obs, old, v) -> z.setValue(v.doubleValue()));

        HBox fixedGroup = new HBox(fixed, z, zValue);
        fixedGroup.getStyleClass().add(ArchStyles.TOOLBAR);
        fixedGroup.setAlignment(Pos.CENTER_LEFT);
        FlowPane controls = new FlowPane(ArchControls.labelled(i18n.get("arch.relu.depth"), depth), depthValue,
                normal, fixedGroup);
        controls.getStyleClass().add(ArchStyles.TOOLBAR);
        controls.setAlignment(Pos.CENTER_LEFT);

        GradientChart bars = new GradientChart();
        bars.setId("reluBars");
        VBox.setVgrow(bars, Priority.ALWAYS);
        Label axis = ArchControls.text(null, ArchStyles.NOTE);
        axis.setText(i18n.get("arch.relu.barsAxis"));
        VBox legend = new VBox();
        legend.getStyleClass().add(ArchStyles.LEGEND);
        Label[] firsts = new Label[viewModel.activationKeys().size()];
        for (int i = 0; i < firsts.length; i++) {
            String key = viewModel.activationKeys().get(i);
            Region swatch = new Region();
            swatch.getStyleClass().addAll(ArchStyles.SWATCH, ArchStyles.GRADIENT_PREFIX + key);
            firsts[i] = ArchControls.text("reluFirst-" + key, ArchStyles.FIGURE);
            firsts[i].setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(firsts[i], Priority.ALWAYS);
            HBox item = new HBox(swatch, firsts[i]);
            item.getStyleClass().add(ArchStyles.TOOLBAR);
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        Label pre = ArchControls.text("reluPreActivation", ArchStyles.NOTE);
        Label why = ArchControls.text("reluWhy", ArchStyles.FIGURE, ArchStyles.FIGURE_STRONG);
        why.setText(i18n.get("arch.relu.why"));

        Runnable update = () -> {
            int n = viewModel.depthProperty().get();
            depthValue.setText(i18n.format("arch.relu.layers", n));
            zValue.setText(String.format(Locale.ROOT, "z = %.1f", viewModel.zProperty().get()).replace('-', '−'));
            bars.show(viewModel.gradientsProperty().get());
            for (int i = 0; i < firsts.length; i++) {
                GradientSeries s = viewModel.gradientsProperty().get().get(i);
                firsts[i].setText(i18n.format("arch.relu.first", name(s.key()), decimal(s.derivative()), n,
                        scientific(s.atFirstLayer())));
            }
            pre.setText(viewModel.preActivationProperty().get() == PreActivation.FIXED
                    ? i18n.get("arch.relu.preFixed") : i18n.get("arch.relu.preNormal"));
        };
        ViewListeners.onInvalidated(this, viewModel.gradientsProperty(), obs -> update.run());
        update.run();
        return ArchControls.card(i18n.get("arch.relu.gradientTitle"), controls, pre, legend, bars, axis, why);
    }

    private String name(String key) {
        return i18n.get("arch.relu.name." + key);
    }

    /** A derivative: three decimals, as the curves can be read. */
    private String decimal(double v) {
        return i18n.format("arch.relu.decimal", v);
    }

    /** A gradient: "0.25", or "3.1 × 10⁻²⁹" below a thousandth, "0" when nothing is left. */
    private String scientific(double v) {
        if (v == 0 || v >= 1e-3) {
            return decimal(v);
        }
        int exponent = (int) Math.floor(Math.log10(v));
        double mantissa = v / Math.pow(10, exponent);
        return i18n.format("arch.relu.scientific", mantissa, GradientChart.powerOfTen(exponent));
    }
}

package org.convscope.view.arch;

import java.text.NumberFormat;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.IntConsumer;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.arch.BlockCost;
import org.convscope.viewmodel.arch.DotProduct;
import org.convscope.viewmodel.arch.OneByOneViewModel;

/**
 * The 1x1-convolution topic: the sizes (H, W, C_in, C_out, k, r) above three cards: a k x k layer against a 1x1
 * layer, a bottleneck against a plain k x k layer (depth, weights and multiply-accumulates side by side, drawn as
 * slabs as thick as their channels), and the 1x1 kernel at one pixel as a dot product along the channels,
 * stepped or played one output channel at a time.
 *
 * <p>Ids: {@code obbHeight}, {@code obbWidth}, {@code obbInChannels}, {@code obbOutChannels}, {@code obbKernel},
 * {@code obbReduced}, {@code obbError}; {@code obbKxkName}, {@code obbKxkWeights}, {@code obbKxkMacs},
 * {@code obbOneWeights}, {@code obbOneMacs}, {@code obbRatio}; {@code obbPlainDepth}, {@code obbPlainWeights},
 * {@code obbPlainMacs}, {@code obbBottleneckDepth}, {@code obbBottleneckWeights}, {@code obbBottleneckMacs},
 * {@code obbSaving}; {@code obbDot}, {@code obbEquation}, {@code obbEveryPixel}, {@code obbChannel},
 * {@code obbStep}, {@code obbPlay}.
 */
public final class OneByOnePane extends VBox {

    /** Time per output channel when playing: long enough to read the sum aloud. */
    private static final Duration STEP = Duration.millis(900);
    /** Terms written out at the start of the sum before "…" and the last term. */
    private static final int TERMS_SHOWN = 4;

    private final I18n i18n;
    private final OneByOneViewModel viewModel;
    private final NumberFormat grouped;
    private final Label error = ArchControls.text("obbError", ArchStyles.ERROR);

    public OneByOnePane(I18n i18n, OneByOneViewModel viewModel) {
        this.i18n = i18n;
        this.viewModel = viewModel;
        this.grouped = NumberFormat.getIntegerInstance(i18n.locale());
        setId("onebyonePane");
        getStyleClass().add(ArchStyles.PANE);

        VBox left = new VBox(compareCard(), bottleneckCard());
        left.getStyleClass().add(ArchStyles.COLUMN);
        VBox dot = dotCard();
        HBox columns = new HBox(left, dot);
        columns.getStyleClass().add(ArchStyles.COLUMNS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(dot, Priority.ALWAYS);
        left.setPrefWidth(0);
        dot.setPrefWidth(0);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().addAll(toolbar(), columns);
    }

    private FlowPane toolbar() {
        int maxSide = OneByOneViewModel.MAX_SIDE;
        int maxChannels = OneByOneViewModel.MAX_CHANNELS;
        FlowPane bar = new FlowPane(
                ArchControls.labelled("H", spinner("obbHeight", 1, maxSide, 1, viewModel.heightProperty(),
                        viewModel::setHeight)),
                ArchControls.labelled("W", spinner("obbWidth", 1, maxSide, 1, viewModel.widthProperty(),
                        viewModel::setWidth)),
                ArchControls.labelled("C_in", spinner("obbInChannels", 1, maxChannels, 1,
                        viewModel.inChannelsProperty(), viewModel::setInChannels)),
                ArchControls.labelled("C_out", spinner("obbOutChannels", 1, maxChannels, 1,
                        viewModel.outChannelsProperty(), viewModel::setOutChannels)),
                ArchControls.labelled("k", spinner("obbKernel", 1, OneByOneViewModel.MAX_KERNEL, 2,
                        viewModel.kernelProperty(), viewModel::setKernel)),
                ArchControls.labelled(i18n.get("arch.onebyone.reduced"), spinner("obbReduced", 1, maxChannels, 1,
                        viewModel.reducedProperty(), viewModel::setReduced)),
                error);
        bar.getStyleClass().addAll(ArchStyles.TOOLBAR, ArchStyles.TOP_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Spinner<Integer> spinner(String id, int min, int max, int step, ReadOnlyIntegerProperty property,
                                     IntConsumer setter) {
        return ArchControls.spinner(id, min, max, step, property, setter, error,
                value -> value % 2 == 0 && "obbKernel".equals(id)
                        ? i18n.format("arch.onebyone.evenKernel", value, value - 1, value + 1)
                        : i18n.format("arch.error.outOfRange", value, min, max));
    }

    private VBox compareCard() {
        Label kxkName = ArchControls.text("obbKxkName", ArchStyles.FIGURE_NAME);
        Label oneName = ArchControls.text(null, ArchStyles.FIGURE_NAME);
        Label kxkWeights = figure("obbKxkWeights");
        Label kxkMacs = figure("obbKxkMacs");
        Label oneWeights = figure("obbOneWeights");
        Label oneMacs = figure("obbOneMacs");
        Label ratio = ArchControls.text("obbRatio", ArchStyles.NOTE);
        GridPane grid = ArchControls.figures(
                new Label[] {ArchControls.text(null, ArchStyles.FIGURE_NAME), header("arch.figure.weights"),
                        header("arch.figure.macs")},
                new Label[] {kxkName, kxkWeights, kxkMacs},
                new Label[] {oneName, oneWeights, oneMacs});
        Runnable update = () -> {
            int k = viewModel.kernelProperty().get();
            String channels = viewModel.inChannelsProperty().get() + " → " + viewModel.outChannelsProperty().get();
            kxkName.setText(i18n.format("arch.onebyone.layer", k, channels));
            oneName.setText(i18n.format("arch.onebyone.layer", 1, channels));
            BlockCost big = viewModel.kxkProperty().get();
            BlockCost one = viewModel.oneByOneProperty().get();
            kxkWeights.setText(grouped.format(big.weights()));
            kxkMacs.setText(grouped.format(big.macs()));
            oneWeights.setText(grouped.format(one.weights()));
            oneMacs.setText(grouped.format(one.macs()));
            ratio.setText(i18n.format("arch.onebyone.ratio", big.weights() / one.weights(), k,
                    viewModel.heightProperty().get(), viewModel.widthProperty().get(), big.output()));
        };
        ViewListeners.onInvalidated(this, viewModel.kxkProperty(), obs -> update.run());
        ViewListeners.onInvalidated(this, viewModel.oneByOneProperty(), obs -> update.run());
        update.run();
        return ArchControls.card(i18n.get("arch.onebyone.compare"), grid, ratio);
    }

    private VBox bottleneckCard() {
        Label plainDepth = figure("obbPlainDepth");
        Label plainWeights = figure("obbPlainWeights");
        Label plainMacs = figure("obbPlainMacs");
        Label bottleneckDepth = figure("obbBottleneckDepth");
        Label bottleneckWeights = figure("obbBottleneckWeights");
        Label bottleneckMacs = figure("obbBottleneckMacs");
        Label plainName = ArchControls.text(null, ArchStyles.FIGURE_NAME);
        Label bottleneckName = ArchControls.text(null, ArchStyles.FIGURE_NAME);
        GridPane grid = ArchControls.figures(
                new Label[] {ArchControls.text(null, ArchStyles.FIGURE_NAME), header("arch.figure.depth"),
                        header("arch.figure.weights"), header("arch.figure.macs")},
                new Label[] {plainName, plainDepth, plainWeights, plainMacs},
                new Label[] {bottleneckName, bottleneckDepth, bottleneckWeights, bottleneckMacs});
        SlabDiagram plain = new SlabDiagram("obbPlainSlabs");
        SlabDiagram bottleneck = new SlabDiagram("obbBottleneckSlabs");
        Label plainCaption = ArchControls.text(null, ArchStyles.FIGURE_NAME);
        Label bottleneckCaption = ArchControls.text(null, ArchStyles.FIGURE_NAME);
        HBox diagrams = new HBox(new VBox(plainCaption, plain), new VBox(bottleneckCaption, bottleneck));
        diagrams.getStyleClass().add(ArchStyles.SLAB_DIAGRAMS);
        Label saving = ArchControls.text("obbSaving", ArchStyles.FIGURE, ArchStyles.FIGURE_STRONG);
        Runnable update = () -> {
            int k = viewModel.kernelProperty().get();
            int cIn = viewModel.inChannelsProperty().get();
            int r = viewModel.reducedProperty().get();
            int cOut = viewModel.outChannelsProperty().get();
            plainName.setText(i18n.format("arch.onebyone.plain", k));
            bottleneckName.setText(i18n.format("arch.onebyone.bottleneck", r, k));
            plainCaption.setText(plainName.getText());
            bottleneckCaption.setText(bottleneckName.getText());
            BlockCost p = viewModel.kxkProperty().get();
            BlockCost b = viewModel.bottleneckProperty().get();
            plainDepth.setText(Integer.toString(p.depth()));
            plainWeights.setText(grouped.format(p.weights()));
            plainMacs.setText(grouped.format(p.macs()));
            bottleneckDepth.setText(Integer.toString(b.depth()));
            bottleneckWeights.setText(grouped.format(b.weights()));
            bottleneckMacs.setText(grouped.format(b.macs()));
            int widest = Math.max(Math.max(cIn, cOut), r);
            plain.show(widest, List.of(cIn, cOut), List.of(k + "×" + k));
            bottleneck.show(widest, List.of(cIn, r, cOut), List.of("1×1", k + "×" + k));
            double weightSaving = viewModel.bottleneckWeightSavingProperty().get();
            saving.setText(weightSaving > 0
                    ? i18n.format("arch.onebyone.saving", b.depth(), p.depth(), weightSaving,
                    viewModel.bottleneckMacSavingProperty().get())
                    : i18n.format("arch.onebyone.noSaving", r, -weightSaving));
        };
        ViewListeners.onInvalidated(this, viewModel.bottleneckProperty(), obs -> update.run());
        ViewListeners.onInvalidated(this, viewModel.kxkProperty(), obs -> update.run());
        update.run();
        return ArchControls.card(i18n.get("arch.onebyone.bottleneckTitle"), diagrams, grid, saving);
    }

    private VBox dotCard() {
        DotProductCanvas canvas = new DotProductCanvas(List.of(i18n.get("arch.onebyone.dot.inputs"),
                i18n.get("arch.onebyone.dot.weights"), i18n.get("arch.onebyone.dot.products"),
                i18n.get("arch.onebyone.dot.outputs")));
        canvas.setId("obbDot");
        canvas.setMinHeight(260);
        canvas.setPrefHeight(420);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        Label equation = ArchControls.text("obbEquation", ArchStyles.FIGURE);
        Label everyPixel = ArchControls.text("obbEveryPixel", ArchStyles.NOTE);

        SpinnerValueFactory.IntegerSpinnerValueFactory channels = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, viewModel.outChannelsProperty().get(), viewModel.outputChannelProperty().get() + 1);
        Spinner<Integer> channel = new Spinner<>(channels);
        channel.setId("obbChannel");
        channel.setEditable(true);
        channel.setPrefWidth(110);
        // Output channels count from 1 on screen, as "filter 1" does in the sliding-kernel view; from 0 inside.
        channel.valueProperty().addListener((obs, old, j) -> {
            if (j != null && j - 1 != viewModel.outputChannelProperty().get()) {
                viewModel.showOutputChannel(j - 1);
            }
        });
        ViewListeners.onChange(this, viewModel.outputChannelProperty(),
                (obs, old, j) -> channels.setValue(j.intValue() + 1));
        ViewListeners.onChange(this, viewModel.outChannelsProperty(), (obs, old, n) -> channels.setMax(n.intValue()));
        Button step = new Button(i18n.get("arch.onebyone.step"));
        step.setId("obbStep");
        step.setOnAction(e -> viewModel.nextOutputChannel());
        ToggleButton play = new ToggleButton(i18n.get("arch.onebyone.play"));
        play.setId("obbPlay");
        Timeline playing = stepping(viewModel);
        play.selectedProperty().addListener((obs, old, on) -> {
            play.setText(i18n.get(on ? "arch.onebyone.pause" : "arch.onebyone.play"));
            if (on) {
                playing.play();
            } else {
                playing.pause();
            }
        });
        // A pane left while playing stops: the timeline would otherwise keep the view-model busy unseen.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                play.setSelected(false);
            }
        });
        step.setMinWidth(Region.USE_PREF_SIZE);
        play.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane controls = new FlowPane(ArchControls.labelled(i18n.get("arch.onebyone.channel"), channel), step,
                play);
        controls.getStyleClass().add(ArchStyles.TOOLBAR);
        controls.setAlignment(Pos.CENTER_LEFT);

        Runnable update = () -> {
            DotProduct dot = viewModel.dotProductProperty().get();
            canvas.show(dot);
            equation.setText(equation(dot));
            BlockCost one = viewModel.oneByOneProperty().get();
            everyPixel.setText(i18n.format("arch.onebyone.everyPixel", viewModel.heightProperty().get(),
                    viewModel.widthProperty().get(), viewModel.outChannelsProperty().get(),
                    viewModel.inChannelsProperty().get(), one.macs()));
        };
        ViewListeners.onInvalidated(this, viewModel.dotProductProperty(), (Observable obs) -> update.run());
        update.run();
        return ArchControls.card(i18n.get("arch.onebyone.dotTitle"), controls, canvas, equation, everyPixel);
    }

    /** "y_5 = 3·(−1) + 7·2 + 0·1 + 5·3 + … + 4·0 = 37": the first terms, the last, and the output value. */
    private String equation(DotProduct dot) {
        int n = dot.inputs().size();
        StringJoiner terms = new StringJoiner(" + ");
        for (int c = 0; c < n; c++) {
            if (c < TERMS_SHOWN || c == n - 1) {
                terms.add(number(dot.inputs().get(c)) + "·" + signed(dot.weights().get(c)));
            } else if (c == TERMS_SHOWN) {
                terms.add("…");
            }
        }
        return i18n.format("arch.onebyone.equation", dot.outputChannel() + 1, terms.toString(),
                number(dot.output()));
    }

    /** An unplayed timeline that shows the next output channel once per step, forever. */
    static Timeline stepping(OneByOneViewModel viewModel) {
        Timeline timeline = new Timeline(new KeyFrame(STEP, e -> viewModel.nextOutputChannel()));
        timeline.setCycleCount(Animation.INDEFINITE);
        return timeline;
    }

    private static String number(double v) {
        long n = Math.round(v);
        return n < 0 ? "−" + (-n) : Long.toString(n);
    }

    private static String signed(double v) {
        return v < 0 ? "(" + number(v) + ")" : number(v);
    }

    private Label figure(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(ArchStyles.FIGURE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Label header(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add(ArchStyles.FIGURE_NAME);
        return label;
    }
}

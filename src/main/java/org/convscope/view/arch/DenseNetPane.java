package org.convscope.view.arch;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.arch.DenseNetViewModel;
import org.convscope.viewmodel.arch.DenseNetViewModel.DenseLayer;
import org.convscope.viewmodel.arch.DenseNetViewModel.Figures;

/**
 * DenseNet: a dense block with growth rate k and L layers, drawn as the channels each layer reads, one bar per
 * layer built of the block's input and the k new maps of every layer before it (one colour per origin, so each
 * layer's maps are seen reaching every later layer), then the block's output and the transition that halves it;
 * and DenseNet-121's layer table ({@link NetworkTable}, ids prefixed {@code densenet}).
 *
 * <p>Ids: {@code densenetPane}, {@code densenetTabs}, {@code densenetBlock} (DenseNet-121's block loaded), {@code densenetGrowth}, {@code densenetLayers},
 * {@code densenetInputChannels}, {@code densenetInputSize}, {@code densenetDiagram}, {@code densenetBar<l>} (the
 * bar of the channels into layer l, 1-based), {@code densenetOutput}, {@code densenetTransitionOutput},
 * {@code densenetBlockParameters}, {@code densenetBlockMacs}, {@code densenetTransitionParameters},
 * {@code densenetLayer}, {@code densenetTransition}, {@code densenetError}.
 */
public final class DenseNetPane extends VBox {

    private static final double WIDTH = 960;
    private static final double HEIGHT = 330;
    private static final double LEFT = 20;
    private static final double BASE = 256;
    private static final double TALLEST = 210;
    /** Most bars labelled; beyond, every n-th so that the labels do not overlap. */
    private static final int LABELLED_BARS = 14;

    private final I18n i18n;
    private final DenseNetViewModel viewModel;
    private final Diagram diagram = new Diagram("densenetDiagram");
    private final Label output = Parts.figure("densenetOutput");
    private final Label transitionOutput = Parts.figure("densenetTransitionOutput");
    private final Label blockParameters = Parts.figure("densenetBlockParameters");
    private final Label blockMacs = Parts.figure("densenetBlockMacs");
    private final Label transitionParameters = Parts.figure("densenetTransitionParameters");
    private final Label layer = Parts.sentence("densenetLayer");
    private final Label transition = Parts.figure("densenetTransition");

    public DenseNetPane(I18n i18n, DenseNetViewModel viewModel) {
        this.i18n = i18n;
        this.viewModel = viewModel;
        setId("densenetPane");
        getStyleClass().addAll(ArchStyles.PANE, BlockStyles.PANE);
        TabPane tabs = new TabPane(Parts.tab(i18n, "arch.densenet.tab.block", blockTab()),
                Parts.tab(i18n, "arch.densenet.tab.table", new NetworkTable(i18n, viewModel.table(), "densenet")));
        tabs.setId("densenetTabs");
        tabs.getStyleClass().add(BlockStyles.TABS);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().add(tabs);
        ViewListeners.onInvalidated(this, viewModel.figuresProperty(), obs -> update());
        update();
    }

    private Node blockTab() {
        ComboBox<Integer> blocks = new ComboBox<>();
        blocks.setId("densenetBlock");
        for (int b = 1; b <= viewModel.blockCount(); b++) {
            blocks.getItems().add(b);
        }
        blocks.setValue(viewModel.blockProperty().get());
        blocks.setOnAction(e -> viewModel.chooseBlock(blocks.getValue()));
        ViewListeners.onChange(this, viewModel.blockProperty(), (obs, old, b) -> blocks.setValue(b.intValue()));
        HBox block = ArchControls.labelled(i18n.get("arch.densenet.block"), blocks);
        FlowPane bar = new FlowPane(block,
                Parts.spinner(i18n, "arch.densenet.growth", "densenetGrowth", viewModel.growthRateProperty(), 1,
                        DenseNetViewModel.MAX_GROWTH),
                Parts.spinner(i18n, "arch.densenet.layers", "densenetLayers", viewModel.layersProperty(), 1,
                        DenseNetViewModel.MAX_LAYERS),
                Parts.spinner(i18n, "arch.densenet.inputChannels", "densenetInputChannels",
                        viewModel.inputChannelsProperty(), 1, 4096),
                Parts.spinner(i18n, "arch.densenet.inputSize", "densenetInputSize", viewModel.inputSizeProperty(),
                        2, 512));
        bar.getStyleClass().add(ArchStyles.TOOLBAR);
        Label error = Parts.note("");
        error.setId("densenetError");
        error.getStyleClass().add(ArchStyles.ERROR);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        // The block's totals above the drawing, in sight when the growth rate or the layers change.
        FlowPane totals = new FlowPane(Parts.pair(i18n, "arch.densenet.output", output),
                Parts.pair(i18n, "arch.densenet.blockParameters", blockParameters),
                Parts.pair(i18n, "arch.densenet.blockMacs", blockMacs),
                Parts.pair(i18n, "arch.densenet.transitionOutput", transitionOutput));
        totals.getStyleClass().add(BlockStyles.CARDS);
        GridPane figures = new GridPane();
        figures.getStyleClass().add(ArchStyles.FIGURES);
        figures.addRow(0, Parts.name(i18n, "arch.densenet.layer"), layer);
        figures.addRow(1, Parts.name(i18n, "arch.densenet.transition"), transition);
        figures.addRow(2, Parts.name(i18n, "arch.densenet.transitionParameters"), transitionParameters);
        VBox drawing = new VBox(totals, diagram, figures, Parts.note(i18n.get("arch.densenet.caption")),
                Parts.note(i18n.get("arch.densenet.note")));
        drawing.getStyleClass().add(ArchStyles.CARD);
        HBox.setHgrow(drawing, Priority.ALWAYS);
        VBox box = new VBox(bar, error, drawing);
        box.getStyleClass().add(BlockStyles.TAB_CONTENT);
        return box;
    }

    private void update() {
        Figures f = viewModel.getFigures();
        DenseLayer first = f.layers().get(0);
        layer.setText(i18n.format("arch.densenet.layerValue", first.bottleneck(), first.grown()));
        output.setText(f.output());
        blockParameters.setText(i18n.format("arch.densenet.number", f.blockParameters()));
        blockMacs.setText(i18n.format("arch.densenet.number", f.blockMacs()));
        transition.setText(i18n.format("arch.densenet.transitionValue", f.transition().get(1).outChannels()));
        transitionOutput.setText(f.transitionOutput());
        transitionParameters.setText(i18n.format("arch.densenet.number", f.transitionParameters()));
        diagram.draw(WIDTH, HEIGHT, drawing(f));
    }

    /**
     * Bars 1..L: the channels into each layer; bar L + 1: the block's output; bar L + 2: the transition's output.
     * Heights are proportional to channels, the tallest being the block's output.
     */
    private List<Node> drawing(Figures f) {
        List<Node> nodes = new ArrayList<>();
        List<DenseLayer> layers = f.layers();
        int bars = layers.size() + 2;
        // The block's output and the transition get two slots each, room for their names when the layers crowd.
        double pitch = (WIDTH - 2 * LEFT) / (bars + 2);
        double barWidth = Math.min(64, pitch * 0.72);
        int outChannels = layers.get(layers.size() - 1).channelsOut();
        double perChannel = TALLEST / outChannels;
        int every = (bars + LABELLED_BARS - 1) / LABELLED_BARS;
        int inputChannels = layers.get(0).channelsIn();
        int growth = layers.get(0).channelsOut() - inputChannels;
        for (int b = 0; b < bars; b++) {
            boolean wide = b >= bars - 2;
            double slot = wide ? 2 * pitch : pitch;
            double slotLeft = LEFT + (wide ? layers.size() * pitch + (b - layers.size()) * 2 * pitch : b * pitch);
            double x = slotLeft + (slot - barWidth) / 2;
            boolean transitionBar = b == bars - 1;
            int channels = transitionBar ? f.transition().get(1).outChannels()
                    : b < layers.size() ? layers.get(b).channelsIn() : outChannels;
            if (transitionBar) {
                nodes.add(segment(x, BASE - channels * perChannel, barWidth, channels * perChannel,
                        BlockStyles.SEGMENT_INPUT));
            } else {
                // The block's input, then k maps from each layer before this one.
                nodes.add(segment(x, BASE - inputChannels * perChannel, barWidth, inputChannels * perChannel,
                        BlockStyles.SEGMENT_INPUT));
                for (int j = 0; j < b; j++) {
                    double top = BASE - (inputChannels + (j + 1) * growth) * perChannel;
                    nodes.add(segment(x, top, barWidth, growth * perChannel,
                            BlockStyles.SEGMENT_PREFIX + (j % BlockStyles.SEGMENT_COLOURS)));
                }
            }
            Rectangle outline = new Rectangle(x, BASE - channels * perChannel, barWidth, channels * perChannel);
            outline.getStyleClass().add(BlockStyles.SEGMENT);
            if (b < layers.size()) {
                outline.setId("densenetBar" + (b + 1));
            }
            nodes.add(outline);
            if (b % every == 0 || wide) {
                nodes.add(Diagram.text(x + barWidth / 2, BASE - channels * perChannel - 16,
                        wide ? slot : Math.max(slot * every, 56), 26, i18n.format("arch.densenet.number", channels),
                        BlockStyles.EDGE_LABEL));
                String name = transitionBar ? i18n.get("arch.densenet.bar.transition")
                        : b == bars - 2 ? i18n.get("arch.densenet.bar.output")
                        : i18n.format("arch.densenet.bar.layer", b + 1);
                nodes.add(Diagram.text(x + barWidth / 2, BASE + 32, wide ? slot : slot * every, 56, name,
                        BlockStyles.DIAGRAM_LABEL));
            }
        }
        return nodes;
    }

    private static Rectangle segment(double x, double y, double width, double height, String styleClass) {
        Rectangle r = new Rectangle(x, y, width, height);
        r.getStyleClass().add(styleClass);
        return r;
    }
}

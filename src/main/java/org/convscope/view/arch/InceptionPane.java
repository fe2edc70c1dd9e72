package org.convscope.view.arch;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.arch.BlockStep;
import org.convscope.viewmodel.arch.InceptionViewModel;
import org.convscope.viewmodel.arch.InceptionViewModel.Branch;
import org.convscope.viewmodel.arch.InceptionViewModel.Figures;

/**
 * The inception block builder: the input and each branch's channels in spinners, a toggle for the 1x1 reductions
 * (the naive block of the paper's Figure 2a against the real one of 2b) and one for the variant (paper or
 * torchvision); the four branches drawn with the shape on every edge into the concatenation; the block's weights,
 * parameters and multiply-accumulates, per branch and with and without the reductions.
 *
 * <p>Ids: {@code inceptionPane}, {@code inceptionReductions}, {@code inceptionTorchvision}, {@code inceptionBlock} (GoogLeNet's block loaded),
 * the spinners {@code inceptionInputChannels}, {@code inceptionInputSize}, {@code inceptionOneByOne},
 * {@code inceptionReduce3}, {@code inceptionOut3}, {@code inceptionReduce5}, {@code inceptionOut5},
 * {@code inceptionPoolProjection}; {@code inceptionDiagram}; {@code inceptionWeights}, {@code inceptionParameters},
 * {@code inceptionMacs}, {@code inceptionOutput}, {@code inceptionSaving}, {@code inceptionBranch<1..4>},
 * {@code inceptionVariant}, {@code inceptionError}.
 */
public final class InceptionPane extends VBox {

    private static final double WIDTH = 900;
    private static final double HEIGHT = 440;
    private static final double COLUMN_PITCH = 222;
    private static final double BOX_W = 196;
    private static final double BOX_H = 58;
    private static final double INPUT_Y = 6;
    private static final double ROW_A = 112;
    private static final double ROW_B = 236;
    private static final double CONCAT_Y = 362;

    private final I18n i18n;
    private final InceptionViewModel viewModel;
    private final Diagram diagram = new Diagram("inceptionDiagram");
    private final Label weights = Parts.figure("inceptionWeights");
    private final Label parameters = Parts.figure("inceptionParameters");
    private final Label macs = Parts.figure("inceptionMacs");
    private final Label output = Parts.figure("inceptionOutput");
    private final Label saving = Parts.sentence("inceptionSaving");
    private final Label variant = Parts.note("");
    private final Label error = Parts.note("");
    private final List<Label> branchFigures = new ArrayList<>();

    public InceptionPane(I18n i18n, InceptionViewModel viewModel) {
        this.i18n = i18n;
        this.viewModel = viewModel;
        setId("inceptionPane");
        getStyleClass().addAll(ArchStyles.PANE, BlockStyles.PANE);
        variant.setId("inceptionVariant");
        error.setId("inceptionError");
        error.getStyleClass().add(ArchStyles.ERROR);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        getChildren().addAll(toolbar(), channels(), error, centre());

        ViewListeners.onInvalidated(this, viewModel.figuresProperty(), obs -> update());
        ViewListeners.onInvalidated(this, viewModel.toggledProperty(), obs -> update());
        ViewListeners.onInvalidated(this, viewModel.torchvisionProperty(), obs -> update());
        update();
    }

    private Node toolbar() {
        ToggleButton reductions = new ToggleButton(i18n.get("arch.inception.reductions"));
        reductions.setId("inceptionReductions");
        reductions.selectedProperty().bindBidirectional(viewModel.reductionsProperty());
        ToggleButton torchvision = new ToggleButton(i18n.get("arch.inception.torchvision"));
        torchvision.setId("inceptionTorchvision");
        torchvision.selectedProperty().bindBidirectional(viewModel.torchvisionProperty());
        ComboBox<String> blocks = new ComboBox<>();
        blocks.setId("inceptionBlock");
        blocks.getItems().setAll(viewModel.blockNames());
        blocks.setValue(viewModel.blockProperty().get());
        blocks.setOnAction(e -> viewModel.chooseBlock(blocks.getValue()));
        ViewListeners.onChange(this, viewModel.blockProperty(), (obs, old, name) -> blocks.setValue(name));
        HBox block = ArchControls.labelled(i18n.get("arch.inception.block"), blocks);
        FlowPane bar = new FlowPane(block, reductions, torchvision);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(ArchStyles.TOOLBAR);
        return bar;
    }

    /** The input's and the branches' channels, in the order of the paper's Table 1, wrapping on narrow screens. */
    private Node channels() {
        int max = InceptionViewModel.MAX_CHANNELS;
        FlowPane spinners = new FlowPane(
                Parts.spinner(i18n, "arch.inception.inputChannels", "inceptionInputChannels",
                        viewModel.inputChannelsProperty(), 1, max),
                Parts.spinner(i18n, "arch.inception.inputSize", "inceptionInputSize", viewModel.inputSizeProperty(),
                        1, InceptionViewModel.MAX_SIZE),
                Parts.spinner(i18n, "arch.inception.oneByOne", "inceptionOneByOne", viewModel.oneByOneProperty(), 1,
                        max),
                Parts.spinner(i18n, "arch.inception.reduce3", "inceptionReduce3", viewModel.reduce3Property(), 1, max),
                Parts.spinner(i18n, "arch.inception.out3", "inceptionOut3", viewModel.out3Property(), 1, max),
                Parts.spinner(i18n, "arch.inception.reduce5", "inceptionReduce5", viewModel.reduce5Property(), 1, max),
                Parts.spinner(i18n, "arch.inception.out5", "inceptionOut5", viewModel.out5Property(), 1, max),
                Parts.spinner(i18n, "arch.inception.poolProjection", "inceptionPoolProjection",
                        viewModel.poolProjectionProperty(), 1, max));
        spinners.getStyleClass().add(ArchStyles.TOOLBAR);
        return spinners;
    }

    private Node centre() {
        // The totals above the drawing, so that toggling the reductions changes them in sight on any screen.
        FlowPane totals = new FlowPane(Parts.pair(i18n, "arch.inception.weights", weights),
                Parts.pair(i18n, "arch.inception.parameters", parameters),
                Parts.pair(i18n, "arch.inception.macs", macs), Parts.pair(i18n, "arch.inception.output", output));
        totals.getStyleClass().add(BlockStyles.CARDS);
        GridPane branches = new GridPane();
        branches.getStyleClass().add(ArchStyles.FIGURES);
        for (int b = 0; b < 4; b++) {
            Label figure = Parts.figure("inceptionBranch" + (b + 1));
            branchFigures.add(figure);
            branches.addRow(b, Parts.name(i18n, "arch.inception.branch" + (b + 1)), figure);
        }
        VBox centre = new VBox(totals, saving, diagram, branches, variant);
        centre.getStyleClass().add(ArchStyles.CARD);
        return centre;
    }

    private void update() {
        Figures f = viewModel.getFigures();
        Figures other = viewModel.getToggled();
        weights.setText(i18n.format("arch.inception.number", f.weights()));
        parameters.setText(i18n.format("arch.inception.number", f.parameters()));
        macs.setText(i18n.format("arch.inception.number", f.macs()));
        output.setText(f.output());
        boolean reduced = viewModel.reductionsProperty().get();
        saving.setText(i18n.format(reduced ? "arch.inception.saving.on" : "arch.inception.saving.off",
                other.weights(), other.macs(), viewModel.weightSavingProperty().get() / 100,
                viewModel.macSavingProperty().get() / 100));
        for (int b = 0; b < 4; b++) {
            Branch branch = f.branches().get(b);
            branchFigures.get(b).setText(i18n.format("arch.inception.branchValue", branch.output(),
                    branch.parameters(), branch.macs()));
        }
        variant.setText(i18n.get(viewModel.torchvisionProperty().get() ? "arch.inception.variant.torchvision"
                : "arch.inception.variant.paper"));
        diagram.draw(WIDTH, HEIGHT, drawing(f));
    }

    private List<Node> drawing(Figures f) {
        List<Node> nodes = new ArrayList<>();
        double centre = WIDTH / 2;
        double fullWidth = COLUMN_PITCH * 3 + BOX_W;
        double left = centre - fullWidth / 2;
        nodes.add(Diagram.box(left, INPUT_Y, fullWidth, 50, i18n.format("arch.inception.inputBox", f.input()),
                BlockStyles.BOX_INPUT));
        for (int b = 0; b < f.branches().size(); b++) {
            List<BlockStep> steps = f.branches().get(b).steps();
            double x = left + b * COLUMN_PITCH;
            double cx = x + BOX_W / 2;
            double from = INPUT_Y + 50;
            double[] rows = steps.size() == 1 ? new double[] {ROW_B} : new double[] {ROW_A, ROW_B};
            for (int s = 0; s < steps.size(); s++) {
                BlockStep step = steps.get(s);
                nodes.addAll(Diagram.arrow(cx, from, cx, rows[s], BlockStyles.EDGE_MAIN));
                if (s > 0) {
                    nodes.add(edgeLabel(cx, (from + rows[s]) / 2, steps.get(s - 1).output()));
                }
                boolean reduction = steps.size() == 2 && s == 0 && step.kind() == BlockStep.Kind.CONV;
                nodes.add(Diagram.box(x, rows[s], BOX_W, BOX_H, stepText(step),
                        reduction ? BlockStyles.BOX_REDUCE
                                : step.kind() == BlockStep.Kind.CONV ? BlockStyles.BOX_CONV : BlockStyles.BOX_POOL));
                from = rows[s] + BOX_H;
            }
            nodes.addAll(Diagram.arrow(cx, from, cx, CONCAT_Y, BlockStyles.EDGE_MAIN));
            nodes.add(edgeLabel(cx, (from + CONCAT_Y) / 2, f.branches().get(b).output()));
        }
        nodes.add(Diagram.box(left, CONCAT_Y, fullWidth, 50, i18n.format("arch.inception.concat", f.output()),
                BlockStyles.BOX_JOIN));
        return nodes;
    }

    private Label edgeLabel(double cx, double cy, String shape) {
        return Diagram.text(cx, cy, 150, 28, shape, BlockStyles.EDGE_LABEL);
    }

    private String stepText(BlockStep step) {
        return switch (step.kind()) {
            case CONV -> i18n.format(step.batchNorm() ? "arch.inception.convBn" : "arch.inception.conv",
                    step.kernel(), step.outChannels());
            case MAX_POOL -> i18n.format("arch.inception.pool", step.kernel());
            default -> throw new IllegalStateException("an inception block has no " + step.kind() + " box");
        };
    }
}

package org.convscope.view.slide;

import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.convscope.view.I18n;
import org.convscope.view.Styles;
import org.convscope.view.ViewHeader;
import org.convscope.view.control.Controls;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.Equation;
import org.convscope.viewmodel.Misfit;
import org.convscope.viewmodel.PaddingPreset;
import org.convscope.viewmodel.SameConvention;
import org.convscope.viewmodel.SamePaddingNote;
import org.convscope.viewmodel.SlideViewModel;
import org.convscope.viewmodel.SlideViewModel.TypingError;

/**
 * Sliding kernel: a kernel moving over a padded input, one output cell per step, with the sum written out, the
 * output-size formula with live numbers and the explanation of uneven "same" padding for even kernels.
 *
 * <p>Keys (when no text field has focus): space plays or pauses, left and right step, Home and End jump,
 * + and - change the speed. Node ids: the grids of {@link SlideGrids}; {@code inputRowsSpinner},
 * {@code inputColumnsSpinner}, {@code channelsSpinner}, {@code filtersSpinner}, {@code kernelRowsSpinner},
 * {@code kernelColumnsSpinner}, {@code strideSpinner}, {@code dilationSpinner}, {@code paddingChoice},
 * {@code padTopSpinner} (and Bottom, Left, Right), {@code conventionChoice}, {@code shownChannelSpinner},
 * {@code shownFilterSpinner}, {@code randomButton}, {@code sampleChoice}, {@code toStartButton},
 * {@code stepBackButton}, {@code playButton}, {@code stepForwardButton}, {@code toEndButton}, {@code scrubber},
 * {@code stepLabel}, {@code speedSlider}, {@code speedLabel}, {@code errorMessage}, {@code reachText},
 * {@code equation}, {@code simpleFormula}, {@code rowsFormula}, {@code columnsFormula}, {@code unusedText},
 * {@code samePaddingNote}.
 */
public final class SlideView extends BorderPane {

    private final SlideViewModel viewModel;
    private final I18n i18n;
    private final Timeline playback;
    private final SlideGrids grids;

    public SlideView(SlideViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        setId("slideView");
        getStyleClass().add("slide-view");
        setTop(new ViewHeader(i18n, "slide"));

        grids = new SlideGrids(viewModel, i18n);
        VBox.setVgrow(grids, Priority.ALWAYS);
        Node equation = equationPanel();
        Region formula = formulaPanel();
        HBox info = new HBox(equation, formula);
        info.getStyleClass().add("slide-info");
        HBox.setHgrow(equation, Priority.ALWAYS);
        // The sum needs the room more than the formulas, which wrap.
        formula.prefWidthProperty().bind(info.widthProperty().multiply(0.4));
        VBox centre = new VBox(errorMessage(), grids, info);
        centre.getStyleClass().add("slide-centre");
        setCenter(centre);
        // Across the whole width, under the controls too, so that a narrow window still has room for it.
        setBottom(playbackBar());

        ScrollPane controls = new ScrollPane(controls());
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controls.getStyleClass().addAll("slide-controls-scroll", Styles.HIDEABLE);
        setRight(controls);

        playback = SlideAnimation.playback(viewModel);
        ViewListeners.onChange(this, viewModel.playingProperty(), (obs, was, now) -> followPlaying());
        sceneProperty().addListener((obs, old, scene) -> followPlaying());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /**
     * Ticks while the view-model plays and this view is on screen: a view replaced by one in another language,
     * or not shown, leaves the ticking to the one shown, so the steps never advance twice.
     */
    private void followPlaying() {
        if (viewModel.isPlaying() && getScene() != null) {
            playback.play();
        } else {
            playback.pause();
        }
    }

    /** The view-model whose steps an animation export goes through. */
    public SlideViewModel viewModel() {
        return viewModel;
    }

    /** The input, kernel and output grids: the picture an animation export records, one frame per step. */
    public Node grids() {
        return grids;
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> viewModel.togglePlaying();
            case LEFT -> viewModel.stepBack();
            case RIGHT -> viewModel.stepForward();
            case HOME -> viewModel.toStart();
            case END -> viewModel.toEnd();
            case PLUS, ADD, EQUALS -> viewModel.faster();
            case MINUS, SUBTRACT -> viewModel.slower();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private Node errorMessage() {
        Label label = new Label();
        label.setId("errorMessage");
        label.getStyleClass().add("slide-error");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            TypingError typed = viewModel.typingErrorProperty().get();
            if (typed != null) {
                return typed.tooLarge() ? i18n.get("slide.error.tooLarge")
                        : i18n.format("slide.error.notNumber", typed.text());
            }
            Misfit m = viewModel.misfitProperty().get();
            if (m == null) {
                return viewModel.getError();
            }
            boolean dilated = m.extentRows() != m.kernelRows() || m.extentColumns() != m.kernelColumns();
            return dilated
                    ? i18n.format("slide.error.misfit.dilated", m.kernelRows(), m.kernelColumns(), m.extentRows(),
                    m.extentColumns(), m.inputRows(), m.inputColumns(), m.paddedRows(), m.paddedColumns())
                    : i18n.format("slide.error.misfit", m.kernelRows(), m.kernelColumns(), m.inputRows(),
                    m.inputColumns(), m.paddedRows(), m.paddedColumns());
        }, viewModel.errorProperty(), viewModel.misfitProperty(), viewModel.typingErrorProperty()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private Node equationPanel() {
        Label reach = new Label();
        reach.setId("reachText");
        reach.getStyleClass().add("slide-reach");
        // One line, so that a small window keeps its height for the sum; the whole hint is in the tooltip.
        reach.setMinHeight(Region.USE_PREF_SIZE);
        reach.setTooltip(new Tooltip(i18n.get("slide.hint")));
        reach.textProperty().bind(Bindings.createStringBinding(() -> {
            int count = viewModel.reachCountProperty().get();
            int y = viewModel.hoveredInputRowProperty().get();
            int x = viewModel.hoveredInputColumnProperty().get();
            return count < 0 ? i18n.get("slide.hint") : i18n.format("slide.reach", y, x, count);
        }, viewModel.reachCountProperty(), viewModel.hoveredInputRowProperty(),
                viewModel.hoveredInputColumnProperty()));

        TextFlow flow = new TextFlow();
        flow.setId("equation");
        flow.getStyleClass().add("equation");
        ViewListeners.onChange(this, viewModel.equationProperty(), (obs, old, now) -> writeEquation(flow, now));
        writeEquation(flow, viewModel.getEquation());
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("equation-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(reach, scroll);
        box.getStyleClass().addAll("slide-card", "slide-equation-card");
        return box;
    }

    /** The sum of the focused output; padding products are greyed, each channel on its own line. */
    private void writeEquation(TextFlow flow, Equation equation) {
        flow.getChildren().clear();
        if (equation == null) {
            return;
        }
        flow.getChildren().add(text(i18n.format("slide.equation.output", equation.outputRow(), equation.outputColumn(),
                equation.filter() + 1) + " ", "equation-head"));
        boolean channels = equation.channels().size() > 1;
        for (int c = 0; c < equation.channels().size(); c++) {
            Equation.ChannelSum sum = equation.channels().get(c);
            flow.getChildren().add(text("\n", "equation-term"));
            if (channels) {
                flow.getChildren().add(text(i18n.format("slide.equation.channel", c + 1) + "  ", "equation-head"));
            }
            for (int t = 0; t < sum.terms().size(); t++) {
                if (t > 0) {
                    flow.getChildren().add(text(" + ", "equation-term"));
                }
                Equation.Term term = sum.terms().get(t);
                flow.getChildren().add(text(term.text(), term.padding() ? "equation-padding" : "equation-term"));
            }
            flow.getChildren().add(text(" = " + sum.sumText(), "equation-sum"));
        }
        if (channels) {
            flow.getChildren().add(text("\n" + i18n.get("slide.equation.total") + "  ", "equation-head"));
            flow.getChildren().add(text(equation.totalText(), "equation-sum"));
        }
    }

    private static Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        return text;
    }

    private Region formulaPanel() {
        Label title = sectionTitle("slide.formula.title");
        Label simple = formulaLabel("simpleFormula");
        simple.textProperty().bind(Bindings.createStringBinding(() -> {
            String formula = viewModel.simpleFormulaBinding().get();
            return formula.isEmpty() ? i18n.get("slide.formula.simpleNotApplicable") : formula;
        }, viewModel.simpleFormulaBinding()));
        Label rows = formulaLabel("rowsFormula");
        rows.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("slide.formula.rows", viewModel.rowsFormulaBinding().get()),
                viewModel.rowsFormulaBinding()));
        Label columns = formulaLabel("columnsFormula");
        columns.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("slide.formula.columns", viewModel.columnsFormulaBinding().get()),
                viewModel.columnsFormulaBinding()));
        Label unused = formulaLabel("unusedText");
        unused.getStyleClass().add("slide-unused");
        unused.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("slide.unused", viewModel.unusedCellCountBinding().get()),
                viewModel.unusedCellCountBinding()));
        unused.visibleProperty().bind(viewModel.unusedCellCountBinding().greaterThan(0));
        unused.managedProperty().bind(unused.visibleProperty());

        VBox box = new VBox(title, simple, rows, columns, unused);
        box.getStyleClass().addAll("slide-card", "formula-panel");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        // The card fills the row as the sum's card beside it does; taller formulas scroll.
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("formula-scroll");
        return scroll;
    }

    private String noteText(SamePaddingNote note) {
        if (note == null || !note.uneven()) {
            return "";
        }
        StringBuilder text = new StringBuilder(i18n.get("slide.same.title"));
        if (note.rows().uneven()) {
            SamePaddingNote.Axis a = note.rows();
            text.append('\n').append(i18n.format("slide.same.rows", a.kernel(), a.total(), a.ideal(), a.before(),
                    a.after(), a.otherBefore(), a.otherAfter(), a.shift()));
        }
        if (note.columns().uneven()) {
            SamePaddingNote.Axis a = note.columns();
            text.append('\n').append(i18n.format("slide.same.columns", a.kernel(), a.total(), a.ideal(), a.before(),
                    a.after(), a.otherBefore(), a.otherAfter(), a.shift()));
        }
        return text.append('\n').append(i18n.get("slide.same.shift")).toString();
    }

    private static Label formulaLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("formula");
        label.setWrapText(true);
        return label;
    }

    private Label sectionTitle(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("slide-section-title");
        return label;
    }

    private Node playbackBar() {
        Button toStart = button("toStartButton", "slide.toStart", viewModel::toStart);
        toStart.disableProperty().bind(viewModel.canStepBackBinding().not());
        Button back = button("stepBackButton", "slide.stepBack", viewModel::stepBack);
        back.disableProperty().bind(viewModel.canStepBackBinding().not());
        Button play = button("playButton", "slide.play", viewModel::togglePlaying);
        play.textProperty().bind(Bindings.when(viewModel.playingProperty())
                .then(i18n.get("slide.pause")).otherwise(i18n.get("slide.play")));
        play.getStyleClass().add("play-button");
        Button forward = button("stepForwardButton", "slide.stepForward", viewModel::stepForward);
        forward.disableProperty().bind(viewModel.canStepForwardBinding().not());
        Button toEnd = button("toEndButton", "slide.toEnd", viewModel::toEnd);
        toEnd.disableProperty().bind(viewModel.canStepForwardBinding().not());

        Slider scrubber = new Slider(0, 1, 0);
        scrubber.setId("scrubber");
        scrubber.setBlockIncrement(1);
        scrubber.setMajorTickUnit(1);
        scrubber.setMinorTickCount(0);
        scrubber.setSnapToTicks(true);
        scrubber.maxProperty().bind(Bindings.max(1, viewModel.stepCountBinding().subtract(1)));
        scrubber.setValue(viewModel.getStep());
        scrubber.valueProperty().addListener((obs, old, now) -> {
            int target = (int) Math.round(now.doubleValue());
            if (target != viewModel.getStep()) {
                viewModel.pause();
                viewModel.setStep(target);
            }
        });
        ViewListeners.onChange(this, viewModel.stepProperty(), (obs, old, now) -> scrubber.setValue(now.intValue()));
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.setMinWidth(80);

        Label step = new Label();
        step.setId("stepLabel");
        step.getStyleClass().add("step-label");
        step.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("slide.step", viewModel.getStep() + 1, viewModel.stepCountBinding().get()),
                viewModel.stepProperty(), viewModel.stepCountBinding()));
        step.setMinWidth(Region.USE_PREF_SIZE);

        Slider speed = new Slider(log2(SlideViewModel.MIN_SPEED), log2(SlideViewModel.MAX_SPEED), 0);
        speed.setId("speedSlider");
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setPrefWidth(140);
        speed.setMinWidth(100);
        speed.setTooltip(new Tooltip(i18n.get("slide.speed.tip")));
        speed.valueProperty().addListener((obs, old, now) -> viewModel.setSpeed(Math.pow(2, now.doubleValue())));
        ViewListeners.onChange(this, viewModel.speedProperty(),
                (obs, old, now) -> speed.setValue(log2(now.doubleValue())));
        Label speedLabel = new Label();
        speedLabel.setId("speedLabel");
        speedLabel.getStyleClass().add("step-label");
        speedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("slide.speed", speedText(viewModel.getSpeed())), viewModel.speedProperty()));
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(toStart, back, play, forward, toEnd, scrubber, step, speed, speedLabel);
        bar.setId("playbackBar");
        // Hidden with the other controls: space and the arrow keys play and step, the grids take the room.
        bar.getStyleClass().addAll("playback-bar", Styles.HIDEABLE);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }

    /** 0.25, 0.5, 1, 2, ...: the speeds are powers of two, so no rounding is needed. */
    private static String speedText(double speed) {
        return speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        button.getStyleClass().add("playback-button");
        button.setTooltip(new Tooltip(i18n.get(key + ".tip")));
        button.setAccessibleText(i18n.get(key + ".tip"));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private Node controls() {
        GridPane input = Controls.form();
        int row = 0;
        row = add(input, row, "slide.rows", Controls.spinner("inputRowsSpinner", viewModel.inputRowsProperty(), 1, SlideViewModel.MAX_INPUT));
        row = add(input, row, "slide.columns", Controls.spinner("inputColumnsSpinner", viewModel.inputColumnsProperty(), 1, SlideViewModel.MAX_INPUT));
        row = add(input, row, "slide.channels", Controls.spinner("channelsSpinner", viewModel.channelsProperty(), 1, SlideViewModel.MAX_CHANNELS));
        Spinner<Integer> shownChannel = shownSpinner("shownChannelSpinner", viewModel.shownChannelProperty(),
                viewModel.channelsProperty());
        add(input, row, "slide.shownChannel", shownChannel);

        Button random = new Button(i18n.get("slide.values.random"));
        random.setId("randomButton");
        random.setMaxWidth(Double.MAX_VALUE);
        random.setOnAction(e -> viewModel.randomValues());
        ComboBox<String> sample = new ComboBox<>();
        sample.setId("sampleChoice");
        sample.getItems().setAll(viewModel.sampleNames());
        sample.setPromptText(i18n.get("slide.values.sample"));
        sample.setMaxWidth(Double.MAX_VALUE);
        sample.setOnAction(e -> {
            if (sample.getValue() != null) {
                viewModel.useSamplePatch(sample.getValue());
            }
        });

        GridPane kernel = Controls.form();
        row = 0;
        row = add(kernel, row, "slide.rows", Controls.spinner("kernelRowsSpinner", viewModel.kernelRowsProperty(), 1, SlideViewModel.MAX_KERNEL));
        row = add(kernel, row, "slide.columns", Controls.spinner("kernelColumnsSpinner", viewModel.kernelColumnsProperty(), 1, SlideViewModel.MAX_KERNEL));
        row = add(kernel, row, "slide.filters", Controls.spinner("filtersSpinner", viewModel.filtersProperty(), 1, SlideViewModel.MAX_FILTERS));
        add(kernel, row, "slide.shownFilter", shownSpinner("shownFilterSpinner", viewModel.shownFilterProperty(),
                viewModel.filtersProperty()));

        GridPane sliding = Controls.form();
        row = 0;
        row = add(sliding, row, "slide.stride", Controls.spinner("strideSpinner", viewModel.strideProperty(), 1, SlideViewModel.MAX_STRIDE));
        row = add(sliding, row, "slide.dilation", Controls.spinner("dilationSpinner", viewModel.dilationProperty(), 1, SlideViewModel.MAX_DILATION));
        ComboBox<PaddingPreset> preset = Controls.choice("paddingChoice", viewModel.paddingPresetProperty(), PaddingPreset.values(),
                p -> i18n.get("slide.padding." + p.name().toLowerCase(java.util.Locale.ROOT)));
        row = add(sliding, row, "slide.padding", preset);

        GridPane sides = Controls.form();
        int side = 0;
        side = add(sides, side, "slide.padding.top", Controls.spinner("padTopSpinner", viewModel.padTopProperty(), 0, SlideViewModel.MAX_PADDING));
        side = add(sides, side, "slide.padding.bottom", Controls.spinner("padBottomSpinner", viewModel.padBottomProperty(), 0, SlideViewModel.MAX_PADDING));
        side = add(sides, side, "slide.padding.left", Controls.spinner("padLeftSpinner", viewModel.padLeftProperty(), 0, SlideViewModel.MAX_PADDING));
        add(sides, side, "slide.padding.right", Controls.spinner("padRightSpinner", viewModel.padRightProperty(), 0, SlideViewModel.MAX_PADDING));
        sides.visibleProperty().bind(viewModel.paddingPresetProperty().isEqualTo(PaddingPreset.EXPLICIT));
        sides.managedProperty().bind(sides.visibleProperty());

        Label conventionLabel = new Label(i18n.get("slide.convention"));
        conventionLabel.getStyleClass().add(Controls.FORM_LABEL);
        conventionLabel.setWrapText(true);
        ComboBox<SameConvention> convention = Controls.choice("conventionChoice", viewModel.sameConventionProperty(),
                SameConvention.values(), c -> i18n.get(c == SameConvention.EXTRA_AFTER
                        ? "slide.convention.after" : "slide.convention.before"));
        VBox conventionBox = new VBox(conventionLabel, convention);
        conventionBox.getStyleClass().add("form-stack");
        conventionBox.visibleProperty().bind(viewModel.paddingPresetProperty().isEqualTo(PaddingPreset.SAME));
        conventionBox.managedProperty().bind(conventionBox.visibleProperty());

        Label note = formulaLabel("samePaddingNote");
        note.getStyleClass().add("slide-note");
        note.textProperty().bind(Bindings.createStringBinding(() -> noteText(viewModel.samePaddingNoteProperty().get()),
                viewModel.samePaddingNoteProperty()));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        // Beside the convention it explains, where the controls leave room on a projector.
        VBox box = new VBox(sectionTitle("slide.section.input"), input, random, sample,
                sectionTitle("slide.section.kernel"), kernel,
                sectionTitle("slide.section.sliding"), sliding, sides, conventionBox, note);
        box.getStyleClass().add("slide-controls");
        return box;
    }

    private int add(GridPane grid, int row, String key, Node control) {
        return Controls.formRow(grid, row, i18n.get(key), control);
    }

    /** Which channel or filter to show, counted from 1 on screen and from 0 in the view-model. */
    private static Spinner<Integer> shownSpinner(String id, IntegerProperty shown, IntegerProperty count) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, count.get(), shown.get() + 1);
        factory.maxProperty().bind(count);
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setPrefWidth(110);
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                shown.set(now - 1);
            }
        });
        ViewListeners.onChange(spinner, shown, (obs, old, now) -> factory.setValue(now.intValue() + 1));
        // Only worth a row when there is something to choose.
        spinner.visibleProperty().bind(count.greaterThan(1));
        spinner.managedProperty().bind(spinner.visibleProperty());
        return spinner;
    }
}

package org.convscope.view.receptive;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.Styles;
import org.convscope.view.ViewHeader;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.receptive.Preset;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;

/**
 * Receptive field: two stacks side by side on the same input (one large kernel, small 3x3 kernels), the cone of
 * the selected output cell through every layer and their ledgers; their effective receptive fields; a stack editor with
 * the per-layer table; and the receptive-field growth of four real networks.
 *
 * <p>Ids: {@code receptiveView}, {@code presetChooser}, {@code inputSize}, {@code channels}, {@code savings},
 * {@code zoomCone}, {@code rfError}, the tabs {@code compareTab}, {@code erfTab}, {@code editorTab}, {@code networksTab}; per stack, see
 * {@link StackColumn} and {@link StackEditor}.
 */
public final class ReceptiveFieldView extends BorderPane {

    private final I18n i18n;
    private final ReceptiveFieldViewModel viewModel;
    private final ToggleButton zoom = new ToggleButton();
    private final TabPane tabs;

    public ReceptiveFieldView(I18n i18n, ReceptiveFieldViewModel viewModel) {
        this.i18n = i18n;
        this.viewModel = viewModel;
        setId("receptiveView");
        getStyleClass().add(RfStyles.VIEW);
        setTop(new VBox(new ViewHeader(i18n, "receptive"), toolbar()));

        StackColumn a = new StackColumn(i18n, viewModel, viewModel.stackA(), "A");
        StackColumn b = new StackColumn(i18n, viewModel, viewModel.stackB(), "B");
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        a.setPrefWidth(0);
        b.setPrefWidth(0);
        Runnable sameScale = () -> {
            int planes = Math.max(viewModel.stackA().getPlanes().size(), viewModel.stackB().getPlanes().size());
            a.cone().setPlanesForScale(planes);
            b.cone().setPlanesForScale(planes);
        };
        ViewListeners.onInvalidated(this, viewModel.stackA().getPlanes(),
                (javafx.beans.Observable o) -> sameScale.run());
        ViewListeners.onInvalidated(this, viewModel.stackB().getPlanes(),
                (javafx.beans.Observable o) -> sameScale.run());
        sameScale.run();
        zoom.setId("zoomCone");
        zoom.setSelected(true);
        zoom.selectedProperty().addListener((obs, old, on) -> {
            a.cone().setZoomed(on);
            b.cone().setZoomed(on);
        });
        HBox columns = new HBox(a, b);
        columns.getStyleClass().add("rf-columns");
        VBox.setVgrow(columns, Priority.ALWAYS);
        VBox compare = new VBox(columns, savings());
        compare.getStyleClass().add("rf-compare");

        StackEditor editorA = new StackEditor(i18n, viewModel, viewModel.stackA(), "A");
        StackEditor editorB = new StackEditor(i18n, viewModel, viewModel.stackB(), "B");
        HBox.setHgrow(editorA, Priority.ALWAYS);
        HBox.setHgrow(editorB, Priority.ALWAYS);
        editorA.setPrefWidth(0);
        editorB.setPrefWidth(0);
        HBox editors = new HBox(editorA, editorB);
        editors.getStyleClass().add("rf-columns");

        ErfPanel erfA = new ErfPanel(i18n, viewModel.stackA(), "A");
        ErfPanel erfB = new ErfPanel(i18n, viewModel.stackB(), "B");
        HBox.setHgrow(erfA, Priority.ALWAYS);
        HBox.setHgrow(erfB, Priority.ALWAYS);
        erfA.setPrefWidth(0);
        erfB.setPrefWidth(0);
        Label erfNote = new Label(i18n.get("rf.heatmap.note"));
        erfNote.getStyleClass().add(RfStyles.NOTE);
        erfNote.setWrapText(true);
        erfNote.setMinHeight(Region.USE_PREF_SIZE);
        HBox erfColumns = new HBox(erfA, erfB);
        erfColumns.getStyleClass().add("rf-columns");
        VBox.setVgrow(erfColumns, Priority.ALWAYS);
        VBox erf = new VBox(erfColumns, erfNote);
        erf.getStyleClass().add("rf-compare");

        tabs = new TabPane(tab("compareTab", "rf.tab.compare", compare),
                tab("erfTab", "rf.tab.erf", erf),
                tab("editorTab", "rf.tab.editor", editors),
                tab("networksTab", "rf.tab.networks", new NetworkCharts(i18n, viewModel)));
        tabs.setId("rfTabs");
        tabs.getStyleClass().add(RfStyles.TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    /**
     * The picture of the tab shown (the cones of the two stacks, their effective receptive fields, the editor's
     * tables or the networks' growth), without the toolbar: what a PNG export of the receptive field shows.
     */
    public javafx.scene.Node picture() {
        return ((ScrollPane) tabs.getSelectionModel().getSelectedItem().getContent()).getContent();
    }

    /** A tab whose content fills it, and scrolls when the window is too small for the content's minimum size. */
    private Tab tab(String id, String key, javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("rf-scroll");
        Tab tab = new Tab(i18n.get(key), scroll);
        tab.setId(id);
        return tab;
    }

    private FlowPane toolbar() {
        ComboBox<Preset> presets = new ComboBox<>();
        presets.setId("presetChooser");
        presets.getItems().addAll(ReceptiveFieldViewModel.presets());
        presets.getItems().add(Preset.CUSTOM);
        presets.setButtonCell(presetCell());
        presets.setCellFactory(list -> presetCell());
        presets.setValue(viewModel.getPreset());
        presets.setAccessibleText(i18n.get("rf.preset"));
        presets.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != viewModel.getPreset()) {
                viewModel.choosePreset(chosen);
            }
        });
        ViewListeners.onChange(this, viewModel.presetProperty(), (obs, old, now) -> presets.setValue(now));

        Spinner<Integer> input = spinner("inputSize", 1, ReceptiveFieldViewModel.MAX_INPUT, viewModel.getInputSize());
        input.valueProperty().addListener((obs, old, size) -> {
            if (size != null && size != viewModel.getInputSize() && !viewModel.setInputSize(size)) {
                input.getValueFactory().setValue(viewModel.getInputSize());
            }
        });
        ViewListeners.onChange(this, viewModel.inputSizeProperty(),
                (obs, old, size) -> input.getValueFactory().setValue(size.intValue()));
        input.setTooltip(new Tooltip(i18n.get("rf.inputSize.help")));

        Spinner<Integer> channels = spinner("channels", 1, ReceptiveFieldViewModel.MAX_CHANNELS,
                viewModel.getChannels());
        channels.valueProperty().addListener((obs, old, c) -> {
            if (c != null && c != viewModel.getChannels() && !viewModel.setChannels(c)) {
                channels.getValueFactory().setValue(viewModel.getChannels());
            }
        });
        // The lesson's "reset this step" sets the view-model: the spinner follows it.
        ViewListeners.onChange(this, viewModel.channelsProperty(),
                (obs, old, c) -> channels.getValueFactory().setValue(c.intValue()));
        channels.setTooltip(new Tooltip(i18n.get("rf.channels.help")));

        zoom.setText(i18n.get("rf.zoom"));
        zoom.setTooltip(new Tooltip(i18n.get("rf.zoom.help")));

        Label error = new Label();
        error.setId("rfError");
        error.getStyleClass().add(RfStyles.ERROR);
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());

        FlowPane bar = new FlowPane(group(label("rf.preset", presets), presets),
                group(label("rf.inputSize", input), input), group(label("rf.channels", channels), channels), zoom,
                error);
        bar.getStyleClass().addAll(RfStyles.TOOLBAR, RfStyles.TOP_BAR, Styles.HIDEABLE);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Label savings() {
        Label savings = new Label();
        savings.setId("savings");
        savings.getStyleClass().add(RfStyles.SAVING);
        savings.setWrapText(true);
        savings.setMinHeight(Region.USE_PREF_SIZE);
        Runnable update = () -> savings.setText(i18n.format("rf.saving",
                change(viewModel.weightSavingProperty().get()), change(viewModel.parameterSavingProperty().get()),
                change(viewModel.macSavingProperty().get()), viewModel.stackB().getCost().nonLinearities(),
                viewModel.stackA().getCost().nonLinearities()));
        ViewListeners.onInvalidated(this, viewModel.weightSavingProperty(), obs -> update.run());
        ViewListeners.onInvalidated(this, viewModel.parameterSavingProperty(), obs -> update.run());
        ViewListeners.onInvalidated(this, viewModel.macSavingProperty(), obs -> update.run());
        ViewListeners.onInvalidated(this, viewModel.stackA().costProperty(), obs -> update.run());
        ViewListeners.onInvalidated(this, viewModel.stackB().costProperty(), obs -> update.run());
        update.run();
        return savings;
    }

    /** "28.0 % less" or "12.5 % more". */
    private String change(double saving) {
        return saving >= 0 ? i18n.format("rf.less", saving) : i18n.format("rf.more", -saving);
    }

    /** A label and its control, kept on one line when the toolbar wraps. */
    private static HBox group(Label label, javafx.scene.Node control) {
        HBox group = new HBox(label, control);
        group.getStyleClass().add(RfStyles.TOOLBAR);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private Label label(String key, javafx.scene.Node target) {
        Label label = new Label(i18n.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add(RfStyles.TOOL_LABEL);
        label.setLabelFor(target);
        return label;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }

    private ListCell<Preset> presetCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Preset preset, boolean empty) {
                super.updateItem(preset, empty);
                setText(empty || preset == null ? null : i18n.get("rf.preset." + preset.key()));
            }
        };
    }
}

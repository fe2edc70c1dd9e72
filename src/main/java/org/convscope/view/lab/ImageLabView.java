package org.convscope.view.lab;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.convscope.view.I18n;
import org.convscope.view.Styles;
import org.convscope.view.ViewHeader;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.LabImage;
import org.convscope.viewmodel.lab.LabResult;

/**
 * Image lab: real convolutions on a real picture. The picture and the result side by side (or split), zoomed and
 * panned together; the kernels and the layer's settings on the right; the legend, histogram and pixel inspector
 * below; progress, cancel and the run's figures at the bottom.
 *
 * <p>Keys (when no text field has the keyboard): Ctrl+O open, Ctrl+V paste, Esc cancel the run, + and - zoom,
 * 0 fit, 1 one picture pixel per screen pixel, S open the inspected pixel in the sliding-kernel view. A file or
 * picture dropped anywhere on the window opens while this view is shown.
 *
 * <p>Ids: {@code labView}, {@code imageInfo}, {@code exportButton}, {@code copyButton}, {@code labError},
 * {@code progressBar}, {@code cancelButton}, {@code labStatus}, {@code labControls}; and those of {@link OpenActions},
 * {@link ResultArea}, {@link LegendPanel}, {@link InspectorPanel}, {@link KernelPanel}, {@link SettingsPanel}.
 */
public final class ImageLabView extends BorderPane {

    private static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    /** Below this height (the view in a 1280x720 window is about 620) the description line is left out. */
    private static final double COMPACT_HEIGHT = 700;
    private static final double CONTROLS_MIN = 290;
    private static final double INFO_MIN = 160;
    private static final double INFO_MAX = 260;
    private static final double CONTROLS_MAX = 400;
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final ImageLabViewModel viewModel;
    private final I18n i18n;
    private final OpenActions opening;
    private final InspectorPanel inspector;
    private final ResultArea results;
    private final Label banner = new Label();
    private final EventHandler<DragEvent> dragOver = this::dragOver;
    private final EventHandler<DragEvent> dragExited = e -> getStyleClass().remove(LabStyles.DROP_TARGET);
    private final EventHandler<DragEvent> dropped = this::dropped;
    private final BooleanBinding settled;

    public ImageLabView(ImageLabViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        settled = Bindings.createBooleanBinding(
                () -> viewModel.resultProperty().get() != null && !viewModel.runningProperty().get(),
                viewModel.resultProperty(), viewModel.runningProperty());
        setId("labView");
        getStyleClass().add(LabStyles.VIEW);
        opening = new OpenActions(viewModel, i18n);
        inspector = new InspectorPanel(viewModel, i18n);
        results = new ResultArea(viewModel, i18n, inspector);

        ViewHeader header = new ViewHeader(i18n, "lab");
        // In a low window (a 1280x720 projector) the pictures need the description's lines more than the title does.
        Node description = header.lookup("#labDescription");
        description.managedProperty().bind(heightProperty().greaterThan(COMPACT_HEIGHT).or(heightProperty().isEqualTo(0)));
        description.visibleProperty().bind(description.managedProperty());
        setTop(new VBox(header, toolbar()));
        VBox.setVgrow(results, Priority.ALWAYS);
        Region info = infoRow();
        VBox centre = new VBox(10, banner(), results, info);
        // A share of the height rather than a fixed size: in a low window the pictures would shrink first.
        info.prefHeightProperty().bind(Bindings.max(INFO_MIN, Bindings.min(INFO_MAX, centre.heightProperty().multiply(0.34))));
        centre.getStyleClass().add(LabStyles.CENTRE);
        setCenter(centre);
        setRight(controls());
        setBottom(runBar());

        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // Dropping works anywhere on the window, but only while the lab is the view shown.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(DragEvent.DRAG_OVER, dragOver);
                old.removeEventHandler(DragEvent.DRAG_EXITED_TARGET, dragExited);
                old.removeEventHandler(DragEvent.DRAG_DROPPED, dropped);
            }
            if (scene != null) {
                scene.addEventHandler(DragEvent.DRAG_OVER, dragOver);
                scene.addEventHandler(DragEvent.DRAG_EXITED_TARGET, dragExited);
                scene.addEventHandler(DragEvent.DRAG_DROPPED, dropped);
            }
        });
    }

    /** The zoom and pan of the pictures, for tests. */
    ZoomPan zoom() {
        return results.zoom();
    }

    /** The pixel inspector, for tests. */
    InspectorPanel inspector() {
        return inspector;
    }

    private void dragOver(DragEvent e) {
        opening.dragOver(e);
        if (e.isAccepted() && !getStyleClass().contains(LabStyles.DROP_TARGET)) {
            getStyleClass().add(LabStyles.DROP_TARGET);
        }
    }

    private void dropped(DragEvent e) {
        getStyleClass().remove(LabStyles.DROP_TARGET);
        opening.drop(e);
    }

    private Node toolbar() {
        Label info = new Label();
        info.setId("imageInfo");
        info.getStyleClass().add(LabStyles.IMAGE_INFO);
        info.textProperty().bind(Bindings.createStringBinding(() -> {
            LabImage image = viewModel.imageProperty().get();
            return image == null ? i18n.get("lab.image.none")
                    : i18n.format("lab.image.info", image.name(), image.width(), image.height(), image.channels());
        }, viewModel.imageProperty()));
        info.setMinWidth(0);
        HBox.setHgrow(info, Priority.ALWAYS);
        info.setMaxWidth(Double.MAX_VALUE);

        Button export = new Button(i18n.get("lab.export"));
        export.setId("exportButton");
        export.setTooltip(new Tooltip(i18n.get("lab.export.tip")));
        export.setOnAction(e -> export());
        Button copy = new Button(i18n.get("lab.copy"));
        copy.setId("copyButton");
        copy.setTooltip(new Tooltip(i18n.get("lab.copy.tip")));
        copy.setOnAction(e -> copy());
        export.disableProperty().bind(viewModel.resultProperty().isNull());
        copy.disableProperty().bind(viewModel.resultProperty().isNull());

        HBox bar = new HBox(8);
        bar.getChildren().addAll(opening.controls());
        bar.getChildren().addAll(info, export, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(LabStyles.TOOLBAR);
        for (Node node : bar.getChildren()) {
            if (node != info && node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return bar;
    }

    /** The problem to show, most specific first: the view's own notice, else the view-model's error. */
    private Node banner() {
        banner.setId("labError");
        banner.getStyleClass().add(LabStyles.ERROR);
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(Bindings.createStringBinding(() -> {
            String notice = opening.noticeProperty().get();
            return notice.isEmpty() ? viewModel.errorProperty().get() : notice;
        }, opening.noticeProperty(), viewModel.errorProperty()));
        banner.visibleProperty().bind(banner.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Region infoRow() {
        LegendPanel legend = new LegendPanel(viewModel, i18n);
        legend.setPrefWidth(380);
        legend.setMinWidth(220);
        HBox.setHgrow(inspector, Priority.ALWAYS);
        HBox row = new HBox(12, legend, inspector);
        row.getStyleClass().add(LabStyles.INFO_ROW);
        return row;
    }

    private Node controls() {
        VBox box = new VBox(18, new KernelPanel(viewModel, i18n), new SettingsPanel(viewModel, i18n));
        box.getStyleClass().add(LabStyles.CONTROLS_BOX);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("labControls");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll(LabStyles.CONTROLS_SCROLL, Styles.HIDEABLE);
        // A third of the width at most, so that a narrow window keeps room for the pictures.
        scroll.prefWidthProperty().bind(Bindings.max(CONTROLS_MIN, Bindings.min(CONTROLS_MAX, widthProperty().multiply(0.3))));
        scroll.setMinWidth(CONTROLS_MIN);
        return scroll;
    }

    private Node runBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("progressBar");
        // -1 is "length unknown" for both the view-model and the ProgressBar (its indeterminate animation).
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.setPrefWidth(240);
        Button cancel = new Button(i18n.get("lab.cancel"));
        cancel.setId("cancelButton");
        cancel.setTooltip(new Tooltip(i18n.get("lab.cancel.tip")));
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("labStatus");
        status.getStyleClass().add(LabStyles.STATUS);
        status.textProperty().bind(viewModel.statusProperty());
        Tooltip engineTip = new Tooltip();
        // Asked when shown, not when built: the engine is chosen by the first run, off this thread.
        engineTip.setOnShowing(e -> engineTip.setText(viewModel.engineReason()));
        status.setTooltip(engineTip);
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(12, status, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(LabStyles.RUN_BAR);
        return bar;
    }

    private void onKey(KeyEvent e) {
        if (OPEN.match(e)) {
            opening.chooseFile(getScene() == null ? null : getScene().getWindow());
            e.consume();
            return;
        }
        // Esc stops a run from anywhere, a text field included: the person typing a padding may well want it.
        if (e.getCode() == KeyCode.ESCAPE && viewModel.runningProperty().get()) {
            viewModel.cancel();
            e.consume();
            return;
        }
        if (e.getTarget() instanceof TextInputControl) {
            // Typing a weight or a padding: the keys are the text's, and Ctrl+V pastes text.
            return;
        }
        if (PASTE.match(e)) {
            opening.paste();
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        ZoomPan zoom = results.zoom();
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoom.zoomIn();
            case MINUS, SUBTRACT -> zoom.zoomOut();
            case DIGIT0, NUMPAD0 -> zoom.fit();
            case DIGIT1, NUMPAD1 -> results.actualPixels();
            case S -> inspector.openInSlideView();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void export() {
        LabImage image = viewModel.imageProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("lab.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("lab.export.png"), "*.png"));
        chooser.setInitialFileName(i18n.format("lab.export.name", image == null ? "image" : baseName(image.name())));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            viewModel.exportPng(file.toPath());
        }
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void copy() {
        LabResult result = viewModel.resultProperty().get();
        if (result == null) {
            return;
        }
        WritableImage picture = Pictures.image(result.width(), result.height(), result.argb());
        ClipboardContent content = new ClipboardContent();
        content.putImage(picture);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * True while a result is shown and no convolution runs: a picture of the view taken then is complete (the
     * first result is computed in the background after the view opens).
     */
    public BooleanBinding settledBinding() {
        return settled;
    }
}

package org.convscope.view.lab;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.convscope.view.I18n;
import org.convscope.view.control.Controls;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.LabImage;
import org.convscope.viewmodel.lab.LabResult;

/**
 * The original and the result, beside each other or one over the other with a split line, zoomed and panned
 * together. In the grid of feature maps a click shows that map alone; on a single map a click pins the pixel in the
 * inspector, and hovering follows the pointer.
 *
 * <p>Ids: {@code sideBySideToggle}, {@code splitToggle}, {@code shownChooser}, {@code zoomOutButton},
 * {@code zoomInButton}, {@code zoomFitButton}, {@code zoomActualButton}, {@code originalPane}, {@code resultPane},
 * {@code splitPane}, {@code splitSlider}, {@code originalCaption}, {@code resultCaption}.
 */
final class ResultArea extends VBox {

    private final ImageLabViewModel viewModel;
    private final I18n i18n;
    private final InspectorPanel inspector;
    private final ZoomPan zoom = new ZoomPan();
    private final ImagePane original = new ImagePane(zoom);
    private final ImagePane result = new ImagePane(zoom);
    private final ImagePane split = new ImagePane(zoom);
    private final ToggleButton sideBySide = new ToggleButton();
    private final ToggleButton splitToggle = new ToggleButton();
    private final ComboBox<Integer> shown = new ComboBox<>();
    private final Label originalCaption = new Label();
    private final Label resultCaption = new Label();
    private final Label splitCaption = new Label();
    private final StackPane panes = new StackPane();
    private Region sideBySideBox;
    private Region splitBox;

    ResultArea(ImageLabViewModel viewModel, I18n i18n, InspectorPanel inspector) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.inspector = inspector;
        getStyleClass().add(LabStyles.RESULTS);
        original.setId("originalPane");
        result.setId("resultPane");
        split.setId("splitPane");

        sideBySideBox = sideBySide();
        splitBox = splitView();
        panes.getChildren().setAll(sideBySideBox);
        VBox.setVgrow(panes, Priority.ALWAYS);
        getChildren().addAll(header(), panes);

        for (ImagePane pane : List.of(result, split)) {
            pane.setOnPixelHover(inspector::hover);
            pane.setOnPixelClick(this::click);
        }
        original.setOnPixelClick((x, y) -> original.requestFocus());
        ViewListeners.onChange(this, viewModel.imageProperty(), (obs, old, now) -> showImage(now));
        ViewListeners.onChange(this, viewModel.resultProperty(), (obs, old, now) -> showResult(old, now));
        showImage(viewModel.imageProperty().get());
        showResult(null, viewModel.resultProperty().get());
    }

    /** The shared zoom and pan, for the view's keys. */
    ZoomPan zoom() {
        return zoom;
    }

    /** Fits one picture pixel to one screen pixel of the result pane. */
    void actualPixels() {
        ImagePane visible = splitToggle.isSelected() ? split : result;
        zoom.actualPixels(visible.fitScale());
    }

    private HBox header() {
        ToggleGroup layout = new ToggleGroup();
        sideBySide.setText(i18n.get("lab.layout.side"));
        sideBySide.setId("sideBySideToggle");
        sideBySide.setToggleGroup(layout);
        sideBySide.setSelected(true);
        splitToggle.setText(i18n.get("lab.layout.split"));
        splitToggle.setId("splitToggle");
        splitToggle.setToggleGroup(layout);
        splitToggle.setTooltip(new Tooltip(i18n.get("lab.layout.split.tip")));
        layout.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // Clicking the selected button unselects it; one layout is always shown.
                old.setSelected(true);
                return;
            }
            panes.getChildren().setAll(now == splitToggle ? splitBox : sideBySideBox);
        });
        sideBySide.setMinWidth(Region.USE_PREF_SIZE);
        splitToggle.setMinWidth(Region.USE_PREF_SIZE);
        HBox layoutButtons = new HBox(0, sideBySide, splitToggle);
        layoutButtons.setMinWidth(Region.USE_PREF_SIZE);
        layoutButtons.getStyleClass().add(LabStyles.SEGMENTED);

        Label shownLabel = new Label(i18n.get("lab.shown"));
        shownLabel.getStyleClass().add(Controls.FORM_LABEL);
        shownLabel.setLabelFor(shown);
        shown.setId("shownChooser");
        StringConverter<Integer> names = new StringConverter<>() {
            @Override
            public String toString(Integer channel) {
                if (channel == null) {
                    return "";
                }
                LabResult r = viewModel.resultProperty().get();
                if (channel < 0) {
                    return i18n.format("lab.shown.all", r == null ? 0 : r.channels());
                }
                String name = r != null && channel < r.channelNames().size() ? r.channelNames().get(channel) : "";
                return i18n.format("lab.shown.map", channel + 1, name);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        };
        shown.setConverter(names);
        shown.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : names.toString(item));
            }
        });
        shown.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != viewModel.shownChannelProperty().get()) {
                viewModel.shownChannelProperty().set(now);
            }
        });
        ViewListeners.onChange(this, viewModel.shownChannelProperty(),
                (obs, old, now) -> shown.setValue(now.intValue()));
        shown.setMaxWidth(360);
        shown.setMinWidth(120);
        shownLabel.visibleProperty().bind(shown.visibleProperty());

        Button out = zoomButton("zoomOutButton", "lab.zoom.out", zoom::zoomOut);
        Button in = zoomButton("zoomInButton", "lab.zoom.in", zoom::zoomIn);
        Button fit = zoomButton("zoomFitButton", "lab.zoom.fit", zoom::fit);
        Button actual = zoomButton("zoomActualButton", "lab.zoom.actual", this::actualPixels);

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, layoutButtons, shownLabel, shown, grow, out, in, fit, actual);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(LabStyles.TOOLBAR);
        return bar;
    }

    private Button zoomButton(String id, String key, Runnable action) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        button.setTooltip(new Tooltip(i18n.get(key + ".tip")));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private Region sideBySide() {
        VBox left = paneWithCaption(original, originalCaption, "originalCaption");
        VBox right = paneWithCaption(result, resultCaption, "resultCaption");
        HBox box = new HBox(12, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        // Equal halves whatever the captions say.
        left.setPrefWidth(0);
        right.setPrefWidth(0);
        return box;
    }

    private static VBox paneWithCaption(ImagePane pane, Label caption, String id) {
        caption.setId(id);
        caption.getStyleClass().add(LabStyles.PANE_CAPTION);
        VBox box = new VBox(4, pane, caption);
        VBox.setVgrow(pane, Priority.ALWAYS);
        return box;
    }

    private Region splitView() {
        Slider slider = new Slider(0, 1, 0.5);
        slider.setId("splitSlider");
        slider.setTooltip(new Tooltip(i18n.get("lab.split.tip")));
        slider.setBlockIncrement(0.05);
        split.splitProperty().bind(slider.valueProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        splitCaption.getStyleClass().add(LabStyles.PANE_CAPTION);
        splitCaption.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, splitCaption, slider);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, split, row);
        VBox.setVgrow(split, Priority.ALWAYS);
        return box;
    }

    private void click(int x, int y) {
        LabResult r = viewModel.resultProperty().get();
        if (r == null) {
            return;
        }
        if (r.isGrid()) {
            int channel = r.channelAt(x, y);
            if (channel >= 0) {
                viewModel.shownChannelProperty().set(channel);
            }
        } else {
            inspector.pin(x, y);
        }
    }

    private void showImage(LabImage image) {
        if (image == null) {
            original.imageProperty().set(null);
            split.imageProperty().set(null);
            originalCaption.setText("");
            return;
        }
        WritableImage picture = Pictures.image(image.width(), image.height(), image.argb());
        original.imageProperty().set(picture);
        split.imageProperty().set(picture);
        originalCaption.setText(i18n.format("lab.original.caption", image.width(), image.height(),
                image.channels()));
        zoom.fit();
    }

    private void showResult(LabResult old, LabResult now) {
        if (now == null) {
            result.imageProperty().set(null);
            split.overlayProperty().set(null);
            resultCaption.setText("");
            splitCaption.setText("");
            shown.setVisible(false);
            return;
        }
        WritableImage picture = Pictures.image(now.width(), now.height(), now.argb());
        result.imageProperty().set(picture);
        split.overlayProperty().set(picture);
        // A grid of one map is that map: no invitation to click a tile.
        String caption = now.colour() ? i18n.format("lab.result.colour", now.outWidth(), now.outHeight())
                : now.isGrid() && now.channels() > 1
                ? i18n.format("lab.result.grid", now.outWidth(), now.outHeight(), now.channels())
                : i18n.format("lab.result.map", now.outWidth(), now.outHeight(), Math.max(0, now.shownChannel()) + 1,
                        now.channelNames().get(Math.max(0, now.shownChannel())));
        resultCaption.setText(caption);
        splitCaption.setText(i18n.format("lab.split.caption", caption));
        List<Integer> choices = new ArrayList<>();
        choices.add(-1);
        for (int c = 0; c < now.channels(); c++) {
            choices.add(c);
        }
        if (!choices.equals(shown.getItems()) || old == null || !old.channelNames().equals(now.channelNames())) {
            shown.getItems().setAll(choices);
        }
        shown.setValue(now.shownChannel());
        shown.setVisible(now.channels() > 1);
        shown.setManaged(true);
    }
}

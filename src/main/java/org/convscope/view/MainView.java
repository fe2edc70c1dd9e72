package org.convscope.view;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.MainViewModel;
import org.convscope.viewmodel.Section;

/**
 * The main window's content: a sidebar with the navigation and the current sample image, the current view in
 * the middle, and a status bar with the compute engine. Ctrl+1 to Ctrl+5 (Cmd on macOS) switch views from
 * anywhere in the window.
 *
 * <p>Node ids for tests and CSS: {@code nav-<view>} (the navigation buttons), {@code content},
 * {@code sampleImage}, {@code sampleName}, {@code sampleSize}, {@code sampleChooser}, {@code statusBar},
 * {@code engineStatus}.
 */
public final class MainView extends BorderPane {

    /** Largest side of the sample preview in the sidebar, in pixels. */
    private static final double PREVIEW_SIZE = 212;
    /**
     * The preview shrinks down to this height so the status bar stays on screen in a 680px-high window, with the
     * settings and keys buttons under the sample.
     */
    private static final double MIN_PREVIEW_HEIGHT = 56;

    private final MainViewModel viewModel;
    private final I18n i18n;
    private final Function<Section, Node> viewFactory;
    private final Function<String, Image> sampleImages;
    private final Map<Section, Node> views = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final ToggleGroup navGroup = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final VBox sidebar;
    private Runnable onSettings = () -> { };
    private Runnable onShortcuts = () -> { };
    private boolean controlsHidden;
    private final ChangeListener<Section> sectionListener = (obs, old, section) -> show(section);
    private ChangeListener<String> sampleListener;

    /**
     * @param viewFactory  builds the view of a section; called once per section, on first visit
     * @param sampleImages loads the sample image with a given name
     */
    public MainView(MainViewModel viewModel, I18n i18n, Function<Section, Node> viewFactory,
                    Function<String, Image> sampleImages) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.viewFactory = viewFactory;
        this.sampleImages = sampleImages;
        getStyleClass().add(Styles.MAIN_VIEW);

        sidebar = new VBox(brand(), navigation(), grow(), sampleCard(), tools());
        sidebar.setId("sidebar");
        sidebar.getStyleClass().add(Styles.SIDEBAR);
        setLeft(sidebar);

        content.setId("content");
        content.getStyleClass().add(Styles.CONTENT);
        // A view with a wide minimum gives way to a side panel rather than pushing it out of the window: it keeps
        // its left edge and is cut on the right.
        content.setMinWidth(0);
        content.setAlignment(Pos.TOP_LEFT);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(content.widthProperty());
        clip.heightProperty().bind(content.heightProperty());
        content.setClip(clip);
        setCenter(content);
        setBottom(statusBar());

        viewModel.sectionProperty().addListener(sectionListener);
        show(viewModel.getSection());
        addEventFilter(KeyEvent.KEY_PRESSED, this::switchOnShortcut);
        // The window opens with the keyboard in the view, not in the sidebar.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(this::focusContent);
            }
        });
    }

    /**
     * Lets go of the view-models, for a main view replaced by one in another language: the old one no longer
     * follows the section or the sample, and its views (shown or built earlier) no longer follow their view-models.
     */
    public void dispose() {
        viewModel.sectionProperty().removeListener(sectionListener);
        viewModel.sampleNameProperty().removeListener(sampleListener);
        views.values().forEach(ViewListeners::release);
        ViewListeners.release(this);
    }

    /** What the settings button does (the presenter shell opens its settings). */
    public void setOnSettings(Runnable action) {
        onSettings = action;
    }

    /** What the shortcuts button does (the presenter shell opens its sheet). */
    public void setOnShortcuts(Runnable action) {
        onShortcuts = action;
    }

    /**
     * Hides the sidebar, the status bar and the shown view's settings panel and title (nodes with
     * {@link Styles#HIDEABLE}), so that the picture fills the window; the keys keep working.
     */
    public void setControlsHidden(boolean hidden) {
        controlsHidden = hidden;
        getBottom().setVisible(!hidden);
        getBottom().setManaged(!hidden);
        // At once rather than at the next layout: the window's zoom pane reads this view's minimum size first.
        showSidebar(!hidden);
        pseudoClassStateChanged(Styles.CONTROLS_HIDDEN, hidden);
        applyControlsHidden();
    }

    /**
     * Beside a side panel (the running lesson's) in a narrow window, such as a zoomed projector, the sidebar gives
     * its width to the view when the view would otherwise be cut: the panel leads from step to step, and Ctrl+1 to
     * Ctrl+5, F1 and Ctrl+, still work. Decided from the widths alone, never from the sidebar's own state, so one
     * pass settles it.
     */
    @Override
    protected void layoutChildren() {
        showSidebar(!controlsHidden && !(getRight() != null && viewCutBesidePanel()));
        super.layoutChildren();
    }

    private void showSidebar(boolean shown) {
        if (sidebar.isManaged() != shown) {
            sidebar.setVisible(shown);
            sidebar.setManaged(shown);
        }
    }

    /** Whether the shown view needs more width than is left between the sidebar and the side panel. */
    private boolean viewCutBesidePanel() {
        if (content.getChildren().isEmpty()) {
            return false;
        }
        double left = getWidth() - snappedLeftInset() - snappedRightInset() - sidebar.prefWidth(-1)
                - getRight().prefWidth(-1);
        double needed = content.getChildren().get(0).minWidth(-1) + content.snappedLeftInset()
                + content.snappedRightInset();
        return needed > left;
    }

    public boolean isControlsHidden() {
        return controlsHidden;
    }

    private void applyControlsHidden() {
        for (Node panel : content.lookupAll("." + Styles.HIDEABLE)) {
            panel.setVisible(!controlsHidden);
            panel.setManaged(!controlsHidden);
        }
    }

    private Node tools() {
        Button settings = new Button(i18n.get("settings.open"));
        settings.setId("openSettings");
        settings.setTooltip(new Tooltip(i18n.get("settings.open.tip")));
        settings.setOnAction(e -> onSettings.run());
        Button shortcuts = new Button(i18n.get("shortcuts.open"));
        shortcuts.setId("openShortcuts");
        shortcuts.setTooltip(new Tooltip(i18n.get("shortcuts.open.tip")));
        shortcuts.setOnAction(e -> onShortcuts.run());
        for (Button button : new Button[] {settings, shortcuts}) {
            button.getStyleClass().add(Styles.SIDEBAR_TOOL);
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
        }
        HBox tools = new HBox(settings, shortcuts);
        tools.getStyleClass().add(Styles.SIDEBAR_TOOLS);
        return tools;
    }

    private Node brand() {
        Label name = new Label(i18n.get("app.name"));
        name.getStyleClass().add(Styles.BRAND);
        Label tagline = new Label(i18n.get("app.tagline"));
        tagline.getStyleClass().add(Styles.TAGLINE);
        tagline.setWrapText(true);
        return new VBox(name, tagline);
    }

    private Node navigation() {
        VBox nav = new VBox();
        nav.setId("navigation");
        nav.getStyleClass().add(Styles.NAV);
        for (Section section : Section.values()) {
            nav.getChildren().add(navButton(section));
        }
        // Clicks and arrow keys both change the selected toggle. Clicking the selected button unselects it,
        // so an empty selection is put back: one view is always shown.
        navGroup.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                navGroup.selectToggle(navButtons.get(viewModel.getSection()));
            } else {
                viewModel.showSection((Section) selected.getUserData());
            }
        });
        return nav;
    }

    /**
     * A button showing the view's name on the left and its shortcut on the right. The pair is the button's
     * graphic, stretched to the button's inner width so the shortcuts line up in one column.
     */
    private ToggleButton navButton(Section section) {
        String name = i18n.get("nav." + section.key());
        KeyCombination shortcut = shortcutOf(section);
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add(Styles.NAV_NAME);
        Label shortcutLabel = new Label(shortcut.getDisplayText());
        shortcutLabel.getStyleClass().add(Styles.NAV_SHORTCUT);
        HBox row = new HBox(nameLabel, grow(), shortcutLabel);
        row.setAlignment(Pos.BASELINE_LEFT);

        ToggleButton button = new ToggleButton();
        button.setId("nav-" + section.key());
        button.getStyleClass().add(Styles.NAV_BUTTON);
        button.setGraphic(row);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAccessibleText(name);
        button.setTooltip(new Tooltip(i18n.get(section.key() + ".description")));
        button.setMaxWidth(Double.MAX_VALUE);
        row.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> button.getWidth() - button.snappedLeftInset() - button.snappedRightInset(),
                button.widthProperty(), button.paddingProperty()));
        button.setUserData(section);
        button.setToggleGroup(navGroup);
        navButtons.put(section, button);
        return button;
    }

    private Node sampleCard() {
        Label caption = new Label(i18n.get("sample.caption"));
        caption.getStyleClass().add(Styles.CAPTION);

        ImageView image = new ImageView();
        image.setId("sampleImage");
        image.setFitWidth(PREVIEW_SIZE);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        StackPane frame = new StackPane(image);
        frame.setMinSize(PREVIEW_SIZE, MIN_PREVIEW_HEIGHT);
        frame.setPrefSize(PREVIEW_SIZE, PREVIEW_SIZE);
        frame.setMaxSize(PREVIEW_SIZE, PREVIEW_SIZE);
        image.fitHeightProperty().bind(frame.heightProperty());

        Label name = new Label();
        name.setId("sampleName");
        name.getStyleClass().add(Styles.SAMPLE_NAME);
        Label size = new Label();
        size.setId("sampleSize");
        size.getStyleClass().add(Styles.SAMPLE_SIZE);
        HBox nameAndSize = new HBox(name, grow(), size);
        nameAndSize.setAlignment(Pos.BASELINE_LEFT);

        ComboBox<String> chooser = new ComboBox<>(viewModel.getSampleNames());
        chooser.setId("sampleChooser");
        chooser.setAccessibleText(i18n.get("sample.chooser"));
        chooser.setTooltip(new Tooltip(i18n.get("sample.chooser")));
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                viewModel.selectSample(chosen);
            }
        });

        Runnable showSample = () -> {
            String sample = viewModel.getSampleName();
            Image loaded = sampleImages.apply(sample);
            image.setImage(loaded);
            name.setText(sample);
            size.setText(i18n.format("sample.size", (int) loaded.getWidth(), (int) loaded.getHeight()));
            chooser.setValue(sample);
        };
        sampleListener = (obs, old, sample) -> showSample.run();
        viewModel.sampleNameProperty().addListener(sampleListener);
        showSample.run();

        VBox card = new VBox(caption, frame, nameAndSize, chooser);
        card.setId("sampleCard");
        card.getStyleClass().add(Styles.SAMPLE_CARD);
        return card;
    }

    private Node statusBar() {
        Label label = new Label(i18n.get("status.engine"));
        label.getStyleClass().add(Styles.STATUS_LABEL);
        Label engine = new Label();
        engine.setId("engineStatus");
        engine.getStyleClass().add(Styles.STATUS_VALUE);
        engine.textProperty().bind(viewModel.engineStatusProperty());
        HBox bar = new HBox(label, engine);
        bar.setId("statusBar");
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }

    /**
     * A panel shown right of the current view while it is set, such as the running lesson's; null for none. The
     * guided lesson sets it (branch lesson); the view in the middle keeps the rest of the width.
     */
    public ObjectProperty<Node> sidePanelProperty() {
        return rightProperty();
    }

    private void show(Section section) {
        content.getChildren().setAll(views.computeIfAbsent(section, viewFactory));
        applyControlsHidden();
        ToggleButton selected = navButtons.get(section);
        navGroup.selectToggle(selected);
        // Browsing the sidebar with the arrow keys keeps the focus there, on the entry just chosen.
        if (getScene() != null && navButtons.containsValue(getScene().getFocusOwner())) {
            selected.requestFocus();
        }
    }

    /** Gives the keyboard to the view shown, so that its keys (space, arrows, +/-) work without a click first. */
    public void focusContent() {
        if (!content.getChildren().isEmpty()) {
            content.getChildren().get(0).requestFocus();
        }
    }

    private void switchOnShortcut(KeyEvent event) {
        for (Section section : Section.values()) {
            if (shortcutOf(section).match(event)) {
                viewModel.showSection(section);
                focusContent();
                event.consume();
                return;
            }
        }
    }

    /** Shortcut+1 for the first view, Shortcut+2 for the second, ...: Ctrl on Linux and Windows, Cmd on macOS. */
    private static KeyCombination shortcutOf(Section section) {
        KeyCode digit = KeyCode.valueOf("DIGIT" + (section.ordinal() + 1));
        return new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }

    private static Region grow() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}

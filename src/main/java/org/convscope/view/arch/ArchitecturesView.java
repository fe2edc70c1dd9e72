package org.convscope.view.arch;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.Styles;
import org.convscope.view.ViewHeader;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.arch.ArchTopic;
import org.convscope.viewmodel.arch.ArchitecturesViewModel;

/**
 * Architectures: a bar of topics (1x1 convolutions, fully connected layers, AlexNet, ReLU, GoogLeNet, ResNet,
 * DenseNet, network tables) above the chosen topic's pane. A pane is built on its first visit; a topic without
 * a pane shows a placeholder. Ctrl+Shift+Left/Right (Cmd on macOS) anywhere in the view, and Page Up/Page Down
 * (what a presenter's remote sends) anywhere but in a table or list, go to the previous and next topic.
 *
 * <p>Ids: {@code archView}, {@code archTopicBar}, the buttons {@code topic-<key>} ({@code topic-onebyone}, ...),
 * {@code archTopicPane} (holds the pane shown), {@code placeholder-<key>}.
 */
public final class ArchitecturesView extends BorderPane {

    private static final KeyCombination NEXT =
            new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination PREVIOUS =
            new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final I18n i18n;
    private final ArchitecturesViewModel viewModel;
    private final Map<ArchTopic, Supplier<Node>> topics;
    private final Map<ArchTopic, Node> built = new EnumMap<>(ArchTopic.class);
    private final Map<ArchTopic, ToggleButton> buttons = new EnumMap<>(ArchTopic.class);
    private final ToggleGroup group = new ToggleGroup();
    private final StackPane pane = new StackPane();

    /**
     * @param topics the pane of each topic that has one, built on the topic's first visit; the others show a
     *               placeholder
     */
    public ArchitecturesView(I18n i18n, ArchitecturesViewModel viewModel, Map<ArchTopic, Supplier<Node>> topics) {
        this.i18n = i18n;
        this.viewModel = viewModel;
        this.topics = new EnumMap<>(ArchTopic.class);
        this.topics.putAll(topics);
        setId("archView");
        getStyleClass().add(ArchStyles.VIEW);
        setTop(new VBox(new ViewHeader(i18n, "arch"), topicBar()));
        pane.setId("archTopicPane");
        pane.getStyleClass().add(ArchStyles.TOPIC_PANE);
        setCenter(pane);

        ViewListeners.onChange(this, viewModel.topicProperty(), (obs, old, topic) -> show(topic));
        show(viewModel.getTopic());
        // Filters: a scroll pane or text field inside a topic would otherwise take these keys first.
        addEventFilter(KeyEvent.KEY_PRESSED, this::switchOnShortcut);
        addEventFilter(KeyEvent.KEY_PRESSED, this::switchOnPageKey);
    }

    private FlowPane topicBar() {
        FlowPane bar = new FlowPane();
        bar.setId("archTopicBar");
        bar.getStyleClass().add(ArchStyles.TOPIC_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        Tooltip help = new Tooltip(i18n.get("arch.topic.help"));
        for (ArchTopic topic : ArchTopic.values()) {
            ToggleButton button = new ToggleButton(i18n.get("arch.topic." + topic.key()));
            button.setId("topic-" + topic.key());
            button.getStyleClass().add(ArchStyles.TOPIC_BUTTON);
            button.setUserData(topic);
            button.setToggleGroup(group);
            button.setTooltip(help);
            button.setMinWidth(Region.USE_PREF_SIZE);
            buttons.put(topic, button);
            bar.getChildren().add(button);
        }
        // Clicking the selected button would unselect it: one topic is always shown, so the selection is put back.
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                group.selectToggle(buttons.get(viewModel.getTopic()));
            } else {
                viewModel.showTopic((ArchTopic) selected.getUserData());
            }
        });
        return bar;
    }

    private void show(ArchTopic topic) {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        pane.getChildren().setAll(built.computeIfAbsent(topic, this::build));
        ToggleButton selected = buttons.get(topic);
        group.selectToggle(selected);
        if (buttons.containsValue(focused)) {
            selected.requestFocus();
        } else if (getScene() != null && (focused == null || focused.getScene() == null)) {
            // The focused control left with the pane it was in: the keyboard stays in the view, or the next
            // shortcut would reach the scene alone and be lost.
            requestFocus();
        }
    }

    /** The topic's pane in a scroll pane that fills the view, and scrolls when the window is smaller than the pane. */
    private Node build(ArchTopic topic) {
        Supplier<Node> factory = topics.get(topic);
        ScrollPane scroll = new ScrollPane(factory == null ? placeholder(topic) : factory.get());
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(ArchStyles.TOPIC_SCROLL);
        return scroll;
    }

    private Node placeholder(ArchTopic topic) {
        Label title = new Label(i18n.get("arch.topic." + topic.key()));
        title.getStyleClass().add(ArchStyles.TOPIC_TITLE);
        Label text = new Label(i18n.get("arch.topic.placeholder"));
        text.getStyleClass().add(ArchStyles.PLACEHOLDER_TEXT);
        text.setWrapText(true);
        Region area = new Region();
        area.getStyleClass().add(Styles.PLACEHOLDER);
        VBox.setVgrow(area, Priority.ALWAYS);
        VBox placeholder = new VBox(title, text, area);
        placeholder.setId("placeholder-" + topic.key());
        return placeholder;
    }

    private void switchOnShortcut(KeyEvent event) {
        if (NEXT.match(event)) {
            viewModel.nextTopic();
            event.consume();
        } else if (PREVIOUS.match(event)) {
            viewModel.previousTopic();
            event.consume();
        }
    }

    /** Page Up/Down switch topics, except in a table or list, where they page through the rows. */
    private void switchOnPageKey(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()
                || event.getTarget() instanceof TableView || event.getTarget() instanceof ListView) {
            return;
        }
        if (event.getCode() == KeyCode.PAGE_DOWN) {
            viewModel.nextTopic();
            event.consume();
        } else if (event.getCode() == KeyCode.PAGE_UP) {
            viewModel.previousTopic();
            event.consume();
        }
    }
}

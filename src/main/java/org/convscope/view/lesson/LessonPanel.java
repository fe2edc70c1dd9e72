package org.convscope.view.lesson;

import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.lesson.LessonStep;
import org.convscope.viewmodel.lesson.LessonViewModel;

/**
 * The running lesson, shown by the main window beside the view the current step opens: "step 3 of 11", the step's
 * title and explanation, previous and next, "reset this step", the list of steps, and close. While it is in a window,
 * Page Down or Alt+Right goes to the next step and Page Up or Alt+Left to the previous one from anywhere in it (the
 * keys win over the view's own use of them: while the lesson runs, they step through the lesson), and
 * {@link #RESET_KEY} resets the step, so a teacher at the keyboard can undo a demonstration without the mouse.
 *
 * <p>Node ids: {@code lessonPanel}, {@code lessonCounter}, {@code lessonStepTitle}, {@code lessonStepBody},
 * {@code lessonPrevious}, {@code lessonNext}, {@code lessonReset}, {@code lessonClose}, {@code lessonSteps},
 * {@code lessonSteps-<step-id>}.
 */
public final class LessonPanel extends VBox {

    /**
     * The panel asks for a quarter of the window, between these bounds: about 40 characters a line of the 18px
     * explanation at the least, and no more than the view can spare on a wide screen.
     */
    static final double NARROWEST_PREFERRED = 320;
    static final double MAX_WIDTH = 460;
    private static final double WINDOW_SHARE = 0.24;
    /**
     * The main window gives the panel what the view leaves; a view with a wide minimum (the sliding kernel at 1280
     * pixels) would otherwise push the panel's buttons off the screen.
     */
    static final double MIN_WIDTH = 200;
    /** The explanation keeps this share of the panel's height; the list of steps scrolls in what is left. */
    private static final double BODY_SHARE = 0.35;

    /** Ctrl+R (Cmd+R on macOS): "reset this step" while the lesson runs. */
    public static final KeyCombination RESET_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final LessonViewModel viewModel;
    private final EventHandler<KeyEvent> stepKeys = this::stepOnKey;

    public LessonPanel(I18n i18n, LessonViewModel viewModel) {
        this.viewModel = viewModel;
        setId("lessonPanel");
        getStyleClass().add(LessonStyles.PANEL);
        setAccessibleText(i18n.get("lesson.panel"));
        setMinWidth(MIN_WIDTH);
        setMaxWidth(MAX_WIDTH);

        Label counter = new Label();
        counter.setId("lessonCounter");
        counter.getStyleClass().add(LessonStyles.COUNTER);
        counter.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("lesson.counter", viewModel.getIndex() + 1, viewModel.steps().size()),
                viewModel.indexProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = button(i18n, "lessonClose", "lesson.close", viewModel::stop);
        HBox top = new HBox(counter, gap, close);
        top.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.setId("lessonStepTitle");
        title.getStyleClass().add(LessonStyles.TITLE);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> keepTogether(i18n.get(viewModel.getStep().titleKey())), viewModel.stepProperty()));

        Label body = new Label();
        body.setId("lessonStepBody");
        body.getStyleClass().add(LessonStyles.BODY);
        body.setWrapText(true);
        body.textProperty().bind(Bindings.createStringBinding(
                () -> keepTogether(i18n.get(viewModel.getStep().bodyKey())), viewModel.stepProperty()));
        ScrollPane bodyScroll = new ScrollPane(body);
        bodyScroll.getStyleClass().add(LessonStyles.BODY_SCROLL);
        bodyScroll.setFitToWidth(true);
        bodyScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(bodyScroll, Priority.ALWAYS);
        bodyScroll.minHeightProperty().bind(heightProperty().multiply(BODY_SHARE));
        ViewListeners.onChange(this, viewModel.stepProperty(), (obs, old, now) -> bodyScroll.setVvalue(0));

        Button previous = button(i18n, "lessonPrevious", "lesson.previous", viewModel::previous);
        previous.disableProperty().bind(viewModel.canGoBackBinding().not());
        Button next = button(i18n, "lessonNext", "lesson.next", viewModel::next);
        next.disableProperty().bind(viewModel.canGoForwardBinding().not());
        Button reset = button(i18n, "lessonReset", "lesson.reset", viewModel::resetStep);
        for (Button b : new Button[] {previous, next}) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        HBox steps = new HBox(previous, next);
        steps.getStyleClass().add(LessonStyles.BUTTONS);
        reset.setMaxWidth(Double.MAX_VALUE);

        Label stepsCaption = new Label(i18n.get("lesson.steps"));
        stepsCaption.getStyleClass().add(LessonStyles.STEPS_CAPTION);
        VBox list = new VBox();
        list.setId("lessonSteps");
        list.getStyleClass().add(LessonStyles.STEP_LIST);
        for (int i = 0; i < viewModel.steps().size(); i++) {
            list.getChildren().add(listStep(i18n, i));
        }
        ScrollPane listScroll = new ScrollPane(list);
        listScroll.setFitToWidth(true);
        listScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        listScroll.getStyleClass().add(LessonStyles.BODY_SCROLL);
        VBox.setVgrow(listScroll, Priority.SOMETIMES);
        listScroll.setMinHeight(0);

        getChildren().addAll(top, title, bodyScroll, steps, reset, stepsCaption, listScroll);

        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, stepKeys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, stepKeys);
                prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(NARROWEST_PREFERRED,
                        Math.min(MAX_WIDTH, scene.getWidth() * WINDOW_SHARE)), scene.widthProperty()));
            } else {
                prefWidthProperty().unbind();
            }
        });
    }

    /**
     * The text with no-break spaces around × and ·, so that a size such as 5 × 5 or a product such as 3 · 3 · 256
     * is never split over two lines (the bundles keep plain spaces, easier to translate).
     */
    static String keepTogether(String text) {
        return text.replace(" × ", "\u00a0×\u00a0").replace(" · ", "\u00a0·\u00a0");
    }

    private Button listStep(I18n i18n, int index) {
        LessonStep step = viewModel.steps().get(index);
        Button button = new Button((index + 1) + "  " + i18n.get(step.titleKey()));
        button.setId("lessonSteps-" + step.id());
        button.getStyleClass().add(LessonStyles.LIST_STEP);
        button.setTextOverrun(OverrunStyle.ELLIPSIS);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setTooltip(new Tooltip(i18n.get(step.titleKey())));
        button.setOnAction(e -> viewModel.goTo(index));
        Current.mark(button, viewModel, index);
        return button;
    }

    private static Button button(I18n i18n, String id, String key, Runnable action) {
        Button button = new Button(i18n.get(key));
        button.setId(id);
        button.setTooltip(new Tooltip(i18n.get(key + ".tip")));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Page Down / Alt+Right: next step; Page Up / Alt+Left: previous; Ctrl+R: reset; only while the lesson runs. */
    private void stepOnKey(KeyEvent event) {
        if (!viewModel.isRunning()) {
            return;
        }
        if (RESET_KEY.match(event)) {
            viewModel.resetStep();
            event.consume();
            return;
        }
        KeyCode code = event.getCode();
        boolean forward = code == KeyCode.PAGE_DOWN || event.isAltDown() && code == KeyCode.RIGHT;
        boolean back = code == KeyCode.PAGE_UP || event.isAltDown() && code == KeyCode.LEFT;
        if (forward) {
            viewModel.next();
            event.consume();
        } else if (back) {
            viewModel.previous();
            event.consume();
        }
    }
}

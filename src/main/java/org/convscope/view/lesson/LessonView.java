package org.convscope.view.lesson;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.ViewHeader;
import org.convscope.viewmodel.lesson.LessonStep;
import org.convscope.viewmodel.lesson.LessonViewModel;

/**
 * The lesson's page: what the lesson is, its steps in the note's order with the view each opens, and a button that
 * starts it (or continues where it was closed). Choosing a step starts the lesson there. The steps themselves run in
 * the {@link LessonPanel} beside the view each opens. Page Down or Enter starts the lesson from the keyboard.
 *
 * <p>Node ids: {@code lessonView}, {@code lessonIntro}, {@code lessonStart}, {@code lessonOutline},
 * {@code lessonOutline-<step-id>}.
 */
public final class LessonView extends BorderPane {

    public LessonView(I18n i18n, LessonViewModel viewModel) {
        setId("lessonView");
        getStyleClass().add(LessonStyles.VIEW);
        setTop(new ViewHeader(i18n, "lesson"));

        Label intro = new Label(i18n.get("lesson.intro"));
        intro.setId("lessonIntro");
        intro.getStyleClass().add(LessonStyles.INTRO);
        intro.setWrapText(true);

        Button start = new Button();
        start.setId("lessonStart");
        start.getStyleClass().add(LessonStyles.START);
        start.setDefaultButton(true);
        start.textProperty().bind(Bindings.createStringBinding(() -> viewModel.getIndex() == 0
                ? i18n.get("lesson.start") : i18n.format("lesson.continue", viewModel.getIndex() + 1),
                viewModel.indexProperty()));
        start.setOnAction(e -> viewModel.start());
        Label keys = new Label(i18n.get("lesson.keys"));
        keys.getStyleClass().add(LessonStyles.KEYS);
        keys.setWrapText(true);
        HBox startRow = new HBox(start, keys);
        startRow.setAlignment(Pos.CENTER_LEFT);
        startRow.setSpacing(20);
        HBox.setHgrow(keys, Priority.ALWAYS);

        VBox outline = new VBox();
        outline.setId("lessonOutline");
        outline.getStyleClass().add(LessonStyles.OUTLINE);
        for (int i = 0; i < viewModel.steps().size(); i++) {
            outline.getChildren().add(outlineStep(i18n, viewModel, i));
        }
        ScrollPane scroll = new ScrollPane(outline);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox body = new VBox(intro, startRow, scroll);
        body.setSpacing(18);
        setCenter(body);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                viewModel.start();
                e.consume();
            }
        });
    }

    /** A row of the outline: the step's number, title and the view it opens; pressing it starts the lesson there. */
    private static Button outlineStep(I18n i18n, LessonViewModel viewModel, int index) {
        LessonStep step = viewModel.steps().get(index);
        Label number = new Label(String.valueOf(index + 1));
        number.getStyleClass().add(LessonStyles.STEP_NUMBER);
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(i18n.get(step.titleKey()));
        title.getStyleClass().add(LessonStyles.STEP_TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label view = new Label(i18n.get("nav." + step.view().key()));
        view.getStyleClass().add(LessonStyles.STEP_VIEW);
        view.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(number, title, gap, view);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setSpacing(14);

        Button button = new Button();
        button.setId("lessonOutline-" + step.id());
        button.getStyleClass().add(LessonStyles.OUTLINE_STEP);
        button.setGraphic(row);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAccessibleText((index + 1) + ". " + title.getText());
        button.setMaxWidth(Double.MAX_VALUE);
        row.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> button.getWidth() - button.snappedLeftInset() - button.snappedRightInset(),
                button.widthProperty(), button.paddingProperty()));
        button.setOnAction(e -> viewModel.goTo(index));
        Current.mark(button, viewModel, index);
        return button;
    }
}

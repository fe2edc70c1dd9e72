package org.convscope.view.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.convscope.view.I18n;
import org.convscope.view.Resources;
import org.convscope.view.Styles;
import org.convscope.viewmodel.arch.ArchTopic;
import org.convscope.viewmodel.arch.ArchitecturesViewModel;
import org.convscope.viewmodel.arch.FullyConnectedViewModel;
import org.convscope.viewmodel.arch.NetworkTableViewModel;
import org.convscope.viewmodel.arch.OneByOneViewModel;
import org.convscope.viewmodel.arch.ReluViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Legible from the back of a classroom: every text of every topic built here, in English and Korean, at least
 * 16px, laid out in the space the view gets in a 1920x1080 window (the screen minus the 280px sidebar, the content
 * padding and the status bar), inside a Group so that the size does not hang on the headless screen.
 */
@ExtendWith(ApplicationExtension.class)
class ArchitecturesProjectorTest {

    private static final double CONTENT_WIDTH = 1920 - 280 - 80;
    private static final double CONTENT_HEIGHT = 1080 - 56 - 40;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyTextIsAtLeast16PixelsInEnglish(FxRobot robot) {
        checkEveryTopic(robot, Locale.ENGLISH);
    }

    @Test
    void everyTextIsAtLeast16PixelsInKorean(FxRobot robot) {
        checkEveryTopic(robot, Locale.KOREAN);
    }

    private void checkEveryTopic(FxRobot robot, Locale language) {
        I18n i18n = new I18n(language);
        ArchitecturesViewModel viewModel = new ArchitecturesViewModel();
        Map<ArchTopic, Supplier<Node>> topics = new EnumMap<>(ArchTopic.class);
        topics.put(ArchTopic.ONE_BY_ONE, () -> new OneByOnePane(i18n, new OneByOneViewModel()));
        topics.put(ArchTopic.FULLY_CONNECTED, () -> new FullyConnectedPane(i18n, new FullyConnectedViewModel()));
        topics.put(ArchTopic.RELU, () -> new ReluPane(i18n, new ReluViewModel()));
        topics.put(ArchTopic.TABLES, () -> new NetworkTable(i18n, new NetworkTableViewModel(), "tables"));
        robot.interact(() -> {
            ArchitecturesView view = new ArchitecturesView(i18n, viewModel, topics);
            view.setPrefSize(CONTENT_WIDTH, CONTENT_HEIGHT);
            Scene scene = new Scene(new Group(view), 1260, 780);
            scene.getStylesheets().add(Resources.externalForm(ArchitecturesProjectorTest.class,
                    Styles.APP_STYLESHEET));
            stage.setScene(scene);
            stage.show();
        });
        for (ArchTopic topic : topics.keySet()) {
            robot.interact(() -> viewModel.showTopic(topic));
            List<Labeled> texts = new ArrayList<>();
            collect(robot.lookup("#archTopicPane").query(), texts);
            assertTrue(texts.size() > 10, topic + " shows " + texts.size() + " texts");
            for (Labeled text : texts) {
                assertTrue(text.getFont().getSize() >= 16, language + ", " + topic + ": '" + text.getText()
                        + "' is " + text.getFont().getSize() + "px");
            }
        }
    }

    /** Every visible control with text under {@code node}: labels, buttons, table cells, chart labels. */
    private static void collect(Node node, List<Labeled> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled text && text.getText() != null && !text.getText().isBlank()) {
            texts.add(text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }
}

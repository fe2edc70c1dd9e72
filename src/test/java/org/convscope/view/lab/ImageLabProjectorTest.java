package org.convscope.view.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.InMemoryRecentFiles;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a projector: the lab laid out in the space it gets in a 1920x1080 and a 1280x720 window (the screen minus
 * the 280px sidebar, the content padding and the status bar). The headless screen is smaller than the first, so
 * the view is sized inside a Group rather than by the window.
 */
@ExtendWith(ApplicationExtension.class)
class ImageLabProjectorTest {

    private ImageLabView view;

    @Start
    void start(Stage stage) {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        ImageLabViewModel model = new ImageLabViewModel(executor, LabEngine.javaEngine(), new InMemoryRecentFiles(),
                LabTests.ENGLISH::format);
        model.openSample("coffee");
        model.addLibraryKernel("sobel-x");
        executor.runDelayed();
        view = new ImageLabView(model, LabTests.ENGLISH);
        LabTests.show(stage, new Group(view), 1260, 780);
    }

    private void layOut(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            view.setPrefSize(width, height);
            view.setMinSize(width, height);
            view.setMaxSize(width, height);
            view.getParent().layout();
            view.layout();
        });
    }

    private Bounds inView(Node node) {
        return view.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    /** Everything a person needs is inside the window, the pictures keep a useful size, no text is tiny. */
    @ParameterizedTest(name = "{0} x {1} window")
    @CsvSource({"1920, 1080, 400", "1280, 720, 240"})
    void fitsAndIsLegible(double screenWidth, double screenHeight, double minPicture, FxRobot robot) {
        double width = screenWidth - 280 - 80;
        double height = screenHeight - 40 - 56;
        layOut(robot, width, height);

        for (String id : new String[] {"#cancelButton", "#labStatus", "#inspector", "#legend", "#openInSlideButton",
                "#resultPane", "#originalPane", "#mappingChooser", "#zoomActualButton", "#exportButton"}) {
            Bounds b = inView(robot.lookup(id).query());
            assertTrue(b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= width + 0.5
                    && b.getMaxY() <= height + 0.5, id + " lies outside the " + width + "x" + height + " view: " + b);
        }
        Bounds result = inView(robot.lookup("#resultPane").query());
        assertTrue(result.getHeight() >= minPicture && result.getWidth() >= minPicture,
                "the result pane is only " + result.getWidth() + "x" + result.getHeight());
        Bounds legend = inView(robot.lookup("#legend").query());
        assertTrue(legend.getMaxY() <= inView(robot.lookup("#labStatus").query()).getMinY() + 0.5,
                "the run bar does not overlap the legend");
        for (Node node : robot.from(view).lookup(".label").queryAll()) {
            Label label = (Label) node;
            assertTrue(label.getFont().getSize() >= 13, label.getText() + " is " + label.getFont().getSize() + "px");
        }
        for (String id : new String[] {"#imageInfo", "#resultCaption", "#originalCaption", "#labStatus", "#outputSize",
                "#bankTitle", "#inspectSum"}) {
            Label label = robot.lookup(id).queryAs(Label.class);
            assertTrue(label.getFont().getSize() >= 16, id + " is " + label.getFont().getSize() + "px");
        }
    }
}

package org.convscope.view.lesson;

import javafx.scene.Node;

import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.lesson.LessonViewModel;

/** Marks a node of a step list with the style class {@value LessonStyles#CURRENT} while the lesson is at its step. */
final class Current {

    private Current() {
    }

    static void mark(Node node, LessonViewModel viewModel, int index) {
        Runnable update = () -> {
            node.getStyleClass().remove(LessonStyles.CURRENT);
            if (viewModel.getIndex() == index) {
                node.getStyleClass().add(LessonStyles.CURRENT);
            }
        };
        ViewListeners.onChange(node, viewModel.indexProperty(), (obs, old, now) -> update.run());
        update.run();
    }
}

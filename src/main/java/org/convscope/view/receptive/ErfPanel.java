package org.convscope.view.receptive;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.receptive.ErfHeatmap;
import org.convscope.viewmodel.receptive.StackViewModel;

/**
 * One stack's effective receptive field for the selected output cell: the heatmap of path counts over the input
 * cells it depends on, and the counts along one row (1 2 3 2 1 for two 3x3 layers). Ids end in the stack's
 * letter: {@code heatmapA}, {@code profileB}.
 */
final class ErfPanel extends VBox {

    /** Longest profile written out in full; longer ones keep their two ends. */
    private static final int PROFILE_SHOWN = 11;

    ErfPanel(I18n i18n, StackViewModel stack, String letter) {
        getStyleClass().add(RfStyles.COLUMN);
        Label title = new Label();
        title.getStyleClass().add(RfStyles.COLUMN_TITLE);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.format("rf.stack.title", letter, stack.getStackText()), stack.stackTextProperty()));
        Label cell = new Label();
        cell.getStyleClass().add(RfStyles.COLUMN_SUBTITLE);
        cell.setWrapText(true);
        Label profile = new Label();
        profile.setId("profile" + letter);
        profile.getStyleClass().add(RfStyles.PROFILE);
        profile.setWrapText(true);
        HeatmapCanvas heatmap = new HeatmapCanvas(stack);
        heatmap.setId("heatmap" + letter);
        VBox.setVgrow(heatmap, Priority.ALWAYS);
        Runnable describe = () -> {
            ErfHeatmap map = stack.getHeatmap();
            cell.setText(i18n.format("rf.heatmap.title", stack.selectedRowProperty().get(),
                    stack.selectedColumnProperty().get()));
            profile.setText(map == null ? i18n.get("rf.heatmap.none")
                    : i18n.format("rf.heatmap.profile", profileText(map.rowProfile())));
        };
        ViewListeners.onInvalidated(this, stack.heatmapProperty(), obs -> describe.run());
        describe.run();
        getChildren().addAll(title, cell, heatmap, profile);
    }

    /** The paths per row, as in "1 2 3 2 1"; long profiles keep their ends around an ellipsis. */
    private static String profileText(long[] profile) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < profile.length; i++) {
            if (profile.length > PROFILE_SHOWN && i == PROFILE_SHOWN / 2) {
                text.append("… ");
                i = profile.length - PROFILE_SHOWN / 2 - 1;
                continue;
            }
            text.append(profile[i]).append(' ');
        }
        return text.toString().trim();
    }
}

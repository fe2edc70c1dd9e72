package org.convscope.view.receptive;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.viewmodel.receptive.ErfHeatmap;
import org.convscope.viewmodel.receptive.LayerRow;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;
import org.convscope.viewmodel.receptive.StackViewModel;

/**
 * One stack on the comparison tab: its name and figures, the planes with the cone of the selected cell, its ledger
 * and its effective receptive field. Node ids end in the stack's letter: {@code coneA}, {@code ledgerB}, ...
 */
final class StackColumn extends VBox {

    private final ConeCanvas cone;

    StackColumn(I18n i18n, ReceptiveFieldViewModel viewModel, StackViewModel stack, String letter) {
        getStyleClass().add(RfStyles.COLUMN);
        setId("column" + letter);

        Label title = new Label();
        title.setId("stackTitle" + letter);
        title.getStyleClass().add(RfStyles.COLUMN_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("rf.stack.title", letter, stack.getStackText()), stack.stackTextProperty()));
        Label subtitle = new Label();
        subtitle.setId("stackFigures" + letter);
        subtitle.getStyleClass().add(RfStyles.COLUMN_SUBTITLE);
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> {
            LayerRow top = stack.getRows().get(stack.getRows().size() - 1);
            return i18n.format("rf.stack.figures", top.receptiveField(), top.effectiveStride(),
                    stack.getPlanes().get(0).height(), stack.getPlanes().get(0).width(), top.outputHeight(),
                    top.outputWidth());
        }, stack.getRows()));

        cone = new ConeCanvas(viewModel, stack, i18n);
        cone.setId("cone" + letter);
        VBox.setVgrow(cone, Priority.ALWAYS);

        LedgerPane ledger = new LedgerPane(i18n, viewModel, stack);
        ledger.setId("ledger" + letter);
        HBox.setHgrow(ledger, Priority.ALWAYS);

        Label heatTitle = new Label();
        heatTitle.getStyleClass().add(RfStyles.HEATMAP_TITLE);
        heatTitle.setWrapText(true);
        Label profile = new Label();
        profile.setId("profile" + letter);
        profile.getStyleClass().add(RfStyles.PROFILE);
        profile.setWrapText(true);
        HeatmapCanvas heatmap = new HeatmapCanvas(stack);
        heatmap.setId("heatmap" + letter);
        Runnable describe = () -> {
            ErfHeatmap map = stack.getHeatmap();
            heatTitle.setText(i18n.format("rf.heatmap.title", stack.selectedRowProperty().get(),
                    stack.selectedColumnProperty().get()));
            profile.setText(map == null ? i18n.get("rf.heatmap.none")
                    : i18n.format("rf.heatmap.profile", profileText(map.rowProfile())));
        };
        stack.heatmapProperty().addListener(obs -> describe.run());
        describe.run();
        VBox erf = new VBox(heatTitle, heatmap, profile);
        erf.setAlignment(Pos.TOP_CENTER);
        erf.setMinWidth(200);
        erf.setPrefWidth(240);
        erf.setMaxWidth(260);
        VBox.setVgrow(heatmap, Priority.ALWAYS);

        HBox bottom = new HBox(ledger, erf);
        bottom.getStyleClass().add("rf-column-bottom");
        getChildren().addAll(title, subtitle, cone, bottom);
    }

    ConeCanvas cone() {
        return cone;
    }

    /** The paths per row, as in "1 2 3 2 1"; long profiles are cut with an ellipsis in the middle. */
    private static String profileText(long[] profile) {
        StringBuilder text = new StringBuilder();
        int shown = 11;
        for (int i = 0; i < profile.length; i++) {
            if (profile.length > shown && i == shown / 2) {
                text.append("… ");
                i = profile.length - shown / 2 - 1;
                continue;
            }
            text.append(profile[i]).append(' ');
        }
        return text.toString().trim();
    }
}

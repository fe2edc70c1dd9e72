package org.convscope.view.receptive;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.viewmodel.receptive.LayerRow;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;
import org.convscope.viewmodel.receptive.StackViewModel;

/**
 * One stack on the comparison tab: its name and figures, the planes with the cone of the selected cell and its
 * ledger. Node ids end in the stack's letter: {@code coneA}, {@code ledgerB}, ...
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
        subtitle.setWrapText(true);
        subtitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> {
            LayerRow top = stack.getRows().get(stack.getRows().size() - 1);
            return i18n.format("rf.stack.figures", top.receptiveField(), top.effectiveStride(),
                    stack.getPlanes().get(0).height(), stack.getPlanes().get(0).width(), top.outputHeight(),
                    top.outputWidth());
        }, stack.getRows(), stack.getPlanes()));

        cone = new ConeCanvas(viewModel, stack, i18n);
        cone.setId("cone" + letter);
        VBox.setVgrow(cone, Priority.ALWAYS);

        LedgerPane ledger = new LedgerPane(i18n, viewModel, stack);
        ledger.setId("ledger" + letter);

        getChildren().addAll(title, subtitle, cone, ledger);
    }

    ConeCanvas cone() {
        return cone;
    }
}

package org.convscope.view.receptive;

import java.util.StringJoiner;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;
import org.convscope.viewmodel.receptive.StackCost;
import org.convscope.viewmodel.receptive.StackViewModel;

/**
 * A stack's ledger for C channels: weights per layer and in total (as k^2 C^2 and as a number), with biases,
 * multiply-accumulates on the current input, and the number of non-linearities.
 */
final class LedgerPane extends GridPane {

    private final I18n i18n;
    private final ReceptiveFieldViewModel viewModel;
    private final StackViewModel stack;
    private final Label perLayer = value(RfStyles.LEDGER_PER_LAYER);
    private final Label weights = value(RfStyles.LEDGER_WEIGHTS);
    private final Label parameters = value(RfStyles.LEDGER_PARAMETERS);
    private final Label macs = value(RfStyles.LEDGER_MACS);
    private final Label nonLinearities = value(RfStyles.LEDGER_NONLINEARITIES);
    private final Label macsName;

    LedgerPane(I18n i18n, ReceptiveFieldViewModel viewModel, StackViewModel stack) {
        this.i18n = i18n;
        this.viewModel = viewModel;
        this.stack = stack;
        getStyleClass().add(RfStyles.LEDGER);
        macsName = name("");
        addRow(0, name(i18n.get("rf.ledger.perLayer")), perLayer);
        addRow(1, name(i18n.get("rf.ledger.weights")), weights);
        addRow(2, name(i18n.get("rf.ledger.parameters")), parameters);
        addRow(3, macsName, macs);
        addRow(4, name(i18n.get("rf.ledger.nonLinearities")), nonLinearities);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(names, values);
        ViewListeners.onInvalidated(this, stack.costProperty(), obs -> update());
        update();
    }

    private void update() {
        StackCost cost = stack.getCost();
        StringJoiner layers = new StringJoiner(" + ");
        for (StackCost.LayerCost layer : cost.layers()) {
            layers.add(i18n.format("rf.ledger.layer", layer.layer(), layer.weights()));
        }
        perLayer.setText(layers.toString());
        weights.setText(i18n.format("rf.ledger.weightsValue", cost.weightsPerChannelSquared(), cost.weights()));
        parameters.setText(i18n.format("rf.ledger.parametersValue", cost.parameters(), cost.biases()));
        int size = viewModel.getInputSize();
        macsName.setText(i18n.format("rf.ledger.macs", size, size));
        macs.setText(i18n.format("rf.ledger.number", cost.macs()));
        nonLinearities.setText(i18n.format("rf.ledger.number", cost.nonLinearities()));
    }

    private static Label name(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(RfStyles.LEDGER_NAME);
        return label;
    }

    private static Label value(String styleClass) {
        Label label = new Label();
        label.getStyleClass().addAll(RfStyles.LEDGER_VALUE, styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}

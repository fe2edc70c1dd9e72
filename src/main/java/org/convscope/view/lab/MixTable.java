package org.convscope.view.lab;

import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.lab.ImageLabViewModel;

/**
 * The weights of the 1x1 convolution that mixes the C feature maps into M: one row per output map, one column per
 * input map, {@code out[m] = sum_c w[m][c] in[c]}. A weight is taken when Enter is pressed or the field is left;
 * a mistyped one stays in its field, marked, with the sentence below the table.
 *
 * <p>Ids: {@code mixTable}, {@code mix-<out>-<in>} (from 0) for the fields, {@code mixError}.
 */
final class MixTable extends VBox {

    private final ImageLabViewModel viewModel;
    private final I18n i18n;
    private final GridPane table = new GridPane();
    private final Label error = new Label();
    private TextField[][] fields = new TextField[0][0];

    MixTable(ImageLabViewModel viewModel, I18n i18n) {
        super(6);
        this.viewModel = viewModel;
        this.i18n = i18n;
        table.setId("mixTable");
        table.getStyleClass().add(LabStyles.MIX_TABLE);
        error.setId("mixError");
        error.getStyleClass().add(LabStyles.FIELD_ERROR);
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(table, error);
        ViewListeners.onChange(this, viewModel.mixWeightsProperty(), (obs, old, now) -> show(now));
        show(viewModel.mixWeightsProperty().get());
    }

    /**
     * Shows {@code weights}: new fields when the shape changed, otherwise new texts in the fields nobody is typing
     * in, so that tabbing through the table keeps its place.
     */
    private void show(float[][] weights) {
        int outputs = weights == null ? 0 : weights.length;
        int inputs = outputs == 0 ? 0 : weights[0].length;
        if (outputs == fields.length && (outputs == 0 || inputs == fields[0].length)) {
            for (int m = 0; m < outputs; m++) {
                for (int c = 0; c < inputs; c++) {
                    if (!fields[m][c].isFocused() && !fields[m][c].getStyleClass().contains(LabStyles.INVALID)) {
                        fields[m][c].setText(LabFormat.number(weights[m][c]));
                    }
                }
            }
            return;
        }
        table.getChildren().clear();
        fields = new TextField[outputs][inputs];
        for (int c = 0; c < inputs; c++) {
            table.add(header(i18n.format("lab.mix.in", c + 1)), c + 1, 0);
        }
        for (int m = 0; m < outputs; m++) {
            table.add(header(i18n.format("lab.mix.out", m + 1)), 0, m + 1);
            for (int c = 0; c < inputs; c++) {
                fields[m][c] = field(m, c, weights[m][c]);
                table.add(fields[m][c], c + 1, m + 1);
            }
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(LabStyles.MIX_HEADER);
        return label;
    }

    private TextField field(int out, int in, float weight) {
        TextField field = new TextField(LabFormat.number(weight));
        field.setId("mix-" + out + "-" + in);
        field.setPrefColumnCount(4);
        Runnable commit = () -> {
            Optional<String> problem = viewModel.setMixWeight(out, in, field.getText());
            error.setText(problem.orElse(""));
            if (problem.isPresent()) {
                if (!field.getStyleClass().contains(LabStyles.INVALID)) {
                    field.getStyleClass().add(LabStyles.INVALID);
                }
            } else {
                field.getStyleClass().remove(LabStyles.INVALID);
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && field.getScene() != null) {
                commit.run();
            }
        });
        return field;
    }
}

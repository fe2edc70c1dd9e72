package org.convscope.view.lab;

import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.convscope.view.I18n;
import org.convscope.view.control.Controls;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.LabChannels;
import org.convscope.viewmodel.lab.LabPooling;

/**
 * How the kernels slide (stride, padding, dilation, channel handling) with the output size and its formula, and
 * what follows the convolution: ReLU, pooling and the 1x1 convolution mixing the channels.
 *
 * <p>Ids: {@code strideSpinner}, {@code paddingChoice}, {@code paddingCells}, {@code dilationSpinner},
 * {@code channelsChoice}, {@code outputSize}, {@code formula}, {@code reluCheck}, {@code poolingChoice},
 * {@code poolSizeSpinner}, {@code poolStrideSpinner}, {@code mixCheck}, {@code mixOutputsSpinner}, and those of
 * {@link MixTable}.
 */
final class SettingsPanel extends VBox {

    /** The padding presets the view-model reads by name; "cells" stands for a number typed beside it. */
    private static final List<String> PADDINGS = List.of("valid", "same", "full", "cells");

    private final ImageLabViewModel viewModel;
    private final I18n i18n;

    SettingsPanel(ImageLabViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        getStyleClass().add(LabStyles.CONTROLS);
        getChildren().addAll(LabControls.sectionTitle(i18n, "lab.section.sliding"), sliding(), outputSize(),
                LabControls.sectionTitle(i18n, "lab.section.after"), after());
    }

    private VBox sliding() {
        GridPane form = Controls.form();
        Controls.formRow(form, 0, i18n.get("lab.stride"),
                Controls.spinner("strideSpinner", viewModel.strideProperty(), 1, ImageLabViewModel.MAX_STEP));
        TextField cells = paddingCells();
        Controls.formRow(form, 1, i18n.get("lab.padding"), paddingChoice(cells));
        Controls.formRow(form, 2, i18n.get("lab.padding.cells"), cells);
        Controls.formRow(form, 3, i18n.get("lab.dilation"),
                Controls.spinner("dilationSpinner", viewModel.dilationProperty(), 1, ImageLabViewModel.MAX_STEP));
        Controls.formRow(form, 4, i18n.get("lab.channels"), Controls.choice("channelsChoice", viewModel.channelsProperty(),
                LabChannels.values(), c -> i18n.get("lab.channels." + c.name().toLowerCase(Locale.ROOT))));
        return new VBox(form);
    }

    private static boolean isPreset(String padding) {
        return PADDINGS.subList(0, 3).contains(padding);
    }

    private ComboBox<String> paddingChoice(TextField cells) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(PADDINGS));
        box.setId("paddingChoice");
        StringConverter<String> names = new StringConverter<>() {
            @Override
            public String toString(String preset) {
                return preset == null ? "" : i18n.get("lab.padding." + preset);
            }

            @Override
            public String fromString(String text) {
                return PADDINGS.stream().filter(p -> toString(p).equals(text)).findFirst().orElse(null);
            }
        };
        box.setConverter(names);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : names.toString(item));
            }
        });
        String padding = viewModel.paddingProperty().get();
        box.setValue(isPreset(padding) ? padding : "cells");
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) {
                viewModel.paddingProperty().set(isPreset(now) ? now : cells.getText().strip());
            }
        });
        ViewListeners.onChange(box, viewModel.paddingProperty(),
                (obs, old, now) -> box.setValue(isPreset(now) ? now : "cells"));
        return box;
    }

    /** The cells per side, "2" or "top,bottom,left,right", shown when "cells per side" is chosen. */
    private TextField paddingCells() {
        TextField field = new TextField();
        field.setId("paddingCells");
        field.setPromptText(i18n.get("lab.padding.cells.prompt"));
        field.setTooltip(new Tooltip(i18n.get("lab.padding.cells.tip")));
        String padding = viewModel.paddingProperty().get();
        field.setText(isPreset(padding) ? "1" : padding);
        field.setOnAction(e -> viewModel.paddingProperty().set(field.getText().strip()));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !isPreset(viewModel.paddingProperty().get())) {
                viewModel.paddingProperty().set(field.getText().strip());
            }
        });
        ViewListeners.onChange(field, viewModel.paddingProperty(), (obs, old, now) -> {
            if (!isPreset(now)) {
                field.setText(now);
            }
        });
        field.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !isPreset(viewModel.paddingProperty().get()), viewModel.paddingProperty()));
        field.managedProperty().bind(field.visibleProperty());
        return field;
    }

    private VBox outputSize() {
        Label size = new Label();
        size.setId("outputSize");
        size.getStyleClass().add(LabStyles.CARD_TITLE);
        size.setWrapText(true);
        size.textProperty().bind(Bindings.createStringBinding(() -> {
            String value = viewModel.outputSizeProperty().get();
            return value.isEmpty() ? "" : i18n.format("lab.outputSize", value);
        }, viewModel.outputSizeProperty()));
        Label formula = new Label();
        formula.setId("formula");
        formula.getStyleClass().add(LabStyles.FORMULA);
        formula.setWrapText(true);
        formula.textProperty().bind(viewModel.formulaProperty());
        VBox box = new VBox(4, size, formula);
        box.getStyleClass().add(LabStyles.CARD);
        box.visibleProperty().bind(size.textProperty().isNotEmpty().or(formula.textProperty().isNotEmpty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox after() {
        CheckBox relu = new CheckBox(i18n.get("lab.relu"));
        relu.setId("reluCheck");
        relu.selectedProperty().bindBidirectional(viewModel.reluProperty());

        GridPane pool = Controls.form();
        Controls.formRow(pool, 0, i18n.get("lab.pooling"), Controls.choice("poolingChoice", viewModel.poolingProperty(),
                LabPooling.values(), p -> i18n.get("lab.pooling." + p.name().toLowerCase(Locale.ROOT))));
        var size = Controls.spinner("poolSizeSpinner", viewModel.poolSizeProperty(), 1, ImageLabViewModel.MAX_POOL);
        var stride = Controls.spinner("poolStrideSpinner", viewModel.poolStrideProperty(), 1, ImageLabViewModel.MAX_POOL);
        size.visibleProperty().bind(viewModel.poolingProperty().isNotEqualTo(LabPooling.NONE));
        size.managedProperty().bind(size.visibleProperty());
        stride.visibleProperty().bind(size.visibleProperty());
        stride.managedProperty().bind(size.visibleProperty());
        Controls.formRow(pool, 1, i18n.get("lab.pool.size"), size);
        Controls.formRow(pool, 2, i18n.get("lab.pool.stride"), stride);

        CheckBox mix = new CheckBox(i18n.get("lab.mix"));
        mix.setId("mixCheck");
        mix.setWrapText(true);
        mix.setTooltip(new Tooltip(i18n.get("lab.mix.tip")));
        mix.selectedProperty().bindBidirectional(viewModel.mixProperty());
        GridPane outputs = Controls.form();
        var count = Controls.spinner("mixOutputsSpinner", viewModel.mixOutputsProperty(), 1,
                ImageLabViewModel.MAX_MIX_OUTPUTS);
        Controls.formRow(outputs, 0, i18n.get("lab.mix.outputs"), count);
        MixTable table = new MixTable(viewModel, i18n);
        VBox mixBox = new VBox(6, outputs, table);
        mixBox.visibleProperty().bind(viewModel.mixProperty());
        mixBox.managedProperty().bind(mixBox.visibleProperty());
        return new VBox(8, relu, pool, mix, mixBox);
    }
}

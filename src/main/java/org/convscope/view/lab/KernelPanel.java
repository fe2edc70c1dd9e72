package org.convscope.view.lab;

import java.util.Locale;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.control.CellGrid;
import org.convscope.view.control.Controls;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.KernelItem;

/**
 * The kernels: the library as thumbnails to add to the filter bank, the bank as a list, and the weights of the
 * selected kernel in an editable grid (click a cell, type, Enter) with its size and the normalise and flip toggles.
 *
 * <p>Ids: {@code library-<name>} (one button per library kernel, the name with every character other than a letter
 * or digit replaced by '-'), {@code bankList}, {@code bankTitle}, {@code addKernelButton},
 * {@code removeKernelButton}, {@code weightsTitle}, {@code kernelRowsSpinner}, {@code kernelColumnsSpinner},
 * {@code weightGrid}, {@code weightError}, {@code normaliseCheck}, {@code flipCheck}.
 */
final class KernelPanel extends VBox {

    private static final double THUMBNAIL = 44;
    private static final double BANK_THUMBNAIL = 26;
    /** A new kernel typed by hand starts as 3x3, the size most lessons start from. */
    private static final int CUSTOM_SIZE = 3;

    private final ImageLabViewModel viewModel;
    private final I18n i18n;
    private final ListView<KernelItem> bank = new ListView<>();
    private final CellGrid weights = new CellGrid();
    private final Label weightError = new Label();
    private final Label weightsTitle = new Label();
    private final IntegerSpinnerValueFactory rows = new IntegerSpinnerValueFactory(1, ImageLabViewModel.MAX_KERNEL_SIZE, 3);
    private final IntegerSpinnerValueFactory cols = new IntegerSpinnerValueFactory(1, ImageLabViewModel.MAX_KERNEL_SIZE, 3);
    /** True while the size spinners follow the selected kernel, so that following is not taken for an edit. */
    private boolean following;

    KernelPanel(ImageLabViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        getStyleClass().add(LabStyles.CONTROLS);
        weightsTitle.setId("weightsTitle");
        weightsTitle.getStyleClass().add(LabStyles.CARD_TITLE);
        weightsTitle.setWrapText(true);
        getChildren().addAll(LabControls.sectionTitle(i18n, "lab.section.kernels"), library(), bankList(),
                bankButtons(), weightsTitle, sizeForm(), weightGrid(), weightError, toggles());
        ViewListeners.onListChange(this, viewModel.kernels(),
                (ListChangeListener<KernelItem>) change -> showSelected());
        ViewListeners.onChange(this, viewModel.selectedKernelProperty(), (obs, old, now) -> showSelected());
        showSelected();
    }

    private VBox library() {
        Label hint = new Label(i18n.get("lab.library"));
        hint.getStyleClass().add(LabStyles.NOTE);
        hint.setWrapText(true);
        TilePane tiles = new TilePane();
        tiles.setId("library");
        tiles.getStyleClass().add(LabStyles.LIBRARY);
        tiles.setPrefColumns(4);
        for (KernelItem kernel : viewModel.libraryKernels()) {
            KernelThumbnail picture = new KernelThumbnail(THUMBNAIL);
            picture.show(kernel.rows(), kernel.cols(), kernel.values());
            Button button = new Button(kernel.name(), picture);
            button.setId("library-" + idOf(kernel.name()));
            button.getStyleClass().add(LabStyles.LIBRARY_BUTTON);
            button.setContentDisplay(ContentDisplay.TOP);
            button.setTooltip(new Tooltip(i18n.format("lab.library.tip", kernel.name(), kernel.rows(), kernel.cols())));
            button.setOnAction(e -> {
                weightError.setText("");
                viewModel.addLibraryKernel(kernel.name());
            });
            button.disableProperty().bind(Bindings.size(viewModel.kernels()).greaterThanOrEqualTo(
                    ImageLabViewModel.MAX_KERNELS));
            tiles.getChildren().add(button);
        }
        return new VBox(4, hint, tiles);
    }

    /** "sobel-x" stays, "gaussian:5" becomes "gaussian-5": an id CSS selectors and lookups can spell. */
    static String idOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-");
    }

    private VBox bankList() {
        Label title = new Label();
        title.setId("bankTitle");
        title.getStyleClass().add(LabStyles.CARD_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("lab.bank", viewModel.kernels().size(), ImageLabViewModel.MAX_KERNELS),
                viewModel.kernels()));
        Label empty = new Label(i18n.get("lab.bank.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(LabStyles.NOTE);
        bank.setId("bankList");
        bank.getStyleClass().add(LabStyles.BANK);
        bank.setPlaceholder(empty);
        bank.setItems(viewModel.kernels());
        bank.setPrefHeight(150);
        bank.setMinHeight(90);
        bank.setCellFactory(list -> new ListCell<>() {
            private final KernelThumbnail picture = new KernelThumbnail(BANK_THUMBNAIL);

            @Override
            protected void updateItem(KernelItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                picture.show(item.rows(), item.cols(), item.values());
                setText(i18n.format("lab.bank.item", getIndex() + 1, item.name(), item.rows(), item.cols()));
                setGraphic(picture);
            }
        });
        bank.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!following && now.intValue() >= 0 && now.intValue() != viewModel.selectedKernelProperty().get()) {
                viewModel.selectedKernelProperty().set(now.intValue());
            }
        });
        return new VBox(4, title, bank);
    }

    private HBox bankButtons() {
        Button add = new Button(i18n.get("lab.bank.add"));
        add.setId("addKernelButton");
        add.setTooltip(new Tooltip(i18n.get("lab.bank.add.tip")));
        add.setOnAction(e -> viewModel.addCustomKernel(CUSTOM_SIZE, CUSTOM_SIZE));
        add.disableProperty().bind(Bindings.size(viewModel.kernels()).greaterThanOrEqualTo(
                ImageLabViewModel.MAX_KERNELS));
        Button remove = new Button(i18n.get("lab.bank.remove"));
        remove.setId("removeKernelButton");
        remove.setOnAction(e -> {
            int selected = viewModel.selectedKernelProperty().get();
            if (selected >= 0) {
                viewModel.removeKernel(selected);
            }
        });
        remove.disableProperty().bind(viewModel.selectedKernelProperty().lessThan(0));
        HBox buttons = new HBox(8, add, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private GridPane sizeForm() {
        Spinner<Integer> rowSpinner = sizeSpinner("kernelRowsSpinner", rows);
        Spinner<Integer> colSpinner = sizeSpinner("kernelColumnsSpinner", cols);
        GridPane form = Controls.form();
        Controls.formRow(form, 0, i18n.get("lab.rows"), rowSpinner);
        Controls.formRow(form, 1, i18n.get("lab.columns"), colSpinner);
        form.visibleProperty().bind(viewModel.selectedKernelProperty().greaterThanOrEqualTo(0));
        form.managedProperty().bind(form.visibleProperty());
        return form;
    }

    private Spinner<Integer> sizeSpinner(String id, IntegerSpinnerValueFactory factory) {
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        factory.valueProperty().addListener((obs, old, now) -> {
            if (!following && now != null) {
                viewModel.resizeSelectedKernel(rows.getValue(), cols.getValue());
            }
        });
        Controls.commitTypedNumbers(spinner, factory);
        return spinner;
    }

    private CellGrid weightGrid() {
        weights.setId("weightGrid");
        weights.setAccessibleText(i18n.get("lab.weights.accessible"));
        weights.setEditor(new CellGrid.Editor() {
            @Override
            public String start(int row, int column) {
                return selected().map(k -> LabFormat.number(k.weight(row, column))).orElse(null);
            }

            @Override
            public void commit(int row, int column, String text) {
                Optional<String> problem = viewModel.setWeight(row, column, text);
                weightError.setText(problem.orElse(""));
            }
        });
        weights.visibleProperty().bind(viewModel.selectedKernelProperty().greaterThanOrEqualTo(0));
        weights.managedProperty().bind(weights.visibleProperty());
        // Square cells across the panel's width, never taller than the largest cell allows.
        widthProperty().addListener((obs, old, now) -> sizeWeights());
        weightError.setId("weightError");
        weightError.getStyleClass().add(LabStyles.FIELD_ERROR);
        weightError.setWrapText(true);
        weightError.visibleProperty().bind(weightError.textProperty().isNotEmpty());
        weightError.managedProperty().bind(weightError.visibleProperty());
        return weights;
    }

    private void sizeWeights() {
        Optional<KernelItem> kernel = selected();
        if (kernel.isEmpty()) {
            return;
        }
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double cell = Math.min(CellGrid.MAX_CELL, Math.floor(width / kernel.get().cols()));
        weights.setPrefHeight(cell * kernel.get().rows() + 1);
    }

    private VBox toggles() {
        CheckBox normalise = new CheckBox(i18n.get("lab.normalise"));
        normalise.setId("normaliseCheck");
        normalise.setWrapText(true);
        normalise.selectedProperty().bindBidirectional(viewModel.normaliseProperty());
        normalise.setTooltip(new Tooltip(i18n.get("lab.normalise.tip")));
        CheckBox flip = new CheckBox(i18n.get("lab.flip"));
        flip.setId("flipCheck");
        flip.setWrapText(true);
        flip.selectedProperty().bindBidirectional(viewModel.flipProperty());
        flip.setTooltip(new Tooltip(i18n.get("lab.flip.tip")));
        return new VBox(6, normalise, flip);
    }

    private Optional<KernelItem> selected() {
        int index = viewModel.selectedKernelProperty().get();
        return index >= 0 && index < viewModel.kernels().size()
                ? Optional.of(viewModel.kernels().get(index)) : Optional.empty();
    }

    /** Shows the selected kernel: list selection, title, size spinners and weights. */
    private void showSelected() {
        following = true;
        try {
            int index = viewModel.selectedKernelProperty().get();
            if (index >= 0 && index < bank.getItems().size()) {
                bank.getSelectionModel().select(index);
            } else {
                bank.getSelectionModel().clearSelection();
            }
            Optional<KernelItem> kernel = selected();
            weightsTitle.setText(kernel.map(k -> i18n.format("lab.weights", k.name())).orElse(""));
            kernel.ifPresent(k -> {
                rows.setValue(k.rows());
                cols.setValue(k.cols());
                weights.setSource(new ValuesSource(k.rows(), k.cols(), k.values(), 0));
                sizeWeights();
            });
        } finally {
            following = false;
        }
    }
}

package org.convscope.view.slide;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

import org.convscope.view.I18n;
import org.convscope.view.control.CellGrid;
import org.convscope.view.control.CellSource;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.SlidePicture;
import org.convscope.viewmodel.SlideViewModel;

/**
 * The padded input, the kernel and the output side by side, drawn with one cell size so that the window on
 * the input and the kernel look alike. Cells are as large as the space allows, up to {@link CellGrid#MAX_CELL}.
 *
 * <p>Node ids: {@code inputGrid}, {@code kernelGrid}, {@code outputGrid} and their captions {@code inputCaption},
 * {@code kernelCaption}, {@code outputCaption}.
 */
public final class SlideGrids extends Region {

    private static final double GAP = 28;
    /** Room for two lines, so that a caption wider than its grid wraps instead of being cut. */
    private static final double CAPTION_HEIGHT = 50;
    /** The smallest cell whose number still reads (16 px text at a 0.42 ratio is about 7 px: 18 px cells). */
    private static final double LEGIBLE_CELL = 18;
    /** The most a large input claims before its cells may shrink below legible (a 32 x 32 input still fits). */
    private static final double MIN_CLAIM_WIDTH = 560;
    private static final double MIN_CLAIM_HEIGHT = 320;

    private final SlideViewModel viewModel;
    private final I18n i18n;
    private final CellGrid input = new CellGrid();
    private final CellGrid kernel = new CellGrid();
    private final CellGrid output = new CellGrid();
    private final Label inputCaption = caption("inputCaption");
    private final Label kernelCaption = caption("kernelCaption");
    private final Label outputCaption = caption("outputCaption");
    private final VBox inputColumn = column(inputCaption, input);
    private final VBox kernelColumn = column(kernelCaption, kernel);
    private final VBox outputColumn = column(outputCaption, output);
    private SlidePicture picture;

    public SlideGrids(SlideViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        input.setId("inputGrid");
        kernel.setId("kernelGrid");
        output.setId("outputGrid");
        getChildren().addAll(inputColumn, kernelColumn, outputColumn);

        input.setOnCellHover((r, c) -> {
            if (r < 0) {
                viewModel.clearHover();
            } else {
                viewModel.hoverInput(r - picture.padTop(), c - picture.padLeft());
            }
        });
        input.setEditor(new CellGrid.Editor() {
            @Override
            public String start(int r, int c) {
                int y = r - picture.padTop();
                int x = c - picture.padLeft();
                return picture.isPadding(y, x) ? null : picture.inputText(channel(), y, x);
            }

            @Override
            public void commit(int r, int c, String text) {
                viewModel.setInputValue(channel(), r - picture.padTop(), c - picture.padLeft(), text);
            }
        });
        kernel.setEditor(new CellGrid.Editor() {
            @Override
            public String start(int r, int c) {
                return picture.kernelText(filter(), channel(), r, c);
            }

            @Override
            public void commit(int r, int c, String text) {
                viewModel.setKernelValue(filter(), channel(), r, c, text);
            }
        });
        output.setOnCellHover((r, c) -> {
            if (r < 0) {
                viewModel.clearHover();
            } else {
                viewModel.hoverOutput(r, c);
            }
        });
        output.setOnCellClick(viewModel::selectOutput);

        ViewListeners.onChange(this, viewModel.pictureProperty(), (obs, old, now) -> show(now));
        ViewListeners.onChange(this, viewModel.revisionProperty(), (obs, old, now) -> redraw());
        show(viewModel.getPicture());
    }

    private static Label caption(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("grid-caption");
        label.setMinHeight(CAPTION_HEIGHT);
        label.setPrefHeight(CAPTION_HEIGHT);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setAlignment(Pos.BOTTOM_CENTER);
        return label;
    }

    private static VBox column(Label caption, CellGrid grid) {
        VBox box = new VBox(caption, grid);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    private int channel() {
        return viewModel.shownChannelProperty().get();
    }

    private int filter() {
        return viewModel.shownFilterProperty().get();
    }

    private void show(SlidePicture next) {
        picture = next;
        boolean padded = next.paddedRows() != next.inputRows() || next.paddedColumns() != next.inputColumns();
        inputCaption.setText(i18n.format(padded ? "slide.input.padded" : "slide.input.plain", next.inputRows(),
                next.inputColumns(), next.paddedRows(), next.paddedColumns(), next.channels()));
        kernelCaption.setText(i18n.format("slide.kernel.caption", next.kernelRows(), next.kernelColumns(),
                next.channels()));
        outputCaption.setText(i18n.format("slide.output.caption", next.outputRows(), next.outputColumns(),
                next.filters()));
        input.setSource(new InputCells());
        kernel.setSource(new KernelCells());
        output.setSource(new OutputCells());
        requestLayout();
    }

    /** Redraws the three grids; allocates nothing. */
    public void redraw() {
        input.draw();
        kernel.draw();
        output.draw();
    }

    /**
     * Side by side when that gives the larger cells; otherwise the kernel above the output, right of the input
     * (a tall window, or a large input with a small output).
     */
    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        int pc = picture.paddedColumns();
        int pr = picture.paddedRows();
        int kc = picture.kernelColumns();
        int kr = picture.kernelRows();
        int oc = picture.outputColumns();
        int or = picture.outputRows();
        double row = cell((w - 2 * GAP) / (pc + kc + oc), (h - CAPTION_HEIGHT) / Math.max(pr, Math.max(kr, or)));
        double stacked = cell((w - GAP) / (pc + Math.max(kc, oc)),
                Math.min((h - CAPTION_HEIGHT) / pr, (h - 2 * CAPTION_HEIGHT - GAP) / (kr + or)));
        double top = snappedTopInset();
        if (row >= stacked) {
            double x = snappedLeftInset() + Math.max(0, Math.floor((w - 2 * GAP - row * (pc + kc + oc)) / 2));
            x = place(inputColumn, input, x, top, row, pc, pr);
            x = place(kernelColumn, kernel, x + GAP, top, row, kc, kr);
            place(outputColumn, output, x + GAP, top, row, oc, or);
        } else {
            double x = snappedLeftInset() + Math.max(0, Math.floor((w - GAP - stacked * (pc + Math.max(kc, oc))) / 2));
            x = place(inputColumn, input, x, top, stacked, pc, pr) + GAP;
            place(kernelColumn, kernel, x, top, stacked, kc, kr);
            place(outputColumn, output, x, top + CAPTION_HEIGHT + stacked * kr + GAP, stacked, oc, or);
        }
    }

    private static double cell(double byWidth, double byHeight) {
        return Math.max(1, Math.floor(Math.min(CellGrid.MAX_CELL, Math.min(byWidth, byHeight))));
    }

    private double place(VBox box, CellGrid grid, double x, double y, double cell, int columns, int rows) {
        double gridW = cell * columns + 1;
        double gridH = cell * rows + 1;
        grid.setPrefSize(gridW, gridH);
        grid.setMaxSize(gridW, gridH);
        // A caption may reach halfway into the gaps on both sides: "Kernel 3 × 3" is wider than a small kernel.
        double width = Math.max(gridW, Math.min(box.prefWidth(-1), gridW + GAP - 4));
        box.resizeRelocate(x - (width - gridW) / 2, y, width, CAPTION_HEIGHT + gridH);
        return x + gridW;
    }

    /**
     * Wide enough for legible cells with the kernel above the output (the narrower of the two arrangements), so a
     * zoomed or narrow window scrolls rather than shrink the numbers to dots; a large input claims at most
     * {@link #MIN_CLAIM_WIDTH}.
     */
    @Override
    protected double computeMinWidth(double height) {
        int columns = picture.paddedColumns() + Math.max(picture.kernelColumns(), picture.outputColumns());
        return snappedLeftInset() + snappedRightInset() + Math.min(MIN_CLAIM_WIDTH, columns * LEGIBLE_CELL + GAP);
    }

    @Override
    protected double computeMinHeight(double width) {
        int rows = Math.max(picture.paddedRows(), Math.max(picture.kernelRows(), picture.outputRows()));
        return snappedTopInset() + snappedBottomInset()
                + CAPTION_HEIGHT + Math.min(MIN_CLAIM_HEIGHT, rows * LEGIBLE_CELL);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    /** The padded input of the shown channel: grid (r, c) is input (r - padTop, c - padLeft). */
    private final class InputCells implements CellSource {

        @Override
        public int rows() {
            return picture.paddedRows();
        }

        @Override
        public int columns() {
            return picture.paddedColumns();
        }

        @Override
        public String text(int r, int c) {
            return picture.inputText(channel(), r - picture.padTop(), c - picture.padLeft());
        }

        @Override
        public Look look(int r, int c) {
            int y = r - picture.padTop();
            int x = c - picture.padLeft();
            if (picture.isPadding(y, x)) {
                return Look.PADDING;
            }
            return picture.isUnused(y, x) ? Look.UNUSED : Look.VALUE;
        }

        @Override
        public double shade(int r, int c) {
            return picture.inputShade(channel(), r - picture.padTop(), c - picture.padLeft());
        }

        @Override
        public boolean highlighted(int r, int c) {
            return viewModel.isInputHighlighted(r - picture.padTop(), c - picture.padLeft());
        }

        @Override
        public int outlineRow() {
            int focus = viewModel.focusedOutput();
            return focus < 0 ? -1 : picture.windowTop(focus / picture.outputColumns()) + picture.padTop();
        }

        @Override
        public int outlineColumn() {
            int focus = viewModel.focusedOutput();
            return focus < 0 ? -1 : picture.windowLeft(focus % picture.outputColumns()) + picture.padLeft();
        }

        @Override
        public int outlineRows() {
            return picture.extentRows();
        }

        @Override
        public int outlineColumns() {
            return picture.extentColumns();
        }

        /** The window's centre: on a grid line for an even kernel, which is the half-cell shift. */
        @Override
        public double markRow() {
            int row = outlineRow();
            return row < 0 ? Double.NaN : row + picture.extentRows() / 2.0;
        }

        @Override
        public double markColumn() {
            return outlineColumn() + picture.extentColumns() / 2.0;
        }
    }

    /** The kernel plane of the shown filter and channel. */
    private final class KernelCells implements CellSource {

        @Override
        public int rows() {
            return picture.kernelRows();
        }

        @Override
        public int columns() {
            return picture.kernelColumns();
        }

        @Override
        public String text(int r, int c) {
            return picture.kernelText(filter(), channel(), r, c);
        }

        @Override
        public Look look(int r, int c) {
            return Look.VALUE;
        }

        @Override
        public double shade(int r, int c) {
            return 0.15;
        }

        @Override
        public boolean highlighted(int r, int c) {
            return false;
        }
    }

    /** The output of the shown filter, filled in up to the current step. */
    private final class OutputCells implements CellSource {

        @Override
        public int rows() {
            return picture.outputRows();
        }

        @Override
        public int columns() {
            return picture.outputColumns();
        }

        @Override
        public String text(int r, int c) {
            return viewModel.isOutputComputed(r, c) ? picture.outputText(filter(), r, c) : null;
        }

        @Override
        public Look look(int r, int c) {
            return viewModel.isOutputComputed(r, c) ? Look.VALUE : Look.EMPTY;
        }

        @Override
        public double shade(int r, int c) {
            return picture.outputShade(filter(), r, c);
        }

        @Override
        public boolean highlighted(int r, int c) {
            return viewModel.isOutputHighlighted(r, c);
        }

        @Override
        public int outlineRow() {
            int focus = viewModel.focusedOutput();
            return focus < 0 ? -1 : focus / picture.outputColumns();
        }

        @Override
        public int outlineColumn() {
            return viewModel.focusedOutput() % picture.outputColumns();
        }

        @Override
        public int outlineRows() {
            return 1;
        }

        @Override
        public int outlineColumns() {
            return 1;
        }
    }
}

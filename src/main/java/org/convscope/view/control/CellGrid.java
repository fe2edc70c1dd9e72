package org.convscope.view.control;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A grid of numbered cells drawn on one canvas: values shaded from light to dark, padding hatched, unused cells
 * crossed out, highlighted cells tinted, an outline (the kernel window) and a centre mark. Cells are square and
 * as large as the space allows up to {@link #MAX_CELL}; the numbers scale with them.
 *
 * <p>{@link #draw()} allocates nothing: fonts and colours are made when the size changes, the texts come
 * prepared from the {@link CellSource}. Canvas paints cannot be styled from CSS without a styleable property per
 * colour, so the palette is here, in the colours of app.css.
 *
 * <p>Pointer: {@link #setOnCellHover} gets (row, column) as the pointer moves, (-1, -1) when it leaves;
 * {@link #setOnCellClick} gets the clicked cell. With {@link #setEditor} a click opens a text field over the cell.
 */
public final class CellGrid extends Region {

    /** Largest cell side in pixels: big enough for three digits at a projector-legible size. */
    public static final double MAX_CELL = 64;
    /** Below this cell side the numbers are left out and only the shades remain. */
    private static final double MIN_TEXT_CELL = 14;
    private static final double TEXT_RATIO = 0.42;
    private static final int SHADES = 32;

    private static final Color INK = Color.web("#1b2230");
    private static final Color INK_LIGHT = Color.web("#ffffff");
    private static final Color GRID_LINE = Color.web("#9aa3b5");
    private static final Color PADDING_FILL = Color.web("#e9ecf2");
    private static final Color PADDING_HATCH = Color.web("#c3c9d6");
    private static final Color PADDING_INK = Color.web("#7d8699");
    private static final Color EMPTY_FILL = Color.web("#ffffff");
    private static final Color UNUSED_MARK = Color.web("#d1495b");
    private static final Color HIGHLIGHT = Color.web("#f5b700", 0.55);
    private static final Color OUTLINE = Color.web("#3b7cf0");
    private static final Color MARK = Color.web("#d1495b");
    private static final Color LOW = Color.web("#f7f9fc");
    private static final Color HIGH = Color.web("#5b7fb8");

    /** Pre-mixed shades from LOW to HIGH, and for each whether white text reads better on it. */
    private static final Color[] SHADE = new Color[SHADES];
    private static final boolean[] LIGHT_TEXT = new boolean[SHADES];

    static {
        for (int i = 0; i < SHADES; i++) {
            SHADE[i] = LOW.interpolate(HIGH, i / (SHADES - 1.0));
            LIGHT_TEXT[i] = SHADE[i].getBrightness() * (1 - SHADE[i].getSaturation()) < 0.45;
        }
    }

    /** What an editor does with a cell: the text to start from and what to do with the typed text. */
    public interface Editor {
        /** The text to edit, or null when the cell cannot be edited (padding). */
        String start(int row, int column);

        void commit(int row, int column, String text);
    }

    /** Receives a cell position. */
    public interface CellAction {
        void at(int row, int column);
    }

    private final Canvas canvas = new Canvas();
    private final ReadOnlyDoubleWrapper cellSize = new ReadOnlyDoubleWrapper(this, "cellSize", 0);
    private final ReadOnlyDoubleWrapper fontSize = new ReadOnlyDoubleWrapper(this, "fontSize", 0);
    private CellSource source;
    private Font font = Font.getDefault();
    private CellAction onHover;
    private CellAction onClick;
    private Editor editor;
    private TextField field;
    private int hoverRow = -1;
    private int hoverColumn = -1;

    public CellGrid() {
        getChildren().add(canvas);
        setMinSize(40, 40);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> click(e.getX(), e.getY()));
    }

    /** The cells to draw; redraws. */
    public void setSource(CellSource source) {
        this.source = source;
        requestLayout();
        draw();
    }

    public void setOnCellHover(CellAction action) {
        onHover = action;
    }

    public void setOnCellClick(CellAction action) {
        onClick = action;
    }

    public void setEditor(Editor editor) {
        this.editor = editor;
    }

    /** Side of one cell in pixels, as laid out. */
    public ReadOnlyDoubleProperty cellSizeProperty() {
        return cellSize.getReadOnlyProperty();
    }

    /** Size of the numbers in pixels, 0 when the cells are too small for them. */
    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    /** The canvas, for pixel tests. */
    public Canvas canvas() {
        return canvas;
    }

    /** Centre of cell (row, column) in this grid's coordinates, for tests and tooltips. */
    public double cellCenterX(int column) {
        return canvas.getLayoutX() + (column + 0.5) * cellSize.get();
    }

    public double cellCenterY(int row) {
        return canvas.getLayoutY() + (row + 0.5) * cellSize.get();
    }

    @Override
    protected double computePrefWidth(double height) {
        return source == null ? 100 : source.columns() * MAX_CELL + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return source == null ? 100 : source.rows() * MAX_CELL + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        if (source == null) {
            return;
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double cell = Math.floor(Math.min(MAX_CELL, Math.min(w / source.columns(), h / source.rows())));
        cell = Math.max(cell, 1);
        double gridW = cell * source.columns();
        double gridH = cell * source.rows();
        canvas.setWidth(gridW + 1);
        canvas.setHeight(gridH + 1);
        canvas.relocate(snappedLeftInset() + Math.floor((w - gridW) / 2), snappedTopInset() + Math.floor((h - gridH) / 2));
        if (cell != cellSize.get()) {
            cellSize.set(cell);
            double size = cell >= MIN_TEXT_CELL ? Math.floor(cell * TEXT_RATIO) : 0;
            fontSize.set(size);
            font = Font.font("System", FontWeight.BOLD, Math.max(size, 1));
        }
        draw();
    }

    /** Paints every cell, the outline and the mark; allocates nothing. */
    public void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (source == null || cellSize.get() <= 0) {
            return;
        }
        double cell = cellSize.get();
        int rows = source.rows();
        int columns = source.columns();
        boolean withText = fontSize.get() > 0;
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        for (int r = 0; r < rows; r++) {
            double y = r * cell + 0.5;
            for (int c = 0; c < columns; c++) {
                double x = c * cell + 0.5;
                CellSource.Look look = source.look(r, c);
                int level = 0;
                switch (look) {
                    case VALUE, UNUSED -> {
                        level = (int) Math.round(Math.max(0, Math.min(1, source.shade(r, c))) * (SHADES - 1));
                        g.setFill(SHADE[level]);
                        g.fillRect(x, y, cell, cell);
                    }
                    case PADDING -> {
                        g.setFill(PADDING_FILL);
                        g.fillRect(x, y, cell, cell);
                        hatch(g, x, y, cell);
                    }
                    case EMPTY -> {
                        g.setFill(EMPTY_FILL);
                        g.fillRect(x, y, cell, cell);
                    }
                }
                boolean lit = source.highlighted(r, c);
                if (lit) {
                    g.setFill(HIGHLIGHT);
                    g.fillRect(x, y, cell, cell);
                }
                if (look == CellSource.Look.UNUSED) {
                    g.setStroke(UNUSED_MARK);
                    g.setLineWidth(2);
                    g.strokeLine(x + 3, y + 3, x + cell - 3, y + cell - 3);
                    g.strokeLine(x + cell - 3, y + 3, x + 3, y + cell - 3);
                    g.setLineWidth(1);
                }
                String text = withText ? source.text(r, c) : null;
                if (text != null) {
                    g.setFill(look == CellSource.Look.PADDING ? PADDING_INK
                            : !lit && LIGHT_TEXT[level] ? INK_LIGHT : INK);
                    g.fillText(text, x + cell / 2, y + cell / 2, cell - 2);
                }
            }
        }
        g.setStroke(GRID_LINE);
        for (int r = 0; r <= rows; r++) {
            g.strokeLine(0.5, r * cell + 0.5, columns * cell + 0.5, r * cell + 0.5);
        }
        for (int c = 0; c <= columns; c++) {
            g.strokeLine(c * cell + 0.5, 0.5, c * cell + 0.5, rows * cell + 0.5);
        }
        if (source.outlineRow() >= 0) {
            g.setStroke(OUTLINE);
            g.setLineWidth(Math.max(3, cell / 12));
            g.strokeRect(source.outlineColumn() * cell + 0.5, source.outlineRow() * cell + 0.5,
                    source.outlineColumns() * cell, source.outlineRows() * cell);
            g.setLineWidth(1);
        }
        double markRow = source.markRow();
        double markColumn = source.markColumn();
        // Only a mark between cells says something (an even window's centre); on a cell it would hide the number.
        if (!Double.isNaN(markRow) && (markRow % 1 != 0.5 || markColumn % 1 != 0.5)) {
            double radius = Math.max(3, cell / 8);
            g.setFill(MARK);
            g.fillOval(markColumn * cell + 0.5 - radius, markRow * cell + 0.5 - radius, 2 * radius, 2 * radius);
        }
    }

    /** Diagonal lines clipped to the cell by construction (no clip state to save and restore). */
    private static void hatch(GraphicsContext g, double x, double y, double cell) {
        g.setStroke(PADDING_HATCH);
        double step = Math.max(6, cell / 4);
        for (double d = step; d < 2 * cell; d += step) {
            double x0 = x + Math.max(0, d - cell);
            double y0 = y + Math.min(d, cell);
            double x1 = x + Math.min(d, cell);
            double y1 = y + Math.max(0, d - cell);
            g.strokeLine(x0, y0, x1, y1);
        }
    }

    private int rowAt(double y) {
        int r = (int) Math.floor(y / cellSize.get());
        return source != null && r >= 0 && r < source.rows() ? r : -1;
    }

    private int columnAt(double x) {
        int c = (int) Math.floor(x / cellSize.get());
        return source != null && c >= 0 && c < source.columns() ? c : -1;
    }

    private void hover(double x, double y) {
        int r = x < 0 ? -1 : rowAt(y);
        int c = x < 0 ? -1 : columnAt(x);
        if (r < 0 || c < 0) {
            r = -1;
            c = -1;
        }
        if (r == hoverRow && c == hoverColumn) {
            return;
        }
        hoverRow = r;
        hoverColumn = c;
        if (onHover != null) {
            onHover.at(r, c);
        }
    }

    private void click(double x, double y) {
        int r = rowAt(y);
        int c = columnAt(x);
        if (r < 0 || c < 0) {
            return;
        }
        if (onClick != null) {
            onClick.at(r, c);
        }
        if (editor != null) {
            edit(r, c);
        }
    }

    /** Opens a text field over cell (row, column): Enter keeps the value, Escape or leaving the field drops it. */
    public void edit(int row, int column) {
        String start = editor.start(row, column);
        if (start == null) {
            return;
        }
        closeEditor();
        TextField text = new TextField(start);
        text.setId("cellEditor");
        double cell = cellSize.get();
        double width = Math.max(cell, 72);
        text.resizeRelocate(canvas.getLayoutX() + column * cell - (width - cell) / 2,
                canvas.getLayoutY() + row * cell + (cell - 36) / 2, width, 36);
        text.setOnAction(e -> {
            closeEditor();
            editor.commit(row, column, text.getText());
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeEditor();
                e.consume();
            }
        });
        text.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                closeEditor();
            }
        });
        text.setManaged(false);
        field = text;
        getChildren().add(text);
        text.requestFocus();
        text.selectAll();
    }

    private void closeEditor() {
        if (field != null) {
            getChildren().remove(field);
            field = null;
        }
    }
}

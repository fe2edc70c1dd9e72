package org.convscope.view.control;

import java.util.List;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
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
 * prepared from the {@link CellSource}. The colours are styleable properties ({@code -cs-grid-ink},
 * {@code -cs-grid-low}, ...), set from the theme's named colours in app.css.
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

    private static final StyleablePropertyFactory<CellGrid> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    /*
     * The palette, from the theme in app.css (.cell-grid); the defaults are the light theme's. Numbers are written
     * in the dark or the light ink, whichever reads better on the cell's shade.
     */
    private final StyleableProperty<Color> ink = colour("ink", "-cs-grid-ink", "#1b2230");
    private final StyleableProperty<Color> inkLight = colour("inkLight", "-cs-grid-ink-light", "#ffffff");
    private final StyleableProperty<Color> gridLine = colour("gridLine", "-cs-grid-line", "#9aa3b5");
    private final StyleableProperty<Color> paddingFill = colour("paddingFill", "-cs-grid-padding", "#e9ecf2");
    private final StyleableProperty<Color> paddingHatch = colour("paddingHatch", "-cs-grid-padding-hatch", "#c3c9d6");
    private final StyleableProperty<Color> paddingInk = colour("paddingInk", "-cs-grid-padding-ink", "#7d8699");
    private final StyleableProperty<Color> emptyFill = colour("emptyFill", "-cs-grid-empty", "#ffffff");
    private final StyleableProperty<Color> unusedMark = colour("unusedMark", "-cs-grid-unused", "#d1495b");
    private final StyleableProperty<Color> highlight = colour("highlight", "-cs-grid-highlight", "#f5b7008c");
    private final StyleableProperty<Color> outline = colour("outline", "-cs-grid-outline", "#3b7cf0");
    private final StyleableProperty<Color> mark = colour("mark", "-cs-grid-mark", "#d1495b");
    private final StyleableProperty<Color> low = colour("low", "-cs-grid-low", "#f7f9fc");
    private final StyleableProperty<Color> high = colour("high", "-cs-grid-high", "#5b7fb8");

    /** Pre-mixed shades from low to high, and for each whether the light ink reads better on it. */
    private final Color[] shade = new Color[SHADES];
    private final boolean[] lightText = new boolean[SHADES];

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

    private final SharpCanvas canvas = new SharpCanvas(this::requestLayout);
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
        getStyleClass().add("cell-grid");
        getChildren().add(canvas);
        mixShades();
        for (StyleableProperty<Color> colour : List.of(ink, inkLight, gridLine, paddingFill, paddingHatch,
                paddingInk, emptyFill, unusedMark, highlight, outline, mark, low, high)) {
            ((ObservableValue<?>) colour).addListener(obs -> {
                mixShades();
                draw();
            });
        }
        setMinSize(40, 40);
        // On the canvas, the pointer is in canvas pixels: density of them per layout unit.
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED,
                e -> hover(e.getX() / canvas.density(), e.getY() / canvas.density()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED,
                e -> click(e.getX() / canvas.density(), e.getY() / canvas.density()));
    }

    private StyleableProperty<Color> colour(String name, String cssName, String initial) {
        return CSS.createStyleableColorProperty(this, name, cssName,
                grid -> grid.styleable(name), Color.web(initial));
    }

    /** The property called {@code name}, for the CSS engine (the factory needs a function from node to property). */
    private StyleableProperty<Color> styleable(String name) {
        return switch (name) {
            case "ink" -> ink;
            case "inkLight" -> inkLight;
            case "gridLine" -> gridLine;
            case "paddingFill" -> paddingFill;
            case "paddingHatch" -> paddingHatch;
            case "paddingInk" -> paddingInk;
            case "emptyFill" -> emptyFill;
            case "unusedMark" -> unusedMark;
            case "highlight" -> highlight;
            case "outline" -> outline;
            case "mark" -> mark;
            case "low" -> low;
            default -> high;
        };
    }

    /** Mixes the shades from low to high and picks, for each, the ink that reads better on it ({@link Contrast}). */
    private void mixShades() {
        for (int i = 0; i < SHADES; i++) {
            shade[i] = low.getValue().interpolate(high.getValue(), i / (SHADES - 1.0));
            lightText[i] = Contrast.betterInk(shade[i], ink.getValue(), inkLight.getValue()).equals(inkLight.getValue());
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
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
        canvas.resizeTo(gridW + 1, gridH + 1);
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
        GraphicsContext g = canvas.graphics();
        g.clearRect(0, 0, canvas.logicalWidth(), canvas.logicalHeight());
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
                        g.setFill(shade[level]);
                        g.fillRect(x, y, cell, cell);
                    }
                    case PADDING -> {
                        g.setFill(paddingFill.getValue());
                        g.fillRect(x, y, cell, cell);
                        hatch(g, x, y, cell);
                    }
                    case EMPTY -> {
                        g.setFill(emptyFill.getValue());
                        g.fillRect(x, y, cell, cell);
                    }
                }
                boolean lit = source.highlighted(r, c);
                if (lit) {
                    g.setFill(highlight.getValue());
                    g.fillRect(x, y, cell, cell);
                }
                if (look == CellSource.Look.UNUSED) {
                    g.setStroke(unusedMark.getValue());
                    g.setLineWidth(2);
                    g.strokeLine(x + 3, y + 3, x + cell - 3, y + cell - 3);
                    g.strokeLine(x + cell - 3, y + 3, x + 3, y + cell - 3);
                    g.setLineWidth(1);
                }
                String text = withText ? source.text(r, c) : null;
                if (text != null) {
                    g.setFill(look == CellSource.Look.PADDING ? paddingInk.getValue()
                            : !lit && lightText[level] ? inkLight.getValue() : ink.getValue());
                    g.fillText(text, x + cell / 2, y + cell / 2, cell - 2);
                }
            }
        }
        g.setStroke(gridLine.getValue());
        for (int r = 0; r <= rows; r++) {
            g.strokeLine(0.5, r * cell + 0.5, columns * cell + 0.5, r * cell + 0.5);
        }
        for (int c = 0; c <= columns; c++) {
            g.strokeLine(c * cell + 0.5, 0.5, c * cell + 0.5, rows * cell + 0.5);
        }
        if (source.outlineRow() >= 0) {
            g.setStroke(outline.getValue());
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
            g.setFill(mark.getValue());
            g.fillOval(markColumn * cell + 0.5 - radius, markRow * cell + 0.5 - radius, 2 * radius, 2 * radius);
        }
    }

    /** Diagonal lines clipped to the cell by construction (no clip state to save and restore). */
    private void hatch(GraphicsContext g, double x, double y, double cell) {
        g.setStroke(paddingHatch.getValue());
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

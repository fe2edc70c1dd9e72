package org.convscope.view.receptive;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.StrokeLineCap;

import org.convscope.view.I18n;
import org.convscope.view.control.PaintedRegion;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.receptive.CellRegion;
import org.convscope.viewmodel.receptive.PlaneSize;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;
import org.convscope.viewmodel.receptive.StackViewModel;

/**
 * A stack drawn as grid planes seen at a slant, input (Layer 1) at the bottom, output on top, with the sizes
 * labelled. Hovering an output cell selects it (a click pins the selection until the next click; arrow keys move
 * it); the cells it depends on light up in every plane below, joined by lines that show the cone.
 *
 * <p>The view-model computes the regions; this node only draws them. Repaints on hover allocate nothing: plane
 * labels are nodes made when the planes change, and the outline is drawn with path calls.
 */
final class ConeCanvas extends PaintedRegion {

    /** Horizontal shift of each row towards the back, in cells: the slant of the planes. */
    private static final double SLANT = 0.55;
    /** Height of a row as a fraction of a cell's width: how flat the planes look. */
    private static final double DEPTH = 0.45;
    /** Space between two planes, for the cone lines to be seen. */
    private static final double GAP = 24;
    /** Room on the right of the planes for their labels. */
    private static final double LABEL_ROOM = 190;
    private static final double MARGIN = 8;
    /** Below this many pixels per cell, grid lines would merge into a solid fill. */
    private static final double MIN_GRID_CELL = 4;
    /** Cells per side of each plane's window when zoomed on the cone (more when the field is larger). */
    private static final int ZOOM_CELLS = 13;

    private final ReceptiveFieldViewModel viewModel;
    private final StackViewModel stack;
    private final I18n i18n;
    private final List<Label> planeLabels = new ArrayList<>();
    /** Planes to make room for, so that two stacks side by side are drawn at the same scale. */
    private int planesForScale = 2;
    private List<CellRegion> painted = List.of();
    private int hitRow;
    private int hitColumn;

    private double cell;
    private double left;
    private double bottomTop;
    private int inputRows;
    private int inputCols;
    /** Rows and columns drawn per plane at most: the input's, or a window around the cone when zoomed. */
    private int viewRows;
    private int viewCols;
    private boolean zoomed = true;
    /** First row and column of each plane's window, placed around the lit region before each paint. */
    private int[] windowTop = new int[0];
    private int[] windowLeft = new int[0];

    ConeCanvas(ReceptiveFieldViewModel viewModel, StackViewModel stack, I18n i18n) {
        this.viewModel = viewModel;
        this.stack = stack;
        this.i18n = i18n;
        getStyleClass().add(RfStyles.CONE);
        setFocusTraversable(true);
        setMinSize(240, 140);
        setPrefSize(640, 380);
        ViewListeners.onListChange(this, stack.getPlanes(), (ListChangeListener<PlaneSize>) change -> rebuildLabels());
        ViewListeners.onListChange(this, stack.getHighlights(), (ListChangeListener<CellRegion>) change -> repaint());
        rebuildLabels();
        setOnMouseMoved(this::hover);
        setOnMouseClicked(this::click);
        addEventHandler(KeyEvent.KEY_PRESSED, this::arrow);
        setAccessibleText(i18n.get("rf.cone.accessible"));
    }

    /**
     * Zoomed, each plane shows a window of about {@value #ZOOM_CELLS} x {@value #ZOOM_CELLS} cells around the lit
     * region, so a projector shows every cell of the cone. The output's window stays while the mouse hovers in it
     * and moves when the arrow keys leave it; the windows below follow the lit regions.
     */
    void setZoomed(boolean zoomed) {
        this.zoomed = zoomed;
        requestLayout();
    }

    /** Makes room for {@code planes} planes, the most of the stacks shown side by side. */
    void setPlanesForScale(int planes) {
        planesForScale = planes;
        requestLayout();
    }

    /** The regions drawn at the last paint, one per plane, input first: what a person sees lit. */
    List<CellRegion> paintedRegions() {
        return painted;
    }

    /** The centre of output cell (row, col) of the top plane, in this node's coordinates. */
    Point2D outputCellCentre(int row, int col) {
        int top = stack.getPlanes().size() - 1;
        placeWindows();
        return new Point2D(x(top, row + 0.5, col + 0.5), y(top, row + 0.5));
    }

    private void rebuildLabels() {
        getChildren().removeAll(planeLabels);
        planeLabels.clear();
        List<PlaneSize> planes = stack.getPlanes();
        for (int p = 0; p < planes.size(); p++) {
            PlaneSize size = planes.get(p);
            String key = p == 0 ? "rf.plane.input" : p == planes.size() - 1 ? "rf.plane.output" : "rf.plane";
            Label label = new Label(i18n.format(key, p + 1, size.height(), size.width()));
            label.getStyleClass().add(RfStyles.PLANE_LABEL);
            label.setManaged(false);
            planeLabels.add(label);
        }
        getChildren().addAll(planeLabels);
        windowTop = new int[planes.size()];
        windowLeft = new int[planes.size()];
        requestLayout();
        repaint();
    }

    @Override
    protected void layoutChildren() {
        measure();
        super.layoutChildren();
        placeWindows();
        for (int p = 0; p < planeLabels.size() && p < windowTop.length; p++) {
            Label label = planeLabels.get(p);
            // Beside the middle of the plane's right edge.
            double middle = windowTop[p] + windowRows(p) / 2.0;
            double w = label.prefWidth(-1);
            double h = label.prefHeight(w);
            double lx = Math.min(x(p, middle, windowLeft[p] + windowCols(p)) + 14, getWidth() - w - 2);
            label.resizeRelocate(snapPositionX(lx), snapPositionY(y(p, middle) - h / 2), w, h);
        }
        repaint();
    }

    /** Cell size and origin that fit the planes in the node, the input plane at the bottom. */
    private void measure() {
        PlaneSize input = stack.getPlanes().get(0);
        inputRows = input.height();
        inputCols = input.width();
        List<CellRegion> regions = stack.getHighlights();
        long field = regions.isEmpty() ? 1 : Math.max(regions.get(0).height(), regions.get(0).width());
        int zoom = (int) Math.max(ZOOM_CELLS, field + 2);
        viewRows = zoomed ? Math.min(inputRows, zoom) : inputRows;
        viewCols = zoomed ? Math.min(inputCols, zoom) : inputCols;
        int planes = Math.max(planesForScale, stack.getPlanes().size());
        double byWidth = (getWidth() - 2 * MARGIN - LABEL_ROOM) / (viewCols + viewRows * SLANT);
        double byHeight = (getHeight() - 2 * MARGIN - (planes - 1) * GAP) / (planes * viewRows * DEPTH);
        cell = Math.max(0.5, Math.min(byWidth, byHeight));
        left = MARGIN;
        bottomTop = getHeight() - MARGIN - viewRows * cell * DEPTH;
    }

    /** Places each plane's window around its lit region, inside the plane; the whole plane when not zoomed. */
    private void placeWindows() {
        List<PlaneSize> planes = stack.getPlanes();
        List<CellRegion> regions = stack.getHighlights();
        for (int p = 0; p < planes.size() && p < windowTop.length; p++) {
            PlaneSize size = planes.get(p);
            int rows = windowRows(p);
            int cols = windowCols(p);
            if (regions.size() != planes.size()) {
                windowTop[p] = 0;
                windowLeft[p] = 0;
                continue;
            }
            CellRegion r = regions.get(p);
            boolean top = p == planes.size() - 1;
            // The output's window moves only when the selection leaves it, so hovering inside it stays put.
            if (!top || r.top() < windowTop[p] || r.top() >= windowTop[p] + rows
                    || r.left() < windowLeft[p] || r.left() >= windowLeft[p] + cols) {
                windowTop[p] = (int) Math.max(0, Math.min(size.height() - rows, r.top() + r.height() / 2 - rows / 2));
                windowLeft[p] = (int) Math.max(0, Math.min(size.width() - cols, r.left() + r.width() / 2 - cols / 2));
            }
        }
    }

    private int windowRows(int p) {
        return Math.min(stack.getPlanes().get(p).height(), viewRows);
    }

    private int windowCols(int p) {
        return Math.min(stack.getPlanes().get(p).width(), viewCols);
    }

    /**
     * Screen x of row boundary {@code row} and column boundary {@code col} of plane p (plane coordinates), each
     * plane's window centred on the widest one.
     */
    private double x(int p, double row, double col) {
        double r = row - windowTop[p] + (viewRows - windowRows(p)) / 2.0;
        double c = col - windowLeft[p] + (viewCols - windowCols(p)) / 2.0;
        return left + c * cell + (viewRows - r) * cell * SLANT;
    }

    private double y(int p, double row) {
        double r = row - windowTop[p] + (viewRows - windowRows(p)) / 2.0;
        return bottomTop - p * (viewRows * cell * DEPTH + GAP) + r * cell * DEPTH;
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        List<PlaneSize> planes = stack.getPlanes();
        List<CellRegion> regions = stack.getHighlights();
        if (cell <= 0 || regions.size() != planes.size() || windowTop.length != planes.size()) {
            return;
        }
        placeWindows();
        g.setLineCap(StrokeLineCap.ROUND);
        for (int p = 0; p < planes.size(); p++) {
            int wTop = windowTop[p];
            int wLeft = windowLeft[p];
            int wBottom = wTop + windowRows(p);
            int wRight = wLeft + windowCols(p);
            g.setFill(plane());
            quad(g, p, wTop, wLeft, wBottom, wRight);
            g.fill();
            drawGrid(g, p, wTop, wLeft, wBottom, wRight);
            CellRegion r = regions.get(p);
            double top = Math.max(wTop, r.top());
            double leftCol = Math.max(wLeft, r.left());
            double bottom = Math.min(wBottom, r.top() + r.height());
            double right = Math.min(wRight, r.left() + r.width());
            g.setFill(p == planes.size() - 1 ? highlight() : region());
            if (bottom > top && right > leftCol) {
                quad(g, p, top, leftCol, bottom, right);
                g.fill();
            }
            g.setStroke(highlight());
            g.setLineWidth(2);
            // The whole region, padding included: the part outside the plane is where padding zeros are read.
            quad(g, p, r.top(), r.left(), r.top() + r.height(), r.left() + r.width());
            g.stroke();
            g.setStroke(grid());
            g.setLineWidth(1.5);
            quad(g, p, wTop, wLeft, wBottom, wRight);
            g.stroke();
        }
        g.setStroke(highlight());
        g.setLineWidth(1.5);
        for (int p = 0; p + 1 < planes.size(); p++) {
            CellRegion below = regions.get(p);
            CellRegion above = regions.get(p + 1);
            cornerLine(g, p, below.top(), below.left(), above.top(), above.left());
            cornerLine(g, p, below.top(), below.left() + below.width(), above.top(), above.left() + above.width());
            cornerLine(g, p, below.top() + below.height(), below.left(), above.top() + above.height(), above.left());
            cornerLine(g, p, below.top() + below.height(), below.left() + below.width(),
                    above.top() + above.height(), above.left() + above.width());
        }
        painted = List.copyOf(regions);
    }

    /** Grid lines inside rows top..bottom and columns left..right of plane p, when cells are wide enough. */
    private void drawGrid(GraphicsContext g, int p, int top, int leftCol, int bottom, int right) {
        if (cell < MIN_GRID_CELL) {
            return;
        }
        g.setStroke(grid());
        g.setLineWidth(1);
        for (int r = top + 1; r < bottom; r++) {
            g.strokeLine(x(p, r, leftCol), y(p, r), x(p, r, right), y(p, r));
        }
        for (int c = leftCol + 1; c < right; c++) {
            g.strokeLine(x(p, top, c), y(p, top), x(p, bottom, c), y(p, bottom));
        }
    }

    /** A path around rows top..bottom and columns left..right of plane p (boundaries, not cells). */
    private void quad(GraphicsContext g, int p, double top, double leftCol, double bottom, double right) {
        g.beginPath();
        g.moveTo(x(p, top, leftCol), y(p, top));
        g.lineTo(x(p, top, right), y(p, top));
        g.lineTo(x(p, bottom, right), y(p, bottom));
        g.lineTo(x(p, bottom, leftCol), y(p, bottom));
        g.closePath();
    }

    private void cornerLine(GraphicsContext g, int p, double row, double col, double rowAbove, double colAbove) {
        g.strokeLine(x(p, row, col), y(p, row), x(p + 1, rowAbove, colAbove), y(p + 1, rowAbove));
    }

    private void hover(MouseEvent e) {
        if (hit(e.getX(), e.getY()) && (hitRow != stack.selectedRowProperty().get()
                || hitColumn != stack.selectedColumnProperty().get())) {
            viewModel.hover(hitRow, hitColumn);
        }
    }

    /** A click on an output cell pins it; a click beside the top plane lets hovering select again. */
    private void click(MouseEvent e) {
        requestFocus();
        if (hit(e.getX(), e.getY())) {
            viewModel.pin(hitRow, hitColumn);
        } else {
            viewModel.unpin();
        }
    }

    /**
     * Finds the output cell under (mx, my) on the top plane and keeps it in {@code hitRow}, {@code hitColumn}
     * (fields, so that mouse moves allocate nothing); false when there is none there.
     */
    private boolean hit(double mx, double my) {
        int top = stack.getPlanes().size() - 1;
        placeWindows();
        double shiftRows = (viewRows - windowRows(top)) / 2.0 - windowTop[top];
        double shiftCols = (viewCols - windowCols(top)) / 2.0 - windowLeft[top];
        double r = (my - bottomTop + top * (viewRows * cell * DEPTH + GAP)) / (cell * DEPTH) - shiftRows;
        double c = (mx - left - (viewRows - (r + shiftRows)) * cell * SLANT) / cell - shiftCols;
        if (r < windowTop[top] || c < windowLeft[top] || r >= windowTop[top] + windowRows(top)
                || c >= windowLeft[top] + windowCols(top)) {
            return false;
        }
        hitRow = (int) r;
        hitColumn = (int) c;
        return true;
    }

    private void arrow(KeyEvent e) {
        int row = stack.selectedRowProperty().get();
        int col = stack.selectedColumnProperty().get();
        switch (e.getCode()) {
            case UP -> row--;
            case DOWN -> row++;
            case LEFT -> col--;
            case RIGHT -> col++;
            default -> {
                return;
            }
        }
        viewModel.pin(row, col);
        e.consume();
    }
}

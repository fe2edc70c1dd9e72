package org.convscope.view.lab;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import org.convscope.view.control.PaintedRegion;

/**
 * A small picture of a kernel's weights: one square per weight, positive weights red, negative blue, zero
 * white, each as strong as its size against the largest |weight|. So sobel-x reads as blue left, red right, and a
 * blur as an even pink square, before anyone reads a number. The weights keep their colours in every theme; the
 * tile around them and its frame take the theme's plane and line colours.
 */
final class KernelThumbnail extends PaintedRegion {

    /*
     * The ends and middle of the diverging map the results use (ColorBrewer RdBu: #2166AC, #F7F7F7, #B2182B), so
     * a kernel and its output speak the same colours. They carry values, so no theme changes them.
     */
    private static final Color NEGATIVE = Color.web("#2166ac");
    private static final Color ZERO = Color.web("#f7f7f7");
    private static final Color POSITIVE = Color.web("#b2182b");
    /** Plane around the weights, so a kernel of near-white weights still reads as a tile of its own. */
    static final double MARGIN = 2;

    private int rows;
    private int cols;
    private float[] values;

    KernelThumbnail(double size) {
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
    }

    /** Paints a {@code rows x cols} kernel (values row-major), centred, square cells. */
    void show(int rows, int cols, float[] values) {
        this.rows = rows;
        this.cols = cols;
        this.values = values.clone();
        repaint();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (values == null) {
            return;
        }
        double cell = Math.floor(Math.min((w - 2 * MARGIN) / cols, (h - 2 * MARGIN) / rows));
        if (cell < 1) {
            return;
        }
        double x0 = Math.floor((w - cell * cols) / 2);
        double y0 = Math.floor((h - cell * rows) / 2);
        double largest = 0;
        for (float v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                g.setFill(colour(values[r * cols + c], largest));
                g.fillRect(x0 + c * cell, y0 + r * cell, cell, cell);
            }
        }
        g.setStroke(line());
        g.setLineWidth(1);
        g.strokeRect(x0 + 0.5, y0 + 0.5, cell * cols - 1, cell * rows - 1);
    }

    /** White for 0, the full colour for +-largest, linear in between. */
    static Color colour(double v, double largest) {
        if (largest == 0 || !Double.isFinite(v)) {
            return ZERO;
        }
        double t = Math.min(1, Math.abs(v) / largest);
        return ZERO.interpolate(v < 0 ? NEGATIVE : POSITIVE, t);
    }
}

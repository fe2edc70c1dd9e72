package org.convscope.view.receptive;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.convscope.view.control.PaintedRegion;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.receptive.ErfHeatmap;
import org.convscope.viewmodel.receptive.StackViewModel;

/**
 * The effective receptive field of the selected output cell: the input cells it depends on, each shaded by the
 * number of paths that reach it (darkest = most), with the count written in the cell when it fits. A flat 5x5
 * for one 5x5 layer; a peak in the centre for two 3x3 layers.
 */
final class HeatmapCanvas extends PaintedRegion {

    /** Shades from no paths to the most paths; built once per colour change so painting allocates nothing. */
    private static final int SHADES = 32;
    /** Cells narrower than this show their shade only. */
    private static final double MIN_NUMBER_CELL = 26;

    /** Counts written often enough to keep as strings, so a repaint does not build them. */
    private static final String[] SMALL_COUNTS = new String[256];

    static {
        for (int i = 0; i < SMALL_COUNTS.length; i++) {
            SMALL_COUNTS[i] = Integer.toString(i);
        }
    }

    private final StackViewModel stack;
    private final Color[] ramp = new Color[SHADES];
    private final Color[] inkOnShade = new Color[SHADES];
    private Font font;
    private double fontSize;

    HeatmapCanvas(StackViewModel stack) {
        this.stack = stack;
        getStyleClass().add(RfStyles.HEATMAP);
        setMinSize(120, 120);
        setPrefSize(240, 240);
        buildRamp();
        ViewListeners.onInvalidated(this, stack.heatmapProperty(), obs -> repaint());
    }

    @Override
    protected void coloursChanged() {
        buildRamp();
        super.coloursChanged();
    }

    private void buildRamp() {
        for (int i = 0; i < SHADES; i++) {
            ramp[i] = diverging(i + 1.0, SHADES);
            inkOnShade[i] = inkOn(ramp[i]);
        }
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        ErfHeatmap map = stack.getHeatmap();
        if (map == null) {
            return;
        }
        double size = Math.min(width, height) - 2;
        double cell = size / Math.max(map.rows(), map.cols());
        double x0 = (width - cell * map.cols()) / 2;
        double y0 = (height - cell * map.rows()) / 2;
        boolean numbers = cell >= MIN_NUMBER_CELL;
        if (numbers && fontSize != Math.floor(cell * 0.42)) {
            fontSize = Math.floor(cell * 0.42);
            font = font(fontSize, FontWeight.NORMAL);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < map.rows(); r++) {
            for (int c = 0; c < map.cols(); c++) {
                long count = map.count(r, c);
                int shade = (int) Math.min(SHADES - 1, (count * (SHADES - 1)) / Math.max(1, map.max()));
                g.setFill(count == 0 ? plane() : ramp[shade]);
                g.fillRect(x0 + c * cell, y0 + r * cell, cell, cell);
                if (numbers) {
                    g.setFill(inkOnShade[shade]);
                    g.setFont(font);
                    g.fillText(count < SMALL_COUNTS.length ? SMALL_COUNTS[(int) count] : Long.toString(count), x0 + (c + 0.5) * cell, y0 + (r + 0.5) * cell);
                }
            }
        }
        if (cell >= MIN_NUMBER_CELL / 2) {
            g.setStroke(grid());
            g.setLineWidth(1);
            for (int r = 0; r <= map.rows(); r++) {
                g.strokeLine(x0, y0 + r * cell, x0 + map.cols() * cell, y0 + r * cell);
            }
            for (int c = 0; c <= map.cols(); c++) {
                g.strokeLine(x0 + c * cell, y0, x0 + c * cell, y0 + map.rows() * cell);
            }
        }
    }
}

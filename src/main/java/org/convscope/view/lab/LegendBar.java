package org.convscope.view.lab;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import org.convscope.view.control.SharpCanvas;

/**
 * The colour bar of the mapping: the colours from the lowest value shown (left) to the highest (right), drawn
 * one column per screen pixel from the same colour function the picture uses.
 */
final class LegendBar extends Region {

    private static final Color FRAME = Color.web("#9aa3b5");

    private final SharpCanvas canvas = new SharpCanvas(this::requestLayout);
    private double low;
    private double high;
    private ColourScale colours;

    LegendBar() {
        getStyleClass().add(LabStyles.LEGEND_BAR);
        getChildren().add(canvas);
        setMinSize(80, 14);
        setPrefSize(260, 22);
        setMaxHeight(28);
    }

    /** Draws the colours of {@code [low, high]}; a null scale clears. */
    void show(double low, double high, ColourScale colours) {
        this.low = low;
        this.high = high;
        this.colours = colours;
        paint();
    }

    /** The canvas, for pixel tests. */
    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.resizeTo(Math.max(0, w), Math.max(0, h))) {
            paint();
        }
    }

    private void paint() {
        GraphicsContext g = canvas.graphics();
        double w = canvas.logicalWidth();
        double h = canvas.logicalHeight();
        g.clearRect(0, 0, w, h);
        if (colours == null || w < 2 || h <= 0) {
            return;
        }
        int columns = (int) w;
        for (int x = 0; x < columns; x++) {
            // Column x shows the value at its centre: low at the left edge, high at the right edge.
            double v = low + (high - low) * (x + 0.5) / columns;
            int argb = colours.argb(v);
            g.setFill(Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF));
            g.fillRect(x, 0, 1, h);
        }
        g.setStroke(FRAME);
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
    }
}

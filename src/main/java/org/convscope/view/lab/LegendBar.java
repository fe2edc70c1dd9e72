package org.convscope.view.lab;

import javafx.scene.canvas.GraphicsContext;

import org.convscope.view.control.PaintedRegion;

/**
 * The colour bar of the mapping: the colours from the lowest value shown (left) to the highest (right), drawn
 * one column per layout unit from the same colour function the picture uses, in a frame of the theme's line colour.
 */
final class LegendBar extends PaintedRegion {

    private double low;
    private double high;
    private ColourScale colours;

    LegendBar() {
        getStyleClass().add(LabStyles.LEGEND_BAR);
        setMinSize(80, 14);
        setPrefSize(260, 22);
        setMaxHeight(28);
    }

    /** Draws the colours of {@code [low, high]}; a null scale clears. */
    void show(double low, double high, ColourScale colours) {
        this.low = low;
        this.high = high;
        this.colours = colours;
        repaint();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (colours == null || w < 2) {
            return;
        }
        int columns = (int) w;
        for (int x = 0; x < columns; x++) {
            // Column x shows the value at its centre: low at the left edge, high at the right edge.
            double v = low + (high - low) * (x + 0.5) / columns;
            g.setFill(Pictures.colour(colours.argb(v)));
            g.fillRect(x, 0, 1, h);
        }
        g.setStroke(line());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
    }
}

package org.convscope.view.lab;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import org.convscope.view.control.PaintedRegion;
import org.convscope.viewmodel.lab.LabHistogram;

/**
 * The histogram of the values shown: one bar per bin, in the colour its values get in the picture, so the
 * histogram also reads as a legend. Bar heights are on a log scale, {@code h = log(1 + n) / log(1 + n_max)}:
 * filter outputs pile up near 0 and a linear scale would show one bar and hide the tails that carry the edges.
 * The bars keep the picture's colours in every theme; the axis and the bar outlines take the theme's.
 */
final class HistogramCanvas extends PaintedRegion {

    /** Opacity of the ink around each bar: enough to show a bar the colour of the plane, not more. */
    private static final double OUTLINE_OPACITY = 0.35;

    private LabHistogram histogram;
    private ColourScale colours;
    private Color outline;

    HistogramCanvas() {
        getStyleClass().add(LabStyles.HISTOGRAM);
        setMinSize(120, 30);
        setPrefSize(260, 110);
    }

    /** Draws {@code histogram} with bars coloured by {@code colours}; null clears. */
    void show(LabHistogram histogram, ColourScale colours) {
        this.histogram = histogram;
        this.colours = colours;
        repaint();
    }

    @Override
    protected void coloursChanged() {
        outline = null;
        super.coloursChanged();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (histogram == null) {
            return;
        }
        if (outline == null) {
            outline = ink().deriveColor(0, 1, 1, OUTLINE_OPACITY);
        }
        long[] counts = histogram.counts();
        double top = Math.log1p(histogram.maxCount());
        double bar = w / counts.length;
        double bottom = h - 1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double height = Math.max(1, bottom * Math.log1p(counts[i]) / top);
            double centre = histogram.low() + (i + 0.5) * histogram.binWidth();
            g.setFill(Pictures.colour(colours.argb(centre)));
            g.fillRect(i * bar, bottom - height, Math.max(1, bar), height);
            if (bar >= 4) {
                // Bars the colour of the plane (white in the diverging map on the light theme, black in gray on
                // the dark one) would vanish without an outline.
                g.setStroke(outline);
                g.strokeRect(i * bar + 0.5, bottom - height + 0.5, Math.max(1, bar) - 1, height - 1);
            }
        }
        g.setStroke(line());
        g.setLineWidth(1);
        g.strokeLine(0, bottom + 0.5, w, bottom + 0.5);
    }
}

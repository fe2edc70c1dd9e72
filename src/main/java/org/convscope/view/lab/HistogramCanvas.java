package org.convscope.view.lab;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import org.convscope.view.control.SharpCanvas;

import org.convscope.viewmodel.lab.LabHistogram;

/**
 * The histogram of the values shown: one bar per bin, in the colour its values get in the picture, so the
 * histogram also reads as a legend. Bar heights are on a log scale, {@code h = log(1 + n) / log(1 + n_max)}:
 * filter outputs pile up near 0 and a linear scale would show one bar and hide the tails that carry the edges.
 */
final class HistogramCanvas extends Region {

    private static final Color AXIS = Color.web("#9aa3b5");
    private static final Color OUTLINE = Color.web("#586174", 0.35);

    private final SharpCanvas canvas = new SharpCanvas(this::requestLayout);
    private LabHistogram histogram;
    private ColourScale colours;

    HistogramCanvas() {
        getStyleClass().add(LabStyles.HISTOGRAM);
        getChildren().add(canvas);
        setMinSize(120, 30);
        setPrefSize(260, 110);
    }

    /** Draws {@code histogram} with bars coloured by {@code colours}; null clears. */
    void show(LabHistogram histogram, ColourScale colours) {
        this.histogram = histogram;
        this.colours = colours;
        paint();
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
        if (histogram == null || w <= 0 || h <= 0) {
            return;
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
            int argb = colours.argb(centre);
            g.setFill(Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF));
            g.fillRect(i * bar, bottom - height, Math.max(1, bar), height);
            if (bar >= 4) {
                // Light bars (white in the diverging map, near-white in gray) would vanish on the white card.
                g.setStroke(OUTLINE);
                g.strokeRect(i * bar + 0.5, bottom - height + 0.5, Math.max(1, bar) - 1, height - 1);
            }
        }
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(0, bottom + 0.5, w, bottom + 0.5);
    }
}

package org.convscope.view.arch;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.convscope.view.control.PaintedRegion;
import org.convscope.viewmodel.arch.DotProduct;

/**
 * A 1x1 kernel at one pixel: the pixel's column of C_in values along the channel axis, times the filter's weight
 * vector, gives C_in products whose sum is one output value, the lit cell of the output column (C_out values).
 * Values are coloured on a diverging scale (blue positive, red negative) and written in the cells when the cells
 * are tall enough to read them.
 */
final class DotProductCanvas extends PaintedRegion {

    private static final double TOP = 40;
    private static final double BOTTOM = 12;
    private static final double COLUMN = 64;
    /** Cells shorter than this get colour only: their numbers would not be legible on a projector. */
    private static final double MIN_NUMBER_CELL = 23;
    private static final double FONT = 17;

    /** The symbols drawn instead of the captions when the columns stand too close for them. */
    private static final List<String> SYMBOLS = List.of("x", "w_j", "w_j · x", "y");

    private final List<String> captions;
    private DotProduct dot;

    /** @param captions the four column captions: input column, weights, products, output column */
    DotProductCanvas(List<String> captions) {
        this.captions = List.copyOf(captions);
        getStyleClass().add(ArchStyles.DOT_CANVAS);
    }

    void show(DotProduct shown) {
        dot = shown;
        repaint();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (dot == null) {
            return;
        }
        double[] centres = {w * 0.10, w * 0.32, w * 0.54, w * 0.86};
        g.setFont(font(FONT, FontWeight.BOLD));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(ink());
        Text probe = new Text();
        probe.setFont(g.getFont());
        boolean fits = true;
        for (String caption : captions) {
            probe.setText(caption);
            fits &= probe.getLayoutBounds().getWidth() < w * 0.21;
        }
        for (int i = 0; i < captions.size(); i++) {
            g.fillText(fits ? captions.get(i) : SYMBOLS.get(i), centres[i], TOP / 2);
        }
        double inputMax = max(dot.inputs());
        double weightMax = max(dot.weights());
        double productMax = max(dot.products());
        double outputMax = max(dot.outputs());
        column(g, dot.inputs(), inputMax, centres[0], h, -1);
        column(g, dot.weights(), weightMax, centres[1], h, -1);
        column(g, dot.products(), productMax, centres[2], h, -1);
        column(g, dot.outputs(), outputMax, centres[3], h, dot.outputChannel());

        g.setFill(ink());
        g.setFont(font(28, FontWeight.BOLD));
        double middle = TOP + (h - TOP - BOTTOM) / 2;
        g.fillText("×", (centres[0] + centres[1]) / 2, middle);
        g.fillText("=", (centres[1] + centres[2]) / 2, middle);

        // The products' column sums into the lit output cell: a bracket, Σ, and an arrow to the cell.
        double cell = (h - TOP - BOTTOM) / dot.outputs().size();
        double target = TOP + (dot.outputChannel() + 0.5) * cell;
        double right = centres[2] + COLUMN / 2 + 10;
        double sigmaX = (centres[2] + centres[3]) / 2;
        g.setStroke(highlight());
        g.setLineWidth(3);
        g.strokeLine(right, TOP, right + 8, TOP);
        g.strokeLine(right + 8, TOP, right + 8, h - BOTTOM);
        g.strokeLine(right, h - BOTTOM, right + 8, h - BOTTOM);
        g.strokeLine(right + 8, middle, sigmaX - 18, middle);
        g.strokeLine(sigmaX + 18, middle, centres[3] - COLUMN / 2 - 6, target);
        double tipX = centres[3] - COLUMN / 2 - 6;
        g.strokeLine(tipX, target, tipX - 10, target - 6);
        g.strokeLine(tipX, target, tipX - 10, target + 6);
        g.setFill(highlight());
        g.fillText("Σ", sigmaX, middle);
    }

    /** One column of values, top to bottom; {@code lit} (or -1) is outlined in the highlight colour. */
    private void column(GraphicsContext g, List<Double> values, double max, double centre, double h, int lit) {
        int n = values.size();
        double cell = (h - TOP - BOTTOM) / n;
        double left = centre - COLUMN / 2;
        boolean numbers = cell >= MIN_NUMBER_CELL;
        g.setFont(font(Math.min(FONT, cell * 0.7), FontWeight.NORMAL));
        for (int i = 0; i < n; i++) {
            double top = TOP + i * cell;
            Color fill = diverging(values.get(i), max);
            g.setFill(fill);
            g.fillRect(left, top, COLUMN, cell);
            if (numbers) {
                g.setFill(inkOn(fill));
                g.fillText(number(values.get(i)), centre, top + cell / 2);
            }
        }
        g.setStroke(line());
        g.setLineWidth(1);
        g.strokeRect(left, TOP, COLUMN, n * cell);
        if (lit >= 0) {
            g.setStroke(highlight());
            g.setLineWidth(3);
            g.strokeRect(left - 2, TOP + lit * cell - 1, COLUMN + 4, Math.max(cell, 2) + 2);
        }
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Math::abs).max().orElse(1);
    }

    /** The values are whole numbers: written without a decimal point, with a real minus sign. */
    private static String number(double v) {
        long n = Math.round(v);
        return n < 0 ? "−" + (-n) : Long.toString(n);
    }
}

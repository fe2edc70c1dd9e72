package org.convscope.view.control;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A region holding a {@link SharpCanvas} that it paints again when it is resized, when the presenter's zoom
 * changes, and when the theme changes its colours. Subclasses draw in {@link #paint} and ask for a repaint with
 * {@link #repaint()} when their data changes; the canvas is already filled with the plane colour then.
 *
 * <p>The colours are styleable properties set from the theme's named colours in app.css ({@code .painted-region}):
 * {@code -cs-paint-plane} (the background), {@code -cs-paint-ink} (text), {@code -cs-paint-line} (frames and
 * axes), {@code -cs-paint-grid} (lines between cells), {@code -cs-paint-highlight} (what is selected or lit),
 * {@code -cs-paint-region} (the fill of a lit region), {@code -cs-paint-positive} and
 * {@code -cs-paint-negative} (the ends of a value scale). The defaults are the light theme's. Colours that carry
 * a value and mean the same in every theme (gray levels, ColorBrewer maps) are the subclass's own.
 */
public abstract class PaintedRegion extends Region {

    /** The style class app.css sets the palette on. */
    public static final String STYLE_CLASS = "painted-region";

    private static final StyleablePropertyFactory<PaintedRegion> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> plane = colour("plane", "-cs-paint-plane", "#ffffff");
    private final StyleableProperty<Color> ink = colour("ink", "-cs-paint-ink", "#1b2230");
    private final StyleableProperty<Color> line = colour("line", "-cs-paint-line", "#9aa3b5");
    private final StyleableProperty<Color> grid = colour("grid", "-cs-paint-grid", "#c5ccd9");
    private final StyleableProperty<Color> highlight = colour("highlight", "-cs-paint-highlight", "#f08c00");
    private final StyleableProperty<Color> region = colour("region", "-cs-paint-region", "#f7c56b");
    private final StyleableProperty<Color> positive = colour("positive", "-cs-paint-positive", "#3b7cf0");
    private final StyleableProperty<Color> negative = colour("negative", "-cs-paint-negative", "#d9480f");

    /*
     * The font the labels around inherit from the root (a Korean font for Korean): a canvas draws its own text,
     * and the default font has no Hangul.
     */
    private final StyleableProperty<Font> font =
            CSS.createStyleableFontProperty(this, "font", "-fx-font", r -> r.font, Font.getDefault(), true);

    private final SharpCanvas canvas = new SharpCanvas(this::requestLayout);

    protected PaintedRegion() {
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        for (StyleableProperty<Color> colour : List.of(plane, ink, line, grid, highlight, region, positive,
                negative)) {
            ((ObservableValue<?>) colour).addListener(obs -> coloursChanged());
        }
        ((ObservableValue<?>) font).addListener(obs -> repaint());
    }

    private StyleableProperty<Color> colour(String name, String cssName, String initial) {
        return CSS.createStyleableColorProperty(this, name, cssName, r -> r.styleable(name), Color.web(initial));
    }

    /** The property called {@code name}, for the CSS engine (the factory needs a function from node to property). */
    private StyleableProperty<Color> styleable(String name) {
        return switch (name) {
            case "plane" -> plane;
            case "ink" -> ink;
            case "line" -> line;
            case "grid" -> grid;
            case "highlight" -> highlight;
            case "region" -> region;
            case "positive" -> positive;
            default -> negative;
        };
    }

    /**
     * Draws the picture in a {@code width} x {@code height} area of layout units, on a canvas filled with the
     * plane colour.
     */
    protected abstract void paint(GraphicsContext g, double width, double height);

    /** Called when a colour changes, before the repaint; caches built from the colours are rebuilt here. */
    protected void coloursChanged() {
        repaint();
    }

    /** Paints again at the current size; nothing while the region has no area. */
    protected final void repaint() {
        double w = canvas.logicalWidth();
        double h = canvas.logicalHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        GraphicsContext g = canvas.graphics();
        g.clearRect(0, 0, w, h);
        g.setFill(plane());
        g.fillRect(0, 0, w, h);
        paint(g, w, h);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.resizeTo(Math.max(0, w), Math.max(0, h))) {
            repaint();
        }
    }

    /** The canvas, for pixel tests and exports. */
    public final Canvas canvas() {
        return canvas;
    }

    /** The inherited font's family at the given size and weight. */
    protected final Font font(double size, FontWeight weight) {
        return Font.font(font.getValue().getFamily(), weight, size);
    }

    protected final Color plane() {
        return plane.getValue();
    }

    protected final Color ink() {
        return ink.getValue();
    }

    protected final Color line() {
        return line.getValue();
    }

    protected final Color grid() {
        return grid.getValue();
    }

    protected final Color highlight() {
        return highlight.getValue();
    }

    protected final Color region() {
        return region.getValue();
    }

    /** The ink or the plane colour, whichever reads better on {@code fill} (the larger WCAG 2 contrast ratio). */
    protected final Color inkOn(Color fill) {
        return Contrast.betterInk(fill, ink(), plane());
    }

    /**
     * The colour of {@code value} on a scale from {@code -max} to {@code +max}: the plane colour at 0, shading
     * linearly to the positive colour at {@code +max} and to the negative colour at {@code -max},
     * {@code t = clamp(value / max, -1, 1)}. A scale of positive values only (counts) uses half of it.
     */
    protected final Color diverging(double value, double max) {
        double t = max == 0 ? 0 : Math.max(-1, Math.min(1, value / max));
        return plane().interpolate(t >= 0 ? positive.getValue() : negative.getValue(), Math.abs(t));
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}

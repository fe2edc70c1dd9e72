package org.convscope.view.arch;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import org.convscope.view.control.SharpCanvas;

/**
 * A resizable canvas of the architectures view whose colours come from app.css ({@code -arch-ink},
 * {@code -arch-muted}, {@code -arch-positive}, {@code -arch-negative}, {@code -arch-plane},
 * {@code -arch-highlight}), so the drawing code holds none. Subclasses paint in {@link #paint()}, called after a
 * resize or a colour change, and ask for it with {@link #repaint()} when their data changes.
 */
abstract class ArchCanvas extends Region {

    private static final StyleablePropertyFactory<ArchCanvas> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> ink =
            CSS.createStyleableColorProperty(this, "ink", "-arch-ink", c -> c.ink, Color.BLACK);
    private final StyleableProperty<Color> muted =
            CSS.createStyleableColorProperty(this, "muted", "-arch-muted", c -> c.muted, Color.GRAY);
    private final StyleableProperty<Color> positive =
            CSS.createStyleableColorProperty(this, "positive", "-arch-positive", c -> c.positive, Color.BLUE);
    private final StyleableProperty<Color> negative =
            CSS.createStyleableColorProperty(this, "negative", "-arch-negative", c -> c.negative, Color.RED);
    private final StyleableProperty<Color> plane =
            CSS.createStyleableColorProperty(this, "plane", "-arch-plane", c -> c.plane, Color.WHITE);
    private final StyleableProperty<Color> highlight =
            CSS.createStyleableColorProperty(this, "highlight", "-arch-highlight", c -> c.highlight, Color.ORANGE);

    /*
     * The font the labels around inherit from the root (a Korean font for Korean): a canvas draws its own text,
     * and the default font has no Hangul.
     */
    private final StyleableProperty<Font> font =
            CSS.createStyleableFontProperty(this, "font", "-fx-font", c -> c.font, Font.getDefault(), true);

    protected final SharpCanvas canvas = new SharpCanvas(this::requestLayout);

    ArchCanvas() {
        getChildren().add(canvas);
        for (StyleableProperty<Color> colour : List.of(ink, muted, positive, negative, plane, highlight)) {
            ((ObservableValue<?>) colour).addListener(obs -> repaint());
        }
        ((ObservableValue<?>) font).addListener(obs -> repaint());
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.resizeTo(w, h)) {
            repaint();
        }
    }

    /** Paints again at the current size. */
    protected final void repaint() {
        if (canvas.logicalWidth() > 0 && canvas.logicalHeight() > 0) {
            paint();
        }
    }

    protected abstract void paint();

    /** The inherited font's family at the given size and weight. */
    protected Font font(double size, FontWeight weight) {
        return Font.font(font.getValue().getFamily(), weight, size);
    }

    protected Color ink() {
        return ink.getValue();
    }

    protected Color muted() {
        return muted.getValue();
    }

    protected Color plane() {
        return plane.getValue();
    }

    protected Color highlight() {
        return highlight.getValue();
    }

    /**
     * The colour of {@code value} on a diverging scale: the plane colour at 0, shading to the positive colour at
     * {@code +max} and the negative colour at {@code -max}.
     */
    protected Color diverging(double value, double max) {
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

package org.convscope.view.receptive;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import org.convscope.view.control.SharpCanvas;

/**
 * A resizable canvas whose colours come from the stylesheet ({@code -rf-plane}, {@code -rf-grid},
 * {@code -rf-region}, {@code -rf-selected}, {@code -rf-cone}, {@code -rf-heat}), so drawing code holds no colour.
 * Subclasses paint in {@link #paint()}, called after a resize or a colour change; they ask for it with
 * {@link #repaint()} when their data changes.
 */
abstract class PaintedCanvas extends Region {

    private static final StyleablePropertyFactory<PaintedCanvas> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> plane =
            CSS.createStyleableColorProperty(this, "plane", "-rf-plane", c -> c.plane, Color.WHITE);
    private final StyleableProperty<Color> grid =
            CSS.createStyleableColorProperty(this, "grid", "-rf-grid", c -> c.grid, Color.LIGHTGRAY);
    private final StyleableProperty<Color> region =
            CSS.createStyleableColorProperty(this, "region", "-rf-region", c -> c.region, Color.LIGHTBLUE);
    private final StyleableProperty<Color> selected =
            CSS.createStyleableColorProperty(this, "selected", "-rf-selected", c -> c.selected, Color.BLUE);
    private final StyleableProperty<Color> cone =
            CSS.createStyleableColorProperty(this, "cone", "-rf-cone", c -> c.cone, Color.BLUE);
    private final StyleableProperty<Color> heat =
            CSS.createStyleableColorProperty(this, "heat", "-rf-heat", c -> c.heat, Color.RED);

    protected final SharpCanvas canvas = new SharpCanvas(this::requestLayout);

    PaintedCanvas() {
        getChildren().add(canvas);
        for (StyleableProperty<Color> colour : List.of(plane, grid, region, selected, cone, heat)) {
            ((ObservableValue<?>) colour).addListener(obs -> coloursChanged());
        }
    }

    /** Called when a colour changes, before the repaint; caches built from the colours are rebuilt here. */
    protected void coloursChanged() {
        repaint();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.resizeTo(w, h)) {
            paint();
        }
    }

    /** Paints again at the current size. */
    protected final void repaint() {
        if (canvas.logicalWidth() > 0 && canvas.logicalHeight() > 0) {
            paint();
        }
    }

    protected abstract void paint();

    protected Color planeColor() {
        return plane.getValue();
    }

    protected Color gridColor() {
        return grid.getValue();
    }

    protected Color regionColor() {
        return region.getValue();
    }

    protected Color selectedColor() {
        return selected.getValue();
    }

    protected Color coneColor() {
        return cone.getValue();
    }

    protected Color heatColor() {
        return heat.getValue();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}

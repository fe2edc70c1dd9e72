package org.convscope.view.control;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Scale;

/**
 * A canvas that stays sharp when its node is scaled up (the presenter's zoom): it holds {@code density} times as
 * many pixels as its size in layout units and shrinks itself back by 1 / density, so a zoom of 3 shows each
 * canvas pixel as one screen pixel rather than a 3 x 3 blur. Drawing code works in layout units through
 * {@link #graphics()}; pointer events on the owner (not on this canvas) arrive in layout units as well.
 *
 * <p>The density is the scale between this node and the scene ({@code localToSceneTransform}'s x scale, at least
 * 1); the window's own HiDPI scale is applied by JavaFX on top. When it changes, {@code onDensityChange} is told,
 * so the owner lays out and paints again.
 */
public final class SharpCanvas extends Canvas {

    private final Scale shrink = new Scale(1, 1, 0, 0);
    private double density = 1;
    private double logicalWidth;
    private double logicalHeight;

    public SharpCanvas(Runnable onDensityChange) {
        getTransforms().add(shrink);
        localToSceneTransformProperty().addListener(obs -> {
            // Read again, or the property stays invalid and tells of no further change.
            getLocalToSceneTransform();
            if (Math.abs(sceneDensity() - density) > 1e-6) {
                onDensityChange.run();
            }
        });
    }

    /** The scale of the scene at this canvas's parent: the zoom, 1 without one. */
    public double sceneDensity() {
        return getParent() == null ? 1 : Math.max(1, getParent().getLocalToSceneTransform().getMxx());
    }

    /**
     * Sizes the canvas to {@code width} x {@code height} layout units at the scene's density.
     *
     * @return whether anything changed, so the owner knows to paint again
     */
    public boolean resizeTo(double width, double height) {
        double d = sceneDensity();
        if (width == logicalWidth && height == logicalHeight && d == density) {
            return false;
        }
        logicalWidth = width;
        logicalHeight = height;
        density = d;
        setWidth(Math.ceil(width * d));
        setHeight(Math.ceil(height * d));
        shrink.setX(1 / d);
        shrink.setY(1 / d);
        return true;
    }

    /** The graphics context with layout units as drawing units. */
    public GraphicsContext graphics() {
        GraphicsContext g = getGraphicsContext2D();
        g.setTransform(density, 0, 0, density, 0, 0);
        return g;
    }

    public double logicalWidth() {
        return logicalWidth;
    }

    public double logicalHeight() {
        return logicalHeight;
    }

    /** Canvas pixels per layout unit. */
    public double density() {
        return density;
    }
}

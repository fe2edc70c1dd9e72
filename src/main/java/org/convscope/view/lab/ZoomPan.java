package org.convscope.view.lab;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The zoom and pan that the original and the result share, so that both show the same part of the picture.
 * Kept in picture fractions rather than pixels because the result is usually smaller than the original (valid
 * padding, stride, pooling): the centre {@code (0.5, 0.5)} is the middle of either picture.
 *
 * <p>A pane showing a {@code w x h} picture in a {@code W x H} area draws it at the scale
 * {@code s = zoom * min(W / w, H / h)}, with picture point {@code (centreX * w, centreY * h)} at the middle of
 * the area; {@code zoom = 1} fits the whole picture.
 */
final class ZoomPan {

    /** One wheel notch or key press; four presses double the scale twice over (1.25^4 ≈ 2.4). */
    static final double STEP = 1.25;
    /** Smaller than this the picture would be a stamp in the middle of the pane. */
    static final double MIN_ZOOM = 0.25;
    /** Enough for a 4000-pixel-wide photo to show single pixels as large blocks on a projector. */
    static final double MAX_ZOOM = 512;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final DoubleProperty centreX = new SimpleDoubleProperty(this, "centreX", 0.5);
    private final DoubleProperty centreY = new SimpleDoubleProperty(this, "centreY", 0.5);

    /** Zoom relative to "fit the picture in the pane". */
    DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The picture fraction (0 left edge, 1 right edge) shown at the middle of the pane. */
    DoubleProperty centreXProperty() {
        return centreX;
    }

    DoubleProperty centreYProperty() {
        return centreY;
    }

    double zoom() {
        return zoom.get();
    }

    double centreX() {
        return centreX.get();
    }

    double centreY() {
        return centreY.get();
    }

    void zoomIn() {
        zoomAbout(STEP, centreX(), centreY());
    }

    void zoomOut() {
        zoomAbout(1 / STEP, centreX(), centreY());
    }

    /** Back to the whole picture, centred. */
    void fit() {
        zoom.set(1);
        centreX.set(0.5);
        centreY.set(0.5);
    }

    /** The zoom at which one picture pixel covers one screen pixel, for a picture shown at {@code fitScale} when zoom is 1. */
    void actualPixels(double fitScale) {
        zoom.set(clamp(1 / fitScale, MIN_ZOOM, MAX_ZOOM));
    }

    /**
     * Multiplies the zoom by {@code factor} keeping the picture point {@code (fx, fy)} (fractions) where it is on
     * screen, as a scroll wheel over that point should: {@code c' = f - (f - c) / factor}.
     */
    void zoomAbout(double factor, double fx, double fy) {
        double next = clamp(zoom() * factor, MIN_ZOOM, MAX_ZOOM);
        double applied = next / zoom();
        zoom.set(next);
        moveTo(fx - (fx - centreX()) / applied, fy - (fy - centreY()) / applied);
    }

    /** Moves the view by a fraction of the picture; the centre stays on the picture. */
    void panBy(double dx, double dy) {
        moveTo(centreX() + dx, centreY() + dy);
    }

    private void moveTo(double x, double y) {
        centreX.set(clamp(x, 0, 1));
        centreY.set(clamp(y, 0, 1));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}

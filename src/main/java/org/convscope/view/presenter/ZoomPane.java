package org.convscope.view.presenter;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows its content {@code zoom} times larger: the content is laid out in a box of (width / zoom) x
 * (height / zoom) and scaled up to fill this pane, so every view re-flows for the smaller box exactly as in a
 * smaller window, and text, borders and canvases grow together.
 *
 * <p>The box is never smaller than the smallest window the views are designed for, nor than the content's own
 * minimum: below that a view would squeeze its grids and wrap its words letter by letter. Then this pane asks for
 * more room than the window has, and the window scrolls (as a browser does at a high zoom) rather than crush.
 *
 * <p>Text and shapes are drawn at the scaled size by JavaFX; a canvas would show its pixels zoom times wider,
 * so the canvases are {@link org.convscope.view.control.SharpCanvas}es that hold zoom x as many pixels.
 */
public final class ZoomPane extends Region {

    private final Parent content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);

    private final double smallestWidth;
    private final double smallestHeight;

    /**
     * @param smallestWidth  the narrowest box, in layout units, the content is laid out in
     * @param smallestHeight the lowest box, in layout units, the content is laid out in
     */
    public ZoomPane(Parent content, double smallestWidth, double smallestHeight) {
        this.content = content;
        this.smallestWidth = smallestWidth;
        this.smallestHeight = smallestHeight;
        content.getTransforms().add(scale);
        getChildren().add(content);
        zoom.addListener(obs -> requestLayout());
    }

    /** How much larger everything is drawn: 1 is 100%, 3 is 300% (the settings keep it within 1 to 3). */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }

    public Parent content() {
        return content;
    }

    @Override
    protected double computeMinWidth(double height) {
        return layoutWidth() * zoom.get();
    }

    @Override
    protected double computeMinHeight(double width) {
        return layoutHeight(layoutWidth()) * zoom.get();
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) * zoom.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) * zoom.get();
    }

    @Override
    protected void layoutChildren() {
        double factor = zoom.get();
        scale.setX(factor);
        scale.setY(factor);
        double width = Math.max(getWidth() / factor, layoutWidth());
        content.resizeRelocate(0, 0, width, Math.max(getHeight() / factor, layoutHeight(width)));
    }

    /** The narrowest the content may be laid out: the designed smallest window or the content's minimum. */
    private double layoutWidth() {
        return Math.max(smallestWidth, content.minWidth(-1));
    }

    private double layoutHeight(double width) {
        return Math.max(smallestHeight, content.minHeight(width));
    }
}

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
 * <p>Text and shapes are drawn at the scaled size by JavaFX; a canvas would show its pixels zoom times wider,
 * so the canvases are {@link org.convscope.view.control.SharpCanvas}es that hold zoom x as many pixels.
 */
public final class ZoomPane extends Region {

    private final Parent content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);

    public ZoomPane(Parent content) {
        this.content = content;
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
        return content.minWidth(-1) * zoom.get();
    }

    @Override
    protected double computeMinHeight(double width) {
        return content.minHeight(-1) * zoom.get();
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
        content.resizeRelocate(0, 0, getWidth() / factor, getHeight() / factor);
    }
}

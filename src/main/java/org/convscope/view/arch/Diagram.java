package org.convscope.view.arch;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;

/**
 * A drawing made of nodes placed in fixed logical coordinates (boxes are labels, edges are lines), scaled as a whole
 * to the width it is given and never above {@value #MAX_SCALE}, so text and lines keep their proportions from a
 * 1280x720 projector to a 1920x1080 one. Its height follows its width (content bias horizontal). Colours and fonts
 * come from the stylesheet through the style classes of the nodes.
 */
final class Diagram extends Region {

    /** Beyond this the drawing would only grow its fonts past what a slide needs. */
    static final double MAX_SCALE = 1.2;

    private final Pane content = new Pane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private double logicalWidth = 1;
    private double logicalHeight = 1;

    Diagram(String id) {
        setId(id);
        getStyleClass().add(BlockStyles.DIAGRAM);
        content.getTransforms().add(scale);
        content.setManaged(false);
        getChildren().add(content);
        setMinWidth(320);
    }

    /** Replaces the drawing by {@code nodes} placed in a {@code width} x {@code height} logical area. */
    void draw(double width, double height, List<? extends Node> nodes) {
        logicalWidth = width;
        logicalHeight = height;
        content.getChildren().setAll(nodes);
        content.resize(width, height);
        requestLayout();
    }

    /** The nodes drawn, for tests: what a person sees. */
    List<Node> drawn() {
        return List.copyOf(content.getChildren());
    }

    private double scaleFor(double width) {
        return Math.min(MAX_SCALE, width / logicalWidth);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return logicalWidth + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? logicalWidth : width - snappedLeftInset() - snappedRightInset();
        return logicalHeight * scaleFor(inner) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double s = scaleFor(width);
        scale.setX(s);
        scale.setY(s);
        content.resize(logicalWidth, logicalHeight);
        // Centred across the width it is given when capped at the largest scale.
        content.relocate(snappedLeftInset() + Math.max(0, (width - logicalWidth * s) / 2), snappedTopInset());
    }

    /** A box: a label of a fixed size with its text centred, styled by {@code styleClasses}. */
    static Label box(double x, double y, double width, double height, String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().add(BlockStyles.BOX);
        label.getStyleClass().addAll(styleClasses);
        label.setAlignment(Pos.CENTER);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        fix(label, width, height);
        label.relocate(x, y);
        return label;
    }

    /** Text centred on ({@code cx}, {@code cy}) in a {@code width}-wide, {@code height}-high area. */
    static Label text(double cx, double cy, double width, double height, String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setAlignment(Pos.CENTER);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setWrapText(true);
        fix(label, width, height);
        label.relocate(cx - width / 2, cy - height / 2);
        return label;
    }

    /** Text starting at ({@code x}, {@code cy}), left-aligned, vertically centred. */
    static Label leftText(double x, double cy, double width, double height, String text, String... styleClasses) {
        Label label = text(x + width / 2, cy, width, height, text, styleClasses);
        label.setAlignment(Pos.CENTER_LEFT);
        label.setTextAlignment(TextAlignment.LEFT);
        return label;
    }

    private static void fix(Region region, double width, double height) {
        region.setMinSize(width, height);
        region.setPrefSize(width, height);
        region.setMaxSize(width, height);
    }

    /** A line from (x1, y1) to (x2, y2) with an arrowhead at the end; the nodes are returned in drawing order. */
    static List<Node> arrow(double x1, double y1, double x2, double y2, String styleClass) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().addAll(BlockStyles.EDGE, styleClass);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double size = 9;
        Polygon head = new Polygon(
                x2, y2,
                x2 - size * Math.cos(angle - 0.4), y2 - size * Math.sin(angle - 0.4),
                x2 - size * Math.cos(angle + 0.4), y2 - size * Math.sin(angle + 0.4));
        head.getStyleClass().addAll(BlockStyles.ARROW_HEAD, styleClass);
        List<Node> nodes = new ArrayList<>(2);
        nodes.add(line);
        nodes.add(head);
        return nodes;
    }

    /** A line without an arrowhead. */
    static Line line(double x1, double y1, double x2, double y2, String styleClass) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().addAll(BlockStyles.EDGE, styleClass);
        return line;
    }
}

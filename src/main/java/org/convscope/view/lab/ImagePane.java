package org.convscope.view.lab;

import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * A picture on a canvas, zoomed and panned by a {@link ZoomPan} it may share with other panes: scroll to zoom
 * about the pointer, drag to pan. Optionally a second picture lies over the first, covering it left of a split
 * line ({@link #splitProperty()}, 0 to 1 of the width): the result over the original.
 *
 * <p>Enlarged pictures are drawn without smoothing, so each pixel is a sharp block whose colour is the pixel's:
 * that is what a person inspecting single pixels wants, and what the UI tests read back from a snapshot.
 *
 * <p>Pointer: {@link #setOnPixelHover} gets the pixel of the top picture under the pointer, (-1, -1) off it;
 * {@link #setOnPixelClick} gets a clicked pixel (a press and release without a drag).
 */
final class ImagePane extends Region {

    /** Receives a pixel position (column x, row y) of the top picture. */
    interface PixelAction {
        void at(int x, int y);
    }

    private final Canvas canvas = new Canvas();
    /*
     * The split line is two nodes over the canvas, a wide shadow under a thin line, so that their colours come
     * from the theme in app.css and show on any picture.
     */
    private final Line splitShadow = splitLine(LabStyles.SPLIT_SHADOW);
    private final Line splitLine = splitLine(LabStyles.SPLIT_LINE);
    private final ZoomPan view;
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>(this, "image");
    private final ObjectProperty<Image> overlay = new SimpleObjectProperty<>(this, "overlay");
    private final DoubleProperty split = new SimpleDoubleProperty(this, "split", 0.5);
    private PixelAction onHover;
    private PixelAction onClick;
    private double dragX;
    private double dragY;
    private int hoverX = -1;
    private int hoverY = -1;

    ImagePane(ZoomPan view) {
        this.view = view;
        getStyleClass().add(LabStyles.IMAGE_PANE);
        getChildren().addAll(canvas, splitShadow, splitLine);
        setMinSize(80, 80);
        setCursor(Cursor.CROSSHAIR);
        for (Observable o : new Observable[] {image, overlay, split, view.zoomProperty(), view.centreXProperty(),
                view.centreYProperty()}) {
            o.addListener(obs -> paint());
        }
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && onClick != null) {
                int[] p = pixelAt(e.getX(), e.getY());
                if (p != null) {
                    onClick.at(p[0], p[1]);
                }
            }
        });
    }

    private static Line splitLine(String styleClass) {
        Line line = new Line();
        line.getStyleClass().add(styleClass);
        line.setManaged(false);
        line.setMouseTransparent(true);
        line.setVisible(false);
        return line;
    }

    /** The picture underneath (the original in split mode). */
    ObjectProperty<Image> imageProperty() {
        return image;
    }

    /** The picture on top, left of the split line; null for none. */
    ObjectProperty<Image> overlayProperty() {
        return overlay;
    }

    DoubleProperty splitProperty() {
        return split;
    }

    void setOnPixelHover(PixelAction action) {
        onHover = action;
    }

    void setOnPixelClick(PixelAction action) {
        onClick = action;
    }

    /** The canvas, for pixel tests. */
    Canvas canvas() {
        return canvas;
    }

    /** The picture the pointer inspects: the top one. */
    private Image top() {
        return overlay.get() != null ? overlay.get() : image.get();
    }

    /** Scale of the underneath picture when the zoom is 1 (fitting the pane). */
    double fitScale() {
        Image base = image.get() != null ? image.get() : top();
        if (base == null || base.getWidth() == 0 || base.getHeight() == 0) {
            return 1;
        }
        return Math.min(canvas.getWidth() / base.getWidth(), canvas.getHeight() / base.getHeight());
    }

    /**
     * Where the underneath picture is drawn: {x, y, width, height} in canvas pixels. The top picture is
     * stretched over the same rectangle, so that a point of the scene lies at the same place in both.
     */
    double[] pictureRect() {
        Image base = image.get() != null ? image.get() : top();
        if (base == null) {
            return null;
        }
        double s = fitScale() * view.zoom();
        double w = base.getWidth() * s;
        double h = base.getHeight() * s;
        // Whole pixels, so that at 1:1 a picture pixel lands on exactly one screen pixel.
        double x = Math.round(canvas.getWidth() / 2 - view.centreX() * w);
        double y = Math.round(canvas.getHeight() / 2 - view.centreY() * h);
        return new double[] {x, y, w, h};
    }

    /** Centre of pixel (x, y) of the top picture, in this pane's coordinates; for tests. */
    double[] pixelCentre(int x, int y) {
        double[] r = pictureRect();
        Image t = top();
        return new double[] {canvas.getLayoutX() + r[0] + (x + 0.5) * r[2] / t.getWidth(),
                canvas.getLayoutY() + r[1] + (y + 0.5) * r[3] / t.getHeight()};
    }

    /** The pixel {x, y} of the top picture at canvas point (cx, cy), or null off the picture. */
    private int[] pixelAt(double cx, double cy) {
        double[] r = pictureRect();
        Image t = top();
        if (r == null || t == null || Double.isNaN(cx)) {
            return null;
        }
        int x = (int) Math.floor((cx - r[0]) / r[2] * t.getWidth());
        int y = (int) Math.floor((cy - r[1]) / r[3] * t.getHeight());
        return x >= 0 && y >= 0 && x < t.getWidth() && y < t.getHeight() ? new int[] {x, y} : null;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            paint();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double[] r = pictureRect();
        boolean splitShown = r != null && overlay.get() != null && image.get() != null;
        splitShadow.setVisible(splitShown);
        splitLine.setVisible(splitShown);
        if (r == null) {
            return;
        }
        if (image.get() != null) {
            draw(g, image.get(), r, canvas.getWidth());
        }
        if (overlay.get() != null) {
            double line = Math.round(canvas.getWidth() * split.get());
            draw(g, overlay.get(), r, line);
            for (Line node : new Line[] {splitShadow, splitLine}) {
                double x = canvas.getLayoutX() + line + 0.5;
                node.setStartX(x);
                node.setEndX(x);
                node.setStartY(canvas.getLayoutY());
                node.setEndY(canvas.getLayoutY() + canvas.getHeight());
            }
        }
    }

    /**
     * Draws the part of {@code picture} that is visible left of {@code right}, stretched over {@code rect};
     * only that part, so a 512x zoom of a large photo draws a few pixels, not a huge rectangle.
     */
    private void draw(GraphicsContext g, Image picture, double[] rect, double right) {
        double sx = rect[2] / picture.getWidth();
        double sy = rect[3] / picture.getHeight();
        double x0 = Math.max(0, Math.floor(-rect[0] / sx));
        double y0 = Math.max(0, Math.floor(-rect[1] / sy));
        double x1 = Math.min(picture.getWidth(), Math.ceil((right - rect[0]) / sx));
        double y1 = Math.min(picture.getHeight(), Math.ceil((canvas.getHeight() - rect[1]) / sy));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(0, 0, right, canvas.getHeight());
        g.clip();
        // Smoothing only helps a shrunk picture; an enlarged one shows its pixels as blocks.
        g.setImageSmoothing(sx < 1);
        g.drawImage(picture, x0, y0, x1 - x0, y1 - y0,
                rect[0] + x0 * sx, rect[1] + y0 * sy, (x1 - x0) * sx, (y1 - y0) * sy);
        g.restore();
    }

    private void onScroll(ScrollEvent e) {
        double[] r = pictureRect();
        if (r == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? ZoomPan.STEP : 1 / ZoomPan.STEP;
        view.zoomAbout(factor, (e.getX() - r[0]) / r[2], (e.getY() - r[1]) / r[3]);
        e.consume();
    }

    private void onDrag(MouseEvent e) {
        double[] r = pictureRect();
        if (r == null) {
            return;
        }
        view.panBy(-(e.getX() - dragX) / r[2], -(e.getY() - dragY) / r[3]);
        dragX = e.getX();
        dragY = e.getY();
        e.consume();
    }

    private void hover(double cx, double cy) {
        int[] p = pixelAt(cx, cy);
        int x = p == null ? -1 : p[0];
        int y = p == null ? -1 : p[1];
        if (x == hoverX && y == hoverY) {
            return;
        }
        hoverX = x;
        hoverY = y;
        if (onHover != null) {
            onHover.at(x, y);
        }
    }
}

package org.convscope.view;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

/**
 * Pictures of what a view shows, for slides and notes: a node drawn at 1x or 2x its size on screen, and its pixels
 * as ARGB for the image writers of {@code io} (PNG, animated GIF). Call on the JavaFX thread.
 *
 * <p>The scale is a transform on the snapshot, not a zoom of the window: at 2x every line and letter is drawn
 * again with twice the pixels (sharp on a 4K projector), and the picture is exactly twice as wide and high as at 1x.
 */
public final class ViewExport {

    /** The scales offered: as on screen, and doubled for high-resolution slides. */
    public static final int MAX_SCALE = 2;

    private ViewExport() {
    }

    /**
     * The node drawn at {@code scale}: {@code ceil(width) * scale} by {@code ceil(height) * scale} pixels, where
     * width and height are the node's layout size, on the white of a slide.
     */
    public static WritableImage snapshot(Node node, int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("a picture can be exported at 1x or 2x, not " + scale + "x");
        }
        Bounds bounds = node.getLayoutBounds();
        int width = (int) Math.ceil(bounds.getWidth());
        int height = (int) Math.ceil(bounds.getHeight());
        if (width < 1 || height < 1) {
            throw new IllegalStateException("the view has no size yet (" + width + "x" + height
                    + "); show it before exporting it");
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        // A snapshot draws the node where it sits in its parent, then scales: the viewport is in those scaled
        // coordinates, so that the picture is exactly scale times the size at 1x.
        Point2D origin = node.localToParent(bounds.getMinX(), bounds.getMinY());
        parameters.setViewport(new Rectangle2D(origin.getX() * scale, origin.getY() * scale,
                width * scale, height * scale));
        return node.snapshot(parameters, new WritableImage(width * scale, height * scale));
    }

    /** The pixels of {@code image}, row by row, as 0xAARRGGBB. */
    public static int[] argb(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return pixels;
    }
}

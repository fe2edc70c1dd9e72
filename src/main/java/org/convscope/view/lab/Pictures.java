package org.convscope.view.lab;

import java.nio.IntBuffer;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Conversions between the view-model's ARGB arrays (row-major, width x height) and JavaFX images. */
final class Pictures {

    private Pictures() {
    }

    /** An image of {@code argb}, copied (the array may be reused by its owner). */
    static WritableImage image(int width, int height, int[] argb) {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }

    /** The pixels of {@code image} as non-premultiplied ARGB, row-major; null when the image has no pixels to read. */
    static int[] argb(Image image) {
        PixelReader reader = image.getPixelReader();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        if (reader == null || width == 0 || height == 0) {
            return null;
        }
        IntBuffer pixels = IntBuffer.allocate(width * height);
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, width);
        return pixels.array();
    }

    /** The opaque colour of a 0xAARRGGBB value, its alpha ignored (the colour scales are opaque). */
    static Color colour(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
    }
}

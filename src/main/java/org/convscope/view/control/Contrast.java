package org.convscope.view.control;

import javafx.scene.paint.Color;

/** Which of two inks reads better on a fill, by the WCAG 2 contrast ratio. */
final class Contrast {

    private Contrast() {
    }

    /** {@code dark} or {@code light}, whichever has the larger contrast ratio with {@code fill}. */
    static Color betterInk(Color fill, Color dark, Color light) {
        double l = luminance(fill);
        return ratio(luminance(light), l) > ratio(luminance(dark), l) ? light : dark;
    }

    /** The contrast ratio (L1 + 0.05) / (L2 + 0.05), L1 the relative luminance of the lighter colour. */
    static double ratio(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B of the linear components (WCAG 2). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** The sRGB transfer function undone: (c + 0.055) / 1.055 raised to 2.4, linear below 0.04045. */
    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

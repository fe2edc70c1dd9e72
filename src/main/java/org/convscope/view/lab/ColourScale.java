package org.convscope.view.lab;

/** The colour a value gets in the picture shown (opaque 0xAARRGGBB), as the legend and histogram draw it. */
@FunctionalInterface
interface ColourScale {

    int argb(double value);
}

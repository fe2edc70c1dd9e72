package org.convscope.viewmodel.lab;

/**
 * The image open in the lab, as the view shows it.
 *
 * @param name     the file or sample name, for the title and messages
 * @param width    pixels across
 * @param height   pixels down
 * @param channels 1 for a gray image, 3 for colour (what the convolution sees in per-channel and sum modes)
 * @param argb     width * height opaque colours 0xAARRGGBB, row-major; shared, not copied: do not modify
 */
public record LabImage(String name, int width, int height, int channels, int[] argb) {

    public LabImage {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an image needs a name");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs at least one pixel, not " + width + "x" + height);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("an image is gray (1 channel) or colour (3), not " + channels);
        }
        if (argb == null || argb.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " image needs " + (long) width * height
                    + " pixels, not " + (argb == null ? 0 : argb.length));
        }
    }
}

package org.convscope.io;

/** How many channels an image becomes when loaded. */
public enum ColorMode {
    /** One channel of luma (ITU-R BT.601: 0.299 R + 0.587 G + 0.114 B), or the gray values of a gray image. */
    GRAY(1),
    /** Three channels R, G, B; a gray image repeats its values in all three. */
    RGB(3);

    private final int channels;

    ColorMode(int channels) {
        this.channels = channels;
    }

    /** Number of tensor channels this mode produces. */
    public int channels() {
        return channels;
    }
}

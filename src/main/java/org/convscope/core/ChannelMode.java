package org.convscope.core;

/** How a filter bank treats the colour channels of an image. */
public enum ChannelMode {
    /** The image is turned gray first; each kernel gives one output channel. */
    GRAY,
    /** Each kernel runs on each colour channel separately (RGB stays RGB): kernels x channels outputs. */
    EACH,
    /** Each kernel becomes a k x k x C filter that sums over the channels, as a CNN layer does: one output each. */
    SUM
}

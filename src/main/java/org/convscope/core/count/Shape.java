package org.convscope.core.count;

/** The shape of a feature map: channels x height x width, written "CxHxW" as everywhere in ConvScope. */
public record Shape(int channels, int height, int width) {

    public Shape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("a feature map needs at least one channel, row and column, not "
                    + channels + "x" + height + "x" + width);
        }
    }

    /** Number of values: C * H * W. */
    public long size() {
        return (long) channels * height * width;
    }

    @Override
    public String toString() {
        return channels + "x" + height + "x" + width;
    }
}

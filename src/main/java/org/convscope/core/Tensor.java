package org.convscope.core;

import java.util.Arrays;

/**
 * A dense float tensor of shape channels x height x width, stored row-major in CHW order:
 * element (c, y, x) lives at {@code data[(c * height + y) * width + x]}.
 * The array is shared, not copied: {@link #data()} gives direct access for engines.
 */
public final class Tensor {

    private final int channels;
    private final int height;
    private final int width;
    private final float[] data;

    /** Wraps {@code data} (not copied) as a channels x height x width tensor. */
    public Tensor(int channels, int height, int width, float[] data) {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("a tensor needs at least one channel, row and column, not "
                    + channels + "x" + height + "x" + width);
        }
        long size = (long) channels * height * width;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + channels + "x" + height + "x" + width
                    + " tensor has more elements than one Java array can hold");
        }
        if (data.length != size) {
            throw new IllegalArgumentException("a " + channels + "x" + height + "x" + width + " tensor needs "
                    + size + " values, not " + data.length);
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.data = data;
    }

    /** A new tensor of zeros. */
    public static Tensor zeros(int channels, int height, int width) {
        return new Tensor(channels, height, width, new float[Math.multiplyExact(Math.multiplyExact(channels, height), width)]);
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** The backing array in CHW order; writes to it change this tensor. */
    public float[] data() {
        return data;
    }

    /** Number of elements: channels * height * width. */
    public int size() {
        return data.length;
    }

    /** Height * width: the stride between channels in {@link #data()}. */
    public int planeSize() {
        return height * width;
    }

    public float get(int c, int y, int x) {
        return data[index(c, y, x)];
    }

    public void set(int c, int y, int x, float value) {
        data[index(c, y, x)] = value;
    }

    /** Position of (c, y, x) in {@link #data()}. */
    public int index(int c, int y, int x) {
        return (c * height + y) * width + x;
    }

    /** True when the other tensor has the same channels, height and width. */
    public boolean sameShape(Tensor other) {
        return channels == other.channels && height == other.height && width == other.width;
    }

    /** A deep copy. */
    public Tensor copy() {
        return new Tensor(channels, height, width, data.clone());
    }

    /** "CxHxW", as the shape is written throughout ConvScope. */
    public String shape() {
        return channels + "x" + height + "x" + width;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && sameShape(t) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * channels + height) + width) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor " + shape();
    }
}

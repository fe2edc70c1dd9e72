package org.convscope.viewmodel.lab;

import java.util.Arrays;

/**
 * One kernel of the lab's filter bank as the view lists and edits it: {@code rows x cols} weights, row-major
 * (weight (r, c) is {@code values[r * cols + c]}), written for cross-correlation as the core applies them.
 * The weights are copied in and out, so an item never changes once made.
 */
public record KernelItem(String name, int rows, int cols, float[] values) {

    public KernelItem {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a kernel needs a name");
        }
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a kernel needs at least one row and one column, not " + rows + "x"
                    + cols);
        }
        if (values == null || values.length != rows * cols) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " kernel needs " + rows * cols
                    + " weights, not " + (values == null ? 0 : values.length));
        }
        values = values.clone();
    }

    /** A copy of the weights, row-major. */
    @Override
    public float[] values() {
        return values.clone();
    }

    /** Weight at row {@code r}, column {@code c} (both from 0). */
    public float weight(int r, int c) {
        return values[r * cols + c];
    }

    /** Sum of the weights, in double: {@code sum_i w_i}. */
    public double sum() {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KernelItem k && name.equals(k.name) && rows == k.rows && cols == k.cols
                && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * name.hashCode() + rows) + cols) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return name + " " + rows + "x" + cols + " " + Arrays.toString(values);
    }
}

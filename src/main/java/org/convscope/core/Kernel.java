package org.convscope.core;

import java.util.Arrays;
import java.util.Locale;

/**
 * A named 2-D kernel of {@code rows x cols} weights stored row-major: weight (r, c) is {@code values[r * cols + c]}.
 * ConvScope slides kernels as cross-correlation (as CNN layers, OpenCV's {@code filter2D} and scikit-image do):
 * {@code out(y, x) = sum_{r,c} w(r, c) * in(y + r, x + c)}, so the matrix is applied exactly as written.
 * {@link #flipped()} gives the kernel that makes this a true convolution.
 *
 * <p>The weights are copied in and out, so a kernel never changes once made.
 */
public record Kernel(String name, String description, int rows, int cols, float[] values) {

    /** Largest height or width of any kernel. */
    public static final int MAX_SIZE = 63;

    public Kernel {
        if (name == null || name.isBlank()) {
            throw Refusal.of("kernel.noName");
        }
        description = description == null ? "" : description;
        if (rows < 1 || cols < 1) {
            throw Refusal.of("kernel.empty", name, rows, cols);
        }
        if (rows > MAX_SIZE || cols > MAX_SIZE) {
            throw Refusal.of("kernel.tooLarge", name, rows, cols, MAX_SIZE);
        }
        if (values == null || values.length != rows * cols) {
            throw Refusal.of("kernel.weightCount", rows, cols, rows * cols, values == null ? 0 : values.length);
        }
        values = values.clone();
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw Refusal.of("kernel.notFinite", values[i], i / cols + 1, i % cols + 1, name);
            }
        }
    }

    /** "row 2 has 1 value but row 1 has 3; every row needs the same number". */
    static Refusal raggedRow(int row, int values, int firstRowValues) {
        return Refusal.of(values == 1 ? "kernel.ragged.one" : "kernel.ragged", row, values, firstRowValues);
    }

    /** A kernel from its rows, each row an array of the same length; handy for writing published matrices. */
    public static Kernel of(String name, String description, float[]... rows) {
        int cols = rows[0].length;
        float[] values = new float[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw raggedRow(r + 1, rows[r].length, cols);
            }
            System.arraycopy(rows[r], 0, values, r * cols, cols);
        }
        return new Kernel(name, description, rows.length, cols, values);
    }

    /** A copy of the weights, row-major. */
    @Override
    public float[] values() {
        return values.clone();
    }

    /** Weight at row {@code r}, column {@code c} (both from 0). */
    public float get(int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            throw new IndexOutOfBoundsException("(" + r + ", " + c + ") is outside the " + rows + "x" + cols
                    + " kernel " + name);
        }
        return values[r * cols + c];
    }

    /** Sum of the weights, accumulated in double: {@code sum_i w_i}. */
    public double sum() {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    /** Number of weights, {@code rows * cols}: the parameters of this kernel without a bias. */
    public int paramCount() {
        return values.length;
    }

    /**
     * The kernel scaled so its weights sum to 1: {@code w'_i = w_i / sum_j w_j}. Blurs keep the image's
     * brightness only when normalised. Refused when the weights sum to 0 (edge detectors), since there is
     * nothing to divide by.
     */
    public Kernel normalised() {
        double sum = sum();
        double magnitude = 0;
        for (float v : values) {
            magnitude += Math.abs(v);
        }
        // Weights such as 0.1 * 10 do not sum to exactly 0 in floating point: compare with the weights' size.
        if (Math.abs(sum) <= 1e-6 * magnitude) {
            throw Refusal.of("kernel.sumZero", name);
        }
        float[] scaled = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = (float) (values[i] / sum);
        }
        return new Kernel(name, description, rows, cols, scaled);
    }

    /**
     * The kernel rotated 180 degrees: {@code w'(r, c) = w(rows-1-r, cols-1-c)}. Cross-correlating with the
     * flipped kernel is the textbook convolution with the original one.
     */
    public Kernel flipped() {
        float[] rotated = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            rotated[values.length - 1 - i] = values[i];
        }
        return new Kernel(name + " (flipped)", description, rows, cols, rotated);
    }

    /** The weights as rows "a b c; d e f", the form the parser reads back. */
    public String matrixText() {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                text.append("; ");
            }
            for (int c = 0; c < cols; c++) {
                if (c > 0) {
                    text.append(' ');
                }
                float v = values[r * cols + c];
                text.append(v == Math.rint(v) ? Integer.toString((int) v) : String.format(Locale.ROOT, "%.6g", v));
            }
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kernel k && name.equals(k.name) && description.equals(k.description)
                && rows == k.rows && cols == k.cols && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * name.hashCode() + rows) + cols) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return name + " " + rows + "x" + cols + " [" + matrixText() + "]";
    }
}

package org.convscope.core;

import java.math.BigDecimal;
import java.util.function.IntUnaryOperator;

/**
 * Which input cells each output cell of a convolution reads, and the reverse: the one place that works out
 * windows for the step-by-step animator and the pixel inspector.
 *
 * <p>Output cells are numbered row-major ({@code outIndex = outY * outW + outX}) and so are the taps of a window
 * ({@code tap = ky * kW + kx}). Tap (ky, kx) of output (outY, outX) reads input cell
 * <pre>  (windowTop(outY) + ky d, windowLeft(outX) + kx d)</pre>
 * in input coordinates, which may lie in the padding (negative, or past the last row or column).
 * As in every CNN framework the kernel is not flipped (a cross-correlation):
 * <pre>  out(y, x) = sum over ky, kx of kernel(ky, kx) * in(y s - pTop + ky d, x s - pLeft + kx d)</pre>
 * with padding cells reading 0.
 *
 * <p>Rows and columns are independent, so the schedule keeps one small table per axis and answers every query
 * from them: nothing is allocated per query except where a method says so. An instance is immutable and can be
 * shared between threads.
 */
public final class SlidingSchedule {

    /** Most digits written after the decimal point; smaller values show as 0. */
    private static final int MAX_DECIMALS = 18;
    private static final double[] POWERS_OF_TEN = new double[MAX_DECIMALS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i <= MAX_DECIMALS; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final ConvGeometry geometry;
    /** rowOfTap[outY * kH + ky]: input row read by kernel row ky of output row outY (may be in the padding). */
    private final int[] rowOfTap;
    /** colOfTap[outX * kW + kx]: input column read by kernel column kx of output column outX. */
    private final int[] colOfTap;
    /** Kernel row and column of each tap, so that tap queries need no division. */
    private final int[] tapRow;
    private final int[] tapColumn;
    /** Output rows whose windows read input row y: outRowsReading[rowStart[y] .. rowStart[y + 1]), ascending. */
    private final int[] outRowsReading;
    private final int[] rowStart;
    private final int[] outColsReading;
    private final int[] colStart;

    public SlidingSchedule(ConvGeometry geometry) {
        if (geometry == null) {
            throw new IllegalArgumentException("the convolution geometry is missing");
        }
        // Cells are numbered with ints, as Java arrays are; a 46,000 x 46,000 map is already past that.
        if ((long) geometry.inH() * geometry.inW() > Integer.MAX_VALUE
                || (long) geometry.outH() * geometry.outW() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a " + geometry.inH() + "x" + geometry.inW() + " input with a "
                    + geometry.outH() + "x" + geometry.outW() + " output has more cells than one plane can hold:"
                    + " crop or scale the image down");
        }
        this.geometry = geometry;
        int d = geometry.dilation();
        rowOfTap = tapTable(geometry.outH(), geometry.kH(), d, geometry::windowTop);
        colOfTap = tapTable(geometry.outW(), geometry.kW(), d, geometry::windowLeft);
        tapRow = new int[geometry.kH() * geometry.kW()];
        tapColumn = new int[tapRow.length];
        for (int tap = 0; tap < tapRow.length; tap++) {
            tapRow[tap] = tap / geometry.kW();
            tapColumn[tap] = tap % geometry.kW();
        }
        rowStart = new int[geometry.inH() + 1];
        outRowsReading = inverse(rowOfTap, geometry.kH(), geometry.inH(), rowStart);
        colStart = new int[geometry.inW() + 1];
        outColsReading = inverse(colOfTap, geometry.kW(), geometry.inW(), colStart);
    }

    private static int[] tapTable(int out, int k, int dilation, IntUnaryOperator windowStart) {
        int[] table = new int[out * k];
        for (int o = 0; o < out; o++) {
            int start = windowStart.applyAsInt(o);
            for (int t = 0; t < k; t++) {
                table[o * k + t] = start + t * dilation;
            }
        }
        return table;
    }

    /** Inverts a tap table into compressed lists (CSR layout) of the outputs reading each input cell. */
    private static int[] inverse(int[] tapTable, int k, int n, int[] start) {
        for (int cell : tapTable) {
            if (cell >= 0 && cell < n) {
                start[cell + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = start.clone();
        int[] outputs = new int[start[n]];
        // Outputs are visited in increasing order, so every list comes out ascending.
        for (int entry = 0; entry < tapTable.length; entry++) {
            int cell = tapTable[entry];
            if (cell >= 0 && cell < n) {
                outputs[fill[cell]++] = entry / k;
            }
        }
        return outputs;
    }

    public ConvGeometry geometry() {
        return geometry;
    }

    /** Output cells: outH * outW. */
    public int outputCount() {
        return geometry.outH() * geometry.outW();
    }

    /** Taps in every window: kH * kW. */
    public int tapCount() {
        return geometry.kH() * geometry.kW();
    }

    /** Kernel row of a tap: tap / kW. */
    public int kernelRow(int tap) {
        return tapRow[tap];
    }

    /** Kernel column of a tap: tap % kW. */
    public int kernelColumn(int tap) {
        return tapColumn[tap];
    }

    /**
     * Input row read by kernel row ky of every window in output row outY: {@code windowTop(outY) + ky d};
     * negative or >= inH in the padding. Rows do not depend on the column, which is what lets receptive fields
     * be worked out one axis at a time.
     */
    public int inputRowOf(int outY, int ky) {
        if (ky < 0 || ky >= geometry.kH()) {
            throw new IllegalArgumentException("kernel row " + ky + " is outside the " + geometry.kH() + "-row kernel");
        }
        return rowOfTap[outY * geometry.kH() + ky];
    }

    /** Input column read by kernel column kx of every window in output column outX: {@code windowLeft(outX) + kx d}. */
    public int inputColumnOf(int outX, int kx) {
        if (kx < 0 || kx >= geometry.kW()) {
            throw new IllegalArgumentException("kernel column " + kx + " is outside the " + geometry.kW()
                    + "-column kernel");
        }
        return colOfTap[outX * geometry.kW() + kx];
    }

    /** Input row read by a tap of an output cell: windowTop(outY) + ky d; negative or >= inH in the padding. */
    public int inputRow(int outIndex, int tap) {
        return rowAt(outIndex / geometry.outW(), tap);
    }

    /** Input column read by a tap of an output cell: windowLeft(outX) + kx d; negative or >= inW in the padding. */
    public int inputColumn(int outIndex, int tap) {
        return columnAt(outIndex % geometry.outW(), tap);
    }

    /** True when the tap reads a padding cell, which holds 0. */
    public boolean inPadding(int outIndex, int tap) {
        return isPadding(inputRow(outIndex, tap), inputColumn(outIndex, tap));
    }

    private int rowAt(int outY, int tap) {
        return rowOfTap[outY * geometry.kH() + tapRow[tap]];
    }

    private int columnAt(int outX, int tap) {
        return colOfTap[outX * geometry.kW() + tapColumn[tap]];
    }

    private boolean isPadding(int y, int x) {
        return y < 0 || y >= geometry.inH() || x < 0 || x >= geometry.inW();
    }

    /**
     * Row-major index of output cell (outY, outX): {@code outY * outW + outX}.
     *
     * @throws IllegalArgumentException when the cell is outside the output
     */
    public int outIndex(int outY, int outX) {
        if (outY < 0 || outY >= geometry.outH() || outX < 0 || outX >= geometry.outW()) {
            throw new IllegalArgumentException("output cell (" + outY + ", " + outX + ") is outside the "
                    + geometry.outH() + "x" + geometry.outW() + " output");
        }
        return outY * geometry.outW() + outX;
    }

    /** The window of one output cell, a view over this schedule (no copy of the taps). */
    public Window window(int outY, int outX) {
        return new Window(this, outY, outX);
    }

    /** The window of the output cell with row-major index outIndex, for stepping through the output in order. */
    public Window window(int outIndex) {
        if (outIndex < 0 || outIndex >= outputCount()) {
            throw new IllegalArgumentException("output cell " + outIndex + " is outside the " + geometry.outH() + "x"
                    + geometry.outW() + " output (cells 0 to " + (outputCount() - 1) + ")");
        }
        return new Window(this, outIndex / geometry.outW(), outIndex % geometry.outW());
    }

    /**
     * The window of output (outY, outX) as a view: its taps in row-major kernel order.
     * Costs one small object; the tap methods read the schedule's tables.
     */
    public record Window(SlidingSchedule schedule, int outY, int outX) {

        public Window {
            if (schedule == null) {
                throw new IllegalArgumentException("a window needs its sliding schedule");
            }
            schedule.outIndex(outY, outX);
        }

        /** Row-major index of this output cell: outY * outW + outX. */
        public int outIndex() {
            return outY * schedule.geometry.outW() + outX;
        }

        public int tapCount() {
            return schedule.tapCount();
        }

        public int kernelRow(int tap) {
            return schedule.kernelRow(tap);
        }

        public int kernelColumn(int tap) {
            return schedule.kernelColumn(tap);
        }

        public int inputRow(int tap) {
            return schedule.rowAt(outY, tap);
        }

        public int inputColumn(int tap) {
            return schedule.columnAt(outX, tap);
        }

        public boolean inPadding(int tap) {
            return schedule.isPadding(inputRow(tap), inputColumn(tap));
        }
    }

    /**
     * The products of one window and their sum, the value of output (outY, outX):
     * {@code products[tap] = kernel[tap] * in(inputRow, inputColumn)}, 0 for a padding tap, and the sum added in
     * tap order in float, as a nested-loop convolution would.
     *
     * @param input    one input plane, inH x inW row-major; not modified
     * @param kernel   kH x kW row-major; not modified
     * @param products receives tapCount() products; may be null when only the sum is wanted
     * @return the sum of the products
     */
    public float products(int outY, int outX, float[] input, float[] kernel, float[] products) {
        checkPlanes(input, kernel);
        if (products != null && products.length < tapCount()) {
            throw new IllegalArgumentException("room for " + tapCount() + " products is needed, not " + products.length);
        }
        outIndex(outY, outX);
        int kH = geometry.kH();
        int kW = geometry.kW();
        float sum = 0f;
        for (int ky = 0, tap = 0; ky < kH; ky++) {
            int y = rowOfTap[outY * kH + ky];
            for (int kx = 0; kx < kW; kx++, tap++) {
                float value = inputValue(input, y, colOfTap[outX * kW + kx]);
                // Written as 0, not kernel * 0, so that a negative weight over padding shows 0 rather than -0.
                float product = value == 0f ? 0f : kernel[tap] * value;
                if (products != null) {
                    products[tap] = product;
                }
                sum += product;
            }
        }
        return sum;
    }

    /** The input value at (y, x), or 0 in the padding. */
    private float inputValue(float[] input, int y, int x) {
        return isPadding(y, x) ? 0f : input[y * geometry.inW() + x];
    }

    /** The value of output (outY, outX): the sum of {@link #products}. */
    public float sum(int outY, int outX, float[] input, float[] kernel) {
        return products(outY, outX, input, kernel, null);
    }

    /**
     * The sum of one window written out with its real numbers, weight times input, for example
     * {@code 1·3 + 0·2 + (-1)·5 = -2}. Padding taps show their input as 0. Numbers are written in
     * {@link java.util.Locale#ROOT} style by {@link #formatNumber(double)}. Allocates the string.
     */
    public String formatSum(int outY, int outX, float[] input, float[] kernel) {
        float sum = sum(outY, outX, input, kernel);
        int out = outIndex(outY, outX);
        StringBuilder text = new StringBuilder();
        for (int tap = 0; tap < tapCount(); tap++) {
            if (tap > 0) {
                text.append(" + ");
            }
            float value = inputValue(input, inputRow(out, tap), inputColumn(out, tap));
            text.append(factor(kernel[tap])).append('·').append(factor(value));
        }
        return text.append(" = ").append(formatNumber(sum)).toString();
    }

    private static String factor(float value) {
        String text = formatNumber(value);
        return text.startsWith("-") ? "(" + text + ")" : text;
    }

    /**
     * A number as a student reads it: integers without ".0" (3, -2), other values rounded to 4 significant
     * digits but never losing the integer part (0.0625, 0.3333, 1234.5), no exponent, "-0" written as 0,
     * magnitudes below 5e-19 written as 0.
     */
    public static String formatNumber(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (Math.abs(value) >= 1e15) {
            return BigDecimal.valueOf(value).toPlainString();
        }
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        int decimals = Math.max(1, Math.min(MAX_DECIMALS, 3 - (int) Math.floor(Math.log10(magnitude))));
        // Plain long arithmetic rather than BigDecimal or String.format: the inspector formats a whole window per frame.
        long scaled = Math.round(magnitude * POWERS_OF_TEN[decimals]);
        if (scaled == 0) {
            return "0";
        }
        String digits = Long.toString(scaled);
        if (digits.length() <= decimals) {
            digits = "0".repeat(decimals + 1 - digits.length()) + digits;
        }
        int point = digits.length() - decimals;
        int end = digits.length();
        while (end > point && digits.charAt(end - 1) == '0') {
            end--;
        }
        String text = end > point ? digits.substring(0, point) + "." + digits.substring(point, end)
                : digits.substring(0, point);
        return value < 0 ? "-" + text : text;
    }

    private void checkPlanes(float[] input, float[] kernel) {
        int inSize = geometry.inH() * geometry.inW();
        if (input == null || input.length != inSize) {
            throw new IllegalArgumentException("the input plane must hold " + geometry.inH() + "x" + geometry.inW()
                    + " = " + inSize + " values, not " + (input == null ? "none" : input.length));
        }
        if (kernel == null || kernel.length != tapCount()) {
            throw new IllegalArgumentException("the kernel must hold " + geometry.kH() + "x" + geometry.kW()
                    + " = " + tapCount() + " weights, not " + (kernel == null ? "none" : kernel.length));
        }
    }

    /**
     * How many output cells read input cell (inY, inX): the rows reading inY times the columns reading inX.
     * A corner cell reaches fewer outputs than a centre cell (the border effect); 0 for a cell no window reads.
     */
    public int outputsReadingCount(int inY, int inX) {
        checkInputCell(inY, inX);
        return (rowStart[inY + 1] - rowStart[inY]) * (colStart[inX + 1] - colStart[inX]);
    }

    /** The largest {@link #outputsReadingCount}, a safe size for the array given to {@link #outputsReading}. */
    public int maxOutputsReading() {
        return maxRun(rowStart) * maxRun(colStart);
    }

    private static int maxRun(int[] start) {
        int max = 0;
        for (int i = 0; i + 1 < start.length; i++) {
            max = Math.max(max, start[i + 1] - start[i]);
        }
        return max;
    }

    /**
     * Fills {@code dest} with the row-major indices (outY * outW + outX) of the output cells whose windows contain
     * input cell (inY, inX), in ascending order, and returns how many there are. Allocates nothing.
     *
     * @param dest at least {@link #outputsReadingCount}(inY, inX) long
     */
    public int outputsReading(int inY, int inX, int[] dest) {
        int count = outputsReadingCount(inY, inX);
        if (dest.length < count) {
            throw new IllegalArgumentException("room for " + count + " output cells is needed, not " + dest.length);
        }
        int n = 0;
        for (int r = rowStart[inY]; r < rowStart[inY + 1]; r++) {
            for (int c = colStart[inX]; c < colStart[inX + 1]; c++) {
                dest[n++] = outRowsReading[r] * geometry.outW() + outColsReading[c];
            }
        }
        return n;
    }

    private void checkInputCell(int inY, int inX) {
        if (inY < 0 || inY >= geometry.inH() || inX < 0 || inX >= geometry.inW()) {
            throw new IllegalArgumentException("input cell (" + inY + ", " + inX + ") is outside the "
                    + geometry.inH() + "x" + geometry.inW() + " input");
        }
    }
}

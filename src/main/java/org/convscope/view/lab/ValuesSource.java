package org.convscope.view.lab;

import org.convscope.view.control.CellSource;

/**
 * A {@code rows x cols} block of numbers (row-major from {@code offset} of {@code values}) for a {@link
 * org.convscope.view.control.CellGrid}: each cell shaded from the smallest value (light) to the largest (dark),
 * the texts prepared once so that drawing allocates nothing.
 */
final class ValuesSource implements CellSource {

    private final int rows;
    private final int cols;
    private final String[] texts;
    private final double[] shades;
    private final int highlightRow;
    private final int highlightColumn;

    ValuesSource(int rows, int cols, float[] values, int offset) {
        this(rows, cols, values, offset, -1, -1);
    }

    /** With cell (highlightRow, highlightColumn) tinted; -1 for none. */
    ValuesSource(int rows, int cols, float[] values, int offset, int highlightRow, int highlightColumn) {
        this.rows = rows;
        this.cols = cols;
        this.highlightRow = highlightRow;
        this.highlightColumn = highlightColumn;
        texts = new String[rows * cols];
        shades = new double[rows * cols];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows * cols; i++) {
            min = Math.min(min, values[offset + i]);
            max = Math.max(max, values[offset + i]);
        }
        for (int i = 0; i < rows * cols; i++) {
            float v = values[offset + i];
            texts[i] = LabFormat.number(v);
            shades[i] = max > min ? (v - min) / (max - min) : 0;
        }
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int columns() {
        return cols;
    }

    @Override
    public String text(int row, int column) {
        return texts[row * cols + column];
    }

    @Override
    public Look look(int row, int column) {
        return Look.VALUE;
    }

    @Override
    public double shade(int row, int column) {
        return shades[row * cols + column];
    }

    @Override
    public boolean highlighted(int row, int column) {
        return row == highlightRow && column == highlightColumn;
    }
}

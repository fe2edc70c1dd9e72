package org.convscope.viewmodel.receptive;

/**
 * The effective receptive field of the selected output cell: for every input cell of the box {@code rows x cols}
 * starting at input cell (top, left), the number of paths from that cell to the output cell (row-major in
 * {@code counts}); {@code rowProfile} and {@code columnProfile} are its two factors, 1 2 3 2 1 for two 3x3 layers.
 * The box is the part of the input the cell actually depends on.
 */
public record ErfHeatmap(long top, long left, int rows, int cols, long[] counts, long max, long[] rowProfile,
                         long[] columnProfile) {

    /** Paths from input cell (top + row, left + col). */
    public long count(int row, int col) {
        return counts[row * cols + col];
    }
}

package org.convscope.viewmodel;

/**
 * A kernel that does not fit in the padded input, with the numbers a view needs to say so in its own language;
 * the core's English sentence is in {@link SlideViewModel#errorProperty()}.
 *
 * @param kernelRows    kernel height
 * @param kernelColumns kernel width
 * @param extentRows    rows the dilated kernel spans, d(kH-1) + 1
 * @param extentColumns columns it spans, d(kW-1) + 1
 * @param inputRows     input height
 * @param inputColumns  input width
 * @param paddedRows    input height plus top and bottom padding
 * @param paddedColumns input width plus left and right padding
 */
public record Misfit(int kernelRows, int kernelColumns, int extentRows, int extentColumns, int inputRows,
                     int inputColumns, int paddedRows, int paddedColumns) {
}

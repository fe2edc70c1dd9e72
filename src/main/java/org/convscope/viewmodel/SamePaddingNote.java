package org.convscope.viewmodel;

/**
 * Why "same" padding is uneven for an even kernel, per axis, with the numbers of the current setup: the ideal
 * padding per side {@code p = d(k-1)/2} is a fraction, so one side takes the extra cell, and each output cell's
 * window centre sits {@code p - pBefore} cells away from the input cell it stands for (half a cell).
 *
 * @param rows    the vertical axis (kernel height, top and bottom)
 * @param columns the horizontal axis (kernel width, left and right)
 */
public record SamePaddingNote(Axis rows, Axis columns) {

    /**
     * One axis.
     *
     * @param kernel      kernel size k along the axis
     * @param total       total padding d(k-1), the numerator of p = d(k-1)/2
     * @param ideal       d(k-1)/2 as a decimal, "1.5"
     * @param before      padding before (top or left) in the chosen convention
     * @param after       padding after (bottom or right) in the chosen convention
     * @param otherBefore padding before in the other convention
     * @param otherAfter  padding after in the other convention
     * @param shift       window centre minus input cell centre in cells, p - before: "0.5" or "-0.5"
     */
    public record Axis(int kernel, int total, String ideal, int before, int after, int otherBefore, int otherAfter,
                       String shift) {

        /** True when the total is odd, so the two sides differ: the case worth explaining. */
        public boolean uneven() {
            return total % 2 != 0;
        }
    }

    /** True when either axis is uneven. */
    public boolean uneven() {
        return rows.uneven() || columns.uneven();
    }
}

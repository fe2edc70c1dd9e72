package org.convscope.view.control;

/**
 * What a {@link CellGrid} draws: its size and, per cell, the text, the kind of cell, a shade and whether it is
 * highlighted, plus an optional outline and centre mark. Called for every cell of every frame, so an
 * implementation must answer from prepared data without allocating.
 */
public interface CellSource {

    /** How a cell is drawn. */
    enum Look {
        /** A value, shaded by {@link #shade}. */
        VALUE,
        /** Zero padding: hatched. */
        PADDING,
        /** A value no window reads: crossed out. */
        UNUSED,
        /** Not computed yet: blank. */
        EMPTY
    }

    int rows();

    int columns();

    /** The number written in the cell, or null for none; a prepared string, not built per call. */
    String text(int row, int column);

    Look look(int row, int column);

    /** 0 (lowest value) to 1 (highest) for a {@link Look#VALUE} cell. */
    double shade(int row, int column);

    boolean highlighted(int row, int column);

    /** First row of the outlined block, or -1 for no outline. */
    default int outlineRow() {
        return -1;
    }

    default int outlineColumn() {
        return -1;
    }

    default int outlineRows() {
        return 0;
    }

    default int outlineColumns() {
        return 0;
    }

    /**
     * Row of a centre mark in cell units (1.5 is the middle of row 1, 2.0 the line below it); NaN for none.
     * The grid draws the mark only when it falls between cells, where it shows a half-cell shift.
     */
    default double markRow() {
        return Double.NaN;
    }

    default double markColumn() {
        return Double.NaN;
    }
}

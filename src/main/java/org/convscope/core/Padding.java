package org.convscope.core;

/**
 * Zero padding added around an input before a kernel slides over it, in cells per side.
 * Top and bottom pad the rows, left and right the columns; the sides may differ (asymmetric padding),
 * which is what "same" padding needs for an even kernel.
 */
public record Padding(int top, int bottom, int left, int right) {

    /** The largest padding accepted on one side. */
    public static final int MAX = 4096;

    public static final Padding NONE = new Padding(0, 0, 0, 0);

    public Padding {
        check("padding.side.top", top);
        check("padding.side.bottom", bottom);
        check("padding.side.left", left);
        check("padding.side.right", right);
    }

    private static void check(String side, int p) {
        if (p < 0) {
            throw Refusal.of("padding.negative", Sentence.of(side), p);
        }
        if (p > MAX) {
            throw Refusal.of("padding.tooLarge", p, Sentence.of(side), MAX);
        }
    }

    /** The same padding {@code p} on all four sides. */
    public static Padding uniform(int p) {
        return new Padding(p, p, p, p);
    }

    /** {@code rows} above and below, {@code cols} left and right. */
    public static Padding symmetric(int rows, int cols) {
        return new Padding(rows, rows, cols, cols);
    }

    /** Total rows added: top + bottom. */
    public int vertical() {
        return top + bottom;
    }

    /** Total columns added: left + right. */
    public int horizontal() {
        return left + right;
    }

    /** True when every side has the same padding. */
    public boolean isUniform() {
        return top == bottom && bottom == left && left == right;
    }

    @Override
    public String toString() {
        return isUniform() ? Integer.toString(top)
                : "top " + top + ", bottom " + bottom + ", left " + left + ", right " + right;
    }
}

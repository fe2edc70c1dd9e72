package org.convscope.core;

/**
 * The output-size formulas of a {@link ConvGeometry} written out with its numbers, for the formula panel and the
 * command line. The general formula per axis is
 * <pre>  out = floor((n + p_before + p_after - d(k-1) - 1) / s) + 1</pre>
 * and, for stride 1, dilation 1 and the same padding p on both sides, the lecture note's
 * <pre>  w_out = w_in - k + 1 + 2p</pre>
 */
public final class OutputSizeFormula {

    private OutputSizeFormula() {
    }

    /** The general formula for the rows, e.g. {@code floor((48 + 0 + 0 - 1·(5 - 1) - 1) / 1) + 1 = 44}. */
    public static String rows(ConvGeometry g) {
        return general(g.inH(), g.pad().top(), g.pad().bottom(), g.kH(), g.stride(), g.dilation(), g.outH());
    }

    /** The general formula for the columns. */
    public static String columns(ConvGeometry g) {
        return general(g.inW(), g.pad().left(), g.pad().right(), g.kW(), g.stride(), g.dilation(), g.outW());
    }

    private static String general(int n, int before, int after, int k, int s, int d, int out) {
        return "floor((" + n + " + " + before + " + " + after + " - " + d + "·(" + k + " - 1) - 1) / " + s + ") + 1 = "
                + out;
    }

    /** True when the note's simple formula applies to the columns: stride 1, dilation 1, left = right. */
    public static boolean simpleApplies(ConvGeometry g) {
        return g.stride() == 1 && g.dilation() == 1 && g.pad().left() == g.pad().right();
    }

    /**
     * The note's formula for the columns, e.g. {@code w_out = w_in - k + 1 + 2p = 48 - 5 + 1 + 2·0 = 44}.
     *
     * @throws IllegalStateException when it does not apply ({@link #simpleApplies})
     */
    public static String simple(ConvGeometry g) {
        if (!simpleApplies(g)) {
            throw new IllegalStateException("w_out = w_in - k + 1 + 2p holds only for stride 1, dilation 1 and equal"
                    + " padding on both sides");
        }
        return "w_out = w_in - k + 1 + 2p = " + g.inW() + " - " + g.kW() + " + 1 + 2·" + g.pad().left() + " = "
                + g.outW();
    }
}

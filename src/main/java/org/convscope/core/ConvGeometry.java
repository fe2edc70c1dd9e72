package org.convscope.core;

import java.util.stream.IntStream;

/**
 * The shape arithmetic of one convolution or pooling step: an {@code inH x inW} input, a {@code kH x kW}
 * kernel, one stride and one dilation for both axes, and padding per side.
 *
 * <p>Per axis, with input size n, padding p_before and p_after, kernel k, dilation d and stride s, the output size is
 * <pre>  out = floor((n + p_before + p_after - d(k-1) - 1) / s) + 1</pre>
 * which for stride 1, no dilation and padding p on both sides is the familiar {@code w_out = w_in - k + 1 + 2p}.
 * The kernel spans {@code d(k-1) + 1} cells (its effective extent) and must fit in the padded input.
 *
 * <p>Every combination that cannot work is refused in the constructor with a message a student can act on.
 */
public record ConvGeometry(int inH, int inW, int kH, int kW, int stride, int dilation, Padding pad) {

    /** Largest input height or width accepted. */
    public static final int MAX_INPUT = 65_536;
    /** Largest kernel height or width accepted. */
    public static final int MAX_KERNEL = 1_024;
    /** Largest stride or dilation accepted. */
    public static final int MAX_STEP = 1_024;

    public ConvGeometry {
        if (pad == null) {
            throw Refusal.of("padding.missing");
        }
        checkSizes(inH, inW, kH, kW, stride, dilation);
        int spanH = extent(kH, dilation);
        int spanW = extent(kW, dilation);
        int paddedH = inH + pad.vertical();
        int paddedW = inW + pad.horizontal();
        if (spanH > paddedH || spanW > paddedW) {
            boolean padded = !pad.equals(Padding.NONE);
            if (dilation > 1) {
                throw padded
                        ? Refusal.of("geometry.noFit.dilatedPadded", kH, kW, dilation, spanH, spanW, inH, inW, pad,
                                paddedH, paddedW)
                        : Refusal.of("geometry.noFit.dilated", kH, kW, dilation, spanH, spanW, inH, inW);
            }
            throw padded ? Refusal.of("geometry.noFit.padded", kH, kW, inH, inW, pad, paddedH, paddedW)
                    : Refusal.of("geometry.noFit", kH, kW, inH, inW);
        }
    }

    /** Refuses a value below 1 or above {@code max}, naming {@code what} ("the stride") in the message. */
    static void checkRange(Sentence what, int value, int max) {
        if (value < 1) {
            throw Refusal.of("range.atLeastOne", what, value);
        }
        if (value > max) {
            throw Refusal.of("range.aboveSupported", what, value, max);
        }
    }

    /**
     * The checks that do not involve padding; factories run them before they derive the padding, so that a bad size
     * is reported as itself and not as a strange padding it led to.
     */
    private static void checkSizes(int inH, int inW, int kH, int kW, int stride, int dilation) {
        checkRange(Sentence.of("what.inputHeight"), inH, MAX_INPUT);
        checkRange(Sentence.of("what.inputWidth"), inW, MAX_INPUT);
        checkRange(Sentence.of("what.kernelHeight"), kH, MAX_KERNEL);
        checkRange(Sentence.of("what.kernelWidth"), kW, MAX_KERNEL);
        checkRange(Sentence.of("what.stride"), stride, MAX_STEP);
        checkRange(Sentence.of("what.dilation"), dilation, MAX_STEP);
    }

    /** Explicit padding per side. */
    public static ConvGeometry of(int inH, int inW, int kH, int kW, int stride, int dilation, Padding pad) {
        return new ConvGeometry(inH, inW, kH, kW, stride, dilation, pad);
    }

    /** No padding: the kernel stays inside the input ("valid"). */
    public static ConvGeometry valid(int inH, int inW, int kH, int kW, int stride, int dilation) {
        return new ConvGeometry(inH, inW, kH, kW, stride, dilation, Padding.NONE);
    }

    /**
     * "Same" padding: the output has {@code ceil(n / s)} cells per axis, so with stride 1 it keeps the input size.
     * The total padding per axis is {@code max((out - 1) s + d(k-1) + 1 - n, 0)}; for stride 1 that is d(k-1),
     * split as (k-1)/2 per side for an odd kernel. When the total is odd (an even kernel), the sides cannot be equal
     * and {@code convention} says which side takes the extra cell.
     */
    public static ConvGeometry same(int inH, int inW, int kH, int kW, int stride, int dilation,
                                    SamePaddingConvention convention) {
        checkSizes(inH, inW, kH, kW, stride, dilation);
        if (convention == null) {
            throw Refusal.of("geometry.sameConvention");
        }
        int totalH = samePaddingTotal(inH, kH, stride, dilation);
        int totalW = samePaddingTotal(inW, kW, stride, dilation);
        int smallH = totalH / 2;
        int smallW = totalW / 2;
        Padding pad = convention == SamePaddingConvention.EXTRA_AFTER
                ? new Padding(smallH, totalH - smallH, smallW, totalW - smallW)
                : new Padding(totalH - smallH, smallH, totalW - smallW, smallW);
        return new ConvGeometry(inH, inW, kH, kW, stride, dilation, pad);
    }

    /** "Same" padding in the TensorFlow / PyTorch convention (extra cell bottom and right). */
    public static ConvGeometry same(int inH, int inW, int kH, int kW, int stride, int dilation) {
        return same(inH, inW, kH, kW, stride, dilation, SamePaddingConvention.EXTRA_AFTER);
    }

    /** "Full" padding: d(k-1) on every side, so that every window touching the input at all is computed. */
    public static ConvGeometry full(int inH, int inW, int kH, int kW, int stride, int dilation) {
        checkSizes(inH, inW, kH, kW, stride, dilation);
        int ph = dilation * (kH - 1);
        int pw = dilation * (kW - 1);
        return new ConvGeometry(inH, inW, kH, kW, stride, dilation, Padding.symmetric(ph, pw));
    }

    /**
     * Total "same" padding along one axis: {@code max((ceil(n/s) - 1) s + d(k-1) + 1 - n, 0)}.
     */
    public static int samePaddingTotal(int n, int k, int stride, int dilation) {
        int out = ceilDiv(n, stride);
        return Math.max((out - 1) * stride + extent(k, dilation) - n, 0);
    }

    /**
     * The padding per side that "same" would need with stride 1: {@code d(k-1)/2}, a fraction for an even kernel
     * without dilation (for example 1.5 for k = 4), which is why even kernels need asymmetric padding.
     */
    public static double idealSamePadding(int k, int dilation) {
        return dilation * (k - 1) / 2.0;
    }

    /** Cells spanned by a kernel of size k with dilation d: {@code d(k-1) + 1}. */
    public static int extent(int k, int dilation) {
        return dilation * (k - 1) + 1;
    }

    /** Output size along one axis: {@code floor((n + pBefore + pAfter - d(k-1) - 1) / s) + 1}. */
    public static int outputSize(int n, int pBefore, int pAfter, int k, int stride, int dilation) {
        return Math.floorDiv(n + pBefore + pAfter - dilation * (k - 1) - 1, stride) + 1;
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }

    /** Output rows. */
    public int outH() {
        return outputSize(inH, pad.top(), pad.bottom(), kH, stride, dilation);
    }

    /** Output columns. */
    public int outW() {
        return outputSize(inW, pad.left(), pad.right(), kW, stride, dilation);
    }

    /** Rows of the padded input: inH + top + bottom. */
    public int paddedH() {
        return inH + pad.vertical();
    }

    /** Columns of the padded input: inW + left + right. */
    public int paddedW() {
        return inW + pad.horizontal();
    }

    /** Rows the (dilated) kernel spans: d(kH-1) + 1. */
    public int extentH() {
        return extent(kH, dilation);
    }

    /** Columns the (dilated) kernel spans: d(kW-1) + 1. */
    public int extentW() {
        return extent(kW, dilation);
    }

    /** Input row (may be negative, i.e. in the top padding) of the top-left kernel tap for output row {@code outY}. */
    public int windowTop(int outY) {
        return outY * stride - pad.top();
    }

    /** Input column (may be negative) of the top-left kernel tap for output column {@code outX}. */
    public int windowLeft(int outX) {
        return outX * stride - pad.left();
    }

    /** True when padding differs between top and bottom or between left and right. */
    public boolean isAsymmetric() {
        return pad.top() != pad.bottom() || pad.left() != pad.right();
    }

    /**
     * Input rows that no kernel tap ever reads, in increasing order: rows beyond the last window when the stride
     * does not divide evenly, and rows between dilated taps that no window covers.
     */
    public int[] unusedRows() {
        return unused(inH, outH(), kH, pad.top());
    }

    /** Input columns that no kernel tap ever reads, in increasing order; see {@link #unusedRows()}. */
    public int[] unusedColumns() {
        return unused(inW, outW(), kW, pad.left());
    }

    private int[] unused(int n, int out, int k, int before) {
        boolean[] used = new boolean[n];
        for (int o = 0; o < out; o++) {
            for (int t = 0; t < k; t++) {
                int i = o * stride + t * dilation - before;
                if (i >= 0 && i < n) {
                    used[i] = true;
                }
            }
        }
        return IntStream.range(0, n).filter(i -> !used[i]).toArray();
    }

    @Override
    public String toString() {
        return inH + "x" + inW + " input, " + kH + "x" + kW + " kernel, stride " + stride + ", dilation " + dilation
                + ", padding " + pad + " -> " + outH() + "x" + outW();
    }

}

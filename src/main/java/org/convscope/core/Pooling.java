package org.convscope.core;

/**
 * Max or average pooling over each channel of a tensor: a {@code kH x kW} window moved by {@code stride}, with zero
 * padding per side; the shape arithmetic is {@link ConvGeometry}'s with dilation 1.
 *
 * <ul>
 *   <li>Max: {@code out[c,y,x] = max of in[c, y s - padTop + i, x s - padLeft + j]} over the window cells that lie
 *   inside the input; padding is ignored (never wins), as in PyTorch's MaxPool2d.</li>
 *   <li>Average: {@code out[c,y,x] = (sum of the window's input cells) / (kH kW)}: padding cells count as zeros in
 *   the divisor too. This is PyTorch's default, {@code count_include_pad=True}, so a corner of a padded average pool
 *   is darker than the image there.</li>
 * </ul>
 * As in PyTorch, padding may be at most half the window on each side, so that every window holds an input cell.
 */
public record Pooling(Kind kind, int kH, int kW, int stride, Padding pad) {

    /** What a window is reduced to. */
    public enum Kind { MAX, AVERAGE }

    public Pooling {
        if (kind == null) {
            throw Refusal.of("pooling.kind");
        }
        if (pad == null) {
            throw Refusal.of("padding.missing");
        }
        if (kH < 1 || kW < 1 || kH > ConvGeometry.MAX_KERNEL || kW > ConvGeometry.MAX_KERNEL) {
            throw Refusal.of("pooling.window", ConvGeometry.MAX_KERNEL, kH, kW);
        }
        if (stride < 1 || stride > ConvGeometry.MAX_STEP) {
            throw Refusal.of("pooling.stride", ConvGeometry.MAX_STEP, stride);
        }
        if (2 * Math.max(pad.top(), pad.bottom()) > kH || 2 * Math.max(pad.left(), pad.right()) > kW) {
            throw Refusal.of("pooling.padding", pad, kH, kW, kH / 2, kW / 2);
        }
    }

    /** A k x k max pool with the given stride and no padding (stride = k is the usual 2x downsampling for k = 2). */
    public static Pooling max(int k, int stride) {
        return new Pooling(Kind.MAX, k, k, stride, Padding.NONE);
    }

    /** A k x k average pool with the given stride and no padding. */
    public static Pooling average(int k, int stride) {
        return new Pooling(Kind.AVERAGE, k, k, stride, Padding.NONE);
    }

    public Pooling withPadding(Padding p) {
        return new Pooling(kind, kH, kW, stride, p);
    }

    /** The shape arithmetic on an {@code inH x inW} input; refuses a window that does not fit. */
    public ConvGeometry geometry(int inH, int inW) {
        return new ConvGeometry(inH, inW, kH, kW, stride, 1, pad);
    }

    /** A new tensor with the pooled channels; {@code input} is not modified. */
    public Tensor apply(Tensor input) {
        ConvGeometry g = geometry(input.height(), input.width());
        Tensor out = Tensor.zeros(input.channels(), g.outH(), g.outW());
        for (int c = 0; c < input.channels(); c++) {
            for (int y = 0; y < g.outH(); y++) {
                int top = g.windowTop(y);
                int y0 = Math.max(top, 0);
                int y1 = Math.min(top + kH, input.height());
                for (int x = 0; x < g.outW(); x++) {
                    int left = g.windowLeft(x);
                    int x0 = Math.max(left, 0);
                    int x1 = Math.min(left + kW, input.width());
                    out.set(c, y, x, reduce(input, c, y0, y1, x0, x1));
                }
            }
        }
        return out;
    }

    /** Max or average of rows [y0, y1) and columns [x0, x1) of channel c: the window's cells inside the input. */
    private float reduce(Tensor input, int c, int y0, int y1, int x0, int x1) {
        if (kind == Kind.MAX) {
            float max = Float.NEGATIVE_INFINITY;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    max = Math.max(max, input.get(c, y, x));
                }
            }
            return max;
        }
        double sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += input.get(c, y, x);
            }
        }
        return (float) (sum / (kH * kW));
    }
}

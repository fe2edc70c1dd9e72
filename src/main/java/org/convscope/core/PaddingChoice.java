package org.convscope.core;

import java.util.Locale;

/**
 * How a person chooses padding: a preset that depends on the kernel and stride ({@code valid}, {@code same},
 * {@code full}) or explicit cells per side. The command line, the sliding-kernel view and the image lab all read
 * their padding this way, so "same" means the same thing everywhere.
 */
public sealed interface PaddingChoice {

    /** The geometry this choice gives for an input, a kernel, a stride and a dilation. */
    ConvGeometry geometry(int inH, int inW, int kH, int kW, int stride, int dilation);

    /** No padding: the kernel stays inside the input. */
    record Valid() implements PaddingChoice {
        @Override
        public ConvGeometry geometry(int inH, int inW, int kH, int kW, int stride, int dilation) {
            return ConvGeometry.valid(inH, inW, kH, kW, stride, dilation);
        }

        @Override
        public String toString() {
            return "valid";
        }
    }

    /** Output of ceil(n / s) cells per axis; see {@link ConvGeometry#same}. */
    record Same(SamePaddingConvention convention) implements PaddingChoice {
        public Same {
            if (convention == null) {
                throw Refusal.of("padding.sameSide");
            }
        }

        @Override
        public ConvGeometry geometry(int inH, int inW, int kH, int kW, int stride, int dilation) {
            return ConvGeometry.same(inH, inW, kH, kW, stride, dilation, convention);
        }

        @Override
        public String toString() {
            return "same";
        }
    }

    /** d(k-1) cells on every side; see {@link ConvGeometry#full}. */
    record Full() implements PaddingChoice {
        @Override
        public ConvGeometry geometry(int inH, int inW, int kH, int kW, int stride, int dilation) {
            return ConvGeometry.full(inH, inW, kH, kW, stride, dilation);
        }

        @Override
        public String toString() {
            return "full";
        }
    }

    /** Exactly these cells per side, whatever the kernel. */
    record Explicit(Padding padding) implements PaddingChoice {
        public Explicit {
            if (padding == null) {
                throw Refusal.of("padding.missing");
            }
        }

        @Override
        public ConvGeometry geometry(int inH, int inW, int kH, int kW, int stride, int dilation) {
            return ConvGeometry.of(inH, inW, kH, kW, stride, dilation, padding);
        }

        @Override
        public String toString() {
            return padding.isUniform() ? Integer.toString(padding.top())
                    : padding.top() + "," + padding.bottom() + "," + padding.left() + "," + padding.right();
        }
    }

    /**
     * Reads {@code valid}, {@code same} (TensorFlow's split: an extra row or column goes bottom/right),
     * {@code full}, a number of cells for every side ({@code 2}) or four numbers top,bottom,left,right
     * ({@code 1,2,1,2}).
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    static PaddingChoice parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "valid":
                return new Valid();
            case "same":
                return new Same(SamePaddingConvention.EXTRA_AFTER);
            case "full":
                return new Full();
            default:
                break;
        }
        String[] parts = t.split("\\s*,\\s*", -1);
        if (parts.length != 1 && parts.length != 4) {
            throw Refusal.of("padding.unknown", text);
        }
        int[] cells = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                cells[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new Refusal(Sentence.of("padding.unknown", text), e);
            }
        }
        return new Explicit(cells.length == 1 ? Padding.uniform(cells[0])
                : new Padding(cells[0], cells[1], cells[2], cells[3]));
    }
}

package org.convscope.io;

/**
 * How signed float values (a convolution's output) become pixel colours. Each mapping is a pure function:
 * {@link #range} picks the value range from the data, {@link #argb} maps one value with a range, so the UI can
 * colour cells and draw legends exactly as the saved images do. NaN maps like 0.
 */
public enum ValueMapping {

    /** Gray {@code g = round(clamp(v, 0, 255))}: the values as they are; negatives are black, over 255 white. */
    CLAMP(false),

    /**
     * Gray {@code g = round(255 (v - min) / (max - min))} over the data's own range, so the full contrast is
     * used whatever the scale. A constant map (max = min) is all black, as matplotlib's {@code Normalize} makes it.
     */
    MINMAX(false),

    /** Gray {@code g = round(clamp(|v|, 0, 255))}: the strength of a response whatever its sign (edges both ways). */
    ABS(false),

    /**
     * Colour, centred on 0 over the symmetric range {@code [-m, m]}, {@code m = max |v|}: negative blue, zero
     * near-white, positive red. The colours are matplotlib's "RdBu_r" (the ColorBrewer RdBu 11-class scheme,
     * reversed), interpolated linearly in sRGB between its 11 anchors at t = 0, 0.1, ..., 1 with
     * {@code t = (v / m + 1) / 2}; matplotlib samples the same line in a 256-entry table. The centre is
     * ColorBrewer's #F7F7F7. An all-zero map is all centre colour.
     */
    DIVERGING(true);

    /** RdBu_r anchors, blue (t = 0) to red (t = 1), as 0xRRGGBB. */
    private static final int[] RD_BU_R = {
        0x053061, 0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B, 0x67001F,
    };

    private final boolean colour;

    ValueMapping(boolean colour) {
        this.colour = colour;
    }

    /** True when the mapping produces colours (one channel in, RGB out); false for gray levels. */
    public boolean colour() {
        return colour;
    }

    /** The range this mapping uses for {@code values}; finite values only are considered. */
    public ValueRange range(float[] values) {
        return range(values, 0, values.length);
    }

    /** The range this mapping uses for {@code values[from, to)}. */
    public ValueRange range(float[] values, int from, int to) {
        return switch (this) {
            case CLAMP, ABS -> new ValueRange(0, 255);
            case MINMAX -> {
                float min = Float.POSITIVE_INFINITY;
                float max = Float.NEGATIVE_INFINITY;
                for (int i = from; i < to; i++) {
                    float v = values[i];
                    if (Float.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
                yield min > max ? new ValueRange(0, 0) : new ValueRange(min, max);
            }
            case DIVERGING -> {
                float m = 0;
                for (int i = from; i < to; i++) {
                    float v = Math.abs(values[i]);
                    if (Float.isFinite(v)) {
                        m = Math.max(m, v);
                    }
                }
                yield new ValueRange(-m, m);
            }
        };
    }

    /** The opaque colour 0xAARRGGBB of value {@code v} under this mapping with {@code range}. */
    public int argb(float v, ValueRange range) {
        if (Float.isNaN(v)) {
            v = 0;
        }
        if (this == DIVERGING) {
            float m = Math.max(Math.abs(range.low()), Math.abs(range.high()));
            double t = m == 0 ? 0.5 : clamp((v / m + 1) / 2, 0, 1);
            return 0xFF000000 | interpolate(t);
        }
        double g = switch (this) {
            case CLAMP -> v;
            case ABS -> Math.abs(v);
            default -> range.span() == 0 ? 0 : 255.0 * (v - range.low()) / range.span();
        };
        int level = (int) Math.round(clamp(g, 0, 255));
        return 0xFF000000 | level << 16 | level << 8 | level;
    }

    private static int interpolate(double t) {
        double position = t * (RD_BU_R.length - 1);
        int k = Math.min((int) position, RD_BU_R.length - 2);
        double f = position - k;
        int a = RD_BU_R[k];
        int b = RD_BU_R[k + 1];
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int ca = a >> shift & 0xFF;
            int cb = b >> shift & 0xFF;
            rgb |= (int) Math.round(ca + f * (cb - ca)) << shift;
        }
        return rgb;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}

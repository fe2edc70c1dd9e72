package org.convscope.core;

/**
 * Counts of values in {@code bins} equal bins over {@code [low, high]}: bin i holds the values v with
 * <pre>  edge(i) &lt;= v &lt; edge(i + 1),   edge(i) = low + i (high - low) / bins</pre>
 * and the last bin also holds {@code high}. Values outside the range and NaN are not counted. When
 * {@code low == high} every value equal to it falls in bin 0.
 *
 * @param counts values per bin; the array is the histogram's own, do not modify it
 */
public record Histogram(long[] counts, double low, double high) {

    /** Most bins accepted. */
    public static final int MAX_BINS = 1 << 16;

    public Histogram {
        if (counts == null || counts.length < 1 || counts.length > MAX_BINS) {
            throw new IllegalArgumentException("a histogram needs from 1 to " + MAX_BINS + " bins");
        }
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("a histogram's range must run from a finite low to a finite high,"
                    + " not " + low + " to " + high);
        }
    }

    /** The histogram of {@code values[from, to)} over their own finite range (min to max), in {@code bins} bins. */
    public static Histogram of(float[] values, int from, int to, int bins) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            float v = values[i];
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            min = 0;
            max = 0;
        }
        return of(values, from, to, bins, min, max);
    }

    /** The histogram of {@code values[from, to)} over {@code [low, high]}, in {@code bins} bins. */
    public static Histogram of(float[] values, int from, int to, int bins, double low, double high) {
        Histogram h = new Histogram(new long[bins], low, high);
        double scale = high > low ? bins / (high - low) : 0;
        for (int i = from; i < to; i++) {
            float v = values[i];
            if (v >= low && v <= high) {
                h.counts[h.bin(v, scale)]++;
            }
        }
        return h;
    }

    /** The bin of an in-range value: estimated by scaling, then moved to agree exactly with {@link #edge}. */
    private int bin(double v, double scale) {
        if (high == low) {
            return 0;
        }
        int last = counts.length - 1;
        int i = Math.min((int) ((v - low) * scale), last);
        // (v - low) * scale can round across an edge; the edges themselves decide.
        while (i > 0 && v < edge(i)) {
            i--;
        }
        while (i < last && v >= edge(i + 1)) {
            i++;
        }
        return i;
    }

    /** Lower edge of bin i: {@code low + i (high - low) / bins}; {@code edge(bins) = high}. */
    public double edge(int i) {
        return i == counts.length ? high : low + i * (high - low) / counts.length;
    }

    /** Number of bins. */
    public int bins() {
        return counts.length;
    }

    /** Values counted: the sum of all bins. */
    public long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }
}

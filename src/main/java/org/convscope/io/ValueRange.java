package org.convscope.io;

/**
 * The interval of values a {@link ValueMapping} spreads over its colours: {@code low} maps to the first colour,
 * {@code high} to the last. Reported with every saved image so a legend or the CLI can say what the colours mean.
 */
public record ValueRange(float low, float high) {

    public ValueRange {
        if (!Float.isFinite(low) || !Float.isFinite(high)) {
            throw new IllegalArgumentException("a value range needs finite ends, not " + low + " to " + high);
        }
        if (low > high) {
            throw new IllegalArgumentException("a value range must run from low to high, not " + low + " to "
                    + high);
        }
    }

    /** high - low. */
    public float span() {
        return high - low;
    }

    @Override
    public String toString() {
        return low + " to " + high;
    }
}

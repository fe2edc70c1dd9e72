package org.convscope.viewmodel.lab;

/**
 * A histogram of the values shown, for the view to draw: {@code counts.length} equal bins over {@code [low, high]};
 * bin i holds the values v with {@code low + i w <= v < low + (i + 1) w}, {@code w = (high - low) / bins}, the last
 * bin also holding {@code high}.
 *
 * @param counts values per bin; shared, not copied: do not modify
 */
public record LabHistogram(long[] counts, double low, double high) {

    public LabHistogram {
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("a histogram needs at least one bin");
        }
        if (!(low <= high)) {
            throw new IllegalArgumentException("a histogram's range must run from low to high, not " + low + " to "
                    + high);
        }
    }

    /** Width of one bin: {@code (high - low) / bins}. */
    public double binWidth() {
        return (high - low) / counts.length;
    }

    /** The tallest bin's count, to scale the bars. */
    public long maxCount() {
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        return max;
    }
}

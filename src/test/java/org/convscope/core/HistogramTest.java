package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Histogram counts against counting each bin by its edges, one bin at a time. */
class HistogramTest {

    @Test
    void countsEqualABruteForceCountPerBinOnSeededValues() {
        Random random = new Random(20261129);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(2000);
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                // whole numbers too, so that many values sit exactly on bin edges
                values[i] = random.nextBoolean() ? random.nextInt(21) - 10 : (float) (random.nextGaussian() * 40);
            }
            int bins = 1 + random.nextInt(70);
            double low = -10 - random.nextInt(3);
            double high = 10 + random.nextInt(3);
            Histogram h = Histogram.of(values, 0, n, bins, low, high);
            assertArrayEquals(bruteForce(values, bins, low, high), h.counts(), "trial " + trial);
        }
    }

    private static long[] bruteForce(float[] values, int bins, double low, double high) {
        long[] counts = new long[bins];
        for (int b = 0; b < bins; b++) {
            double from = low + b * (high - low) / bins;
            double to = low + (b + 1) * (high - low) / bins;
            for (float v : values) {
                if (v >= from && (v < to || b == bins - 1 && v <= high)) {
                    counts[b]++;
                }
            }
        }
        return counts;
    }

    @Test
    void ownRangeCountsEveryFiniteValueOnceAndSkipsNaN() {
        float[] values = {3, -1, Float.NaN, 7, 7, Float.POSITIVE_INFINITY, 0.5f};
        Histogram h = Histogram.of(values, 0, values.length, 4);
        assertEquals(-1, h.low());
        assertEquals(7, h.high());
        // edges -1, 1, 3, 5, 7: {-1, 0.5} {} {3} {7, 7}
        assertArrayEquals(new long[] {2, 0, 1, 2}, h.counts());
        assertEquals(5, h.total());
    }

    @Test
    void aConstantMapFallsInTheFirstBin() {
        Histogram h = Histogram.of(new float[] {2, 2, 2}, 0, 3, 8);
        assertEquals(3, h.counts()[0]);
        assertEquals(3, h.total());
    }

    @Test
    void refusesAnUpsideDownRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Histogram(new long[4], 2, 1));
        assertEquals("a histogram's range must run from a finite low to a finite high, not 2.0 to 1.0",
                e.getMessage());
    }
}

package org.convscope.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlidingScheduleTest {

    private static ConvGeometry randomGeometry(Random random) {
        while (true) {
            int inH = 1 + random.nextInt(20);
            int inW = 1 + random.nextInt(20);
            int kH = 1 + random.nextInt(7);
            int kW = 1 + random.nextInt(7);
            int stride = 1 + random.nextInt(4);
            int dilation = 1 + random.nextInt(3);
            Padding pad = new Padding(random.nextInt(5), random.nextInt(5), random.nextInt(5), random.nextInt(5));
            if (dilation * (kH - 1) < inH + pad.vertical() && dilation * (kW - 1) < inW + pad.horizontal()) {
                return ConvGeometry.of(inH, inW, kH, kW, stride, dilation, pad);
            }
        }
    }

    private static float[] randomValues(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextFloat() * 2 - 1;
        }
        return values;
    }

    /** Convolution by nested loops over an explicitly zero-padded copy of the input. */
    private static float[] nestedLoopConvolution(ConvGeometry g, float[] input, float[] kernel) {
        Padding p = g.pad();
        int ph = g.inH() + p.vertical();
        int pw = g.inW() + p.horizontal();
        float[] padded = new float[ph * pw];
        for (int y = 0; y < g.inH(); y++) {
            for (int x = 0; x < g.inW(); x++) {
                padded[(y + p.top()) * pw + x + p.left()] = input[y * g.inW() + x];
            }
        }
        int outH = (ph - g.dilation() * (g.kH() - 1) - 1) / g.stride() + 1;
        int outW = (pw - g.dilation() * (g.kW() - 1) - 1) / g.stride() + 1;
        float[] out = new float[outH * outW];
        for (int oy = 0; oy < outH; oy++) {
            for (int ox = 0; ox < outW; ox++) {
                float sum = 0f;
                for (int ky = 0; ky < g.kH(); ky++) {
                    for (int kx = 0; kx < g.kW(); kx++) {
                        int y = oy * g.stride() + ky * g.dilation();
                        int x = ox * g.stride() + kx * g.dilation();
                        sum += kernel[ky * g.kW() + kx] * padded[y * pw + x];
                    }
                }
                out[oy * outW + ox] = sum;
            }
        }
        return out;
    }

    @Test
    void sumsAgreeWithANestedLoopConvolution() {
        Random random = new Random(42L);
        for (int trial = 0; trial < 300; trial++) {
            ConvGeometry g = randomGeometry(random);
            float[] input = randomValues(random, g.inH() * g.inW());
            float[] kernel = randomValues(random, g.kH() * g.kW());
            float[] expected = nestedLoopConvolution(g, input, kernel);
            SlidingSchedule schedule = new SlidingSchedule(g);
            float[] products = new float[schedule.tapCount()];
            assertEquals(expected.length, schedule.outputCount(), g::toString);
            for (int oy = 0; oy < g.outH(); oy++) {
                for (int ox = 0; ox < g.outW(); ox++) {
                    float sum = schedule.products(oy, ox, input, kernel, products);
                    assertEquals(expected[oy * g.outW() + ox], sum, 0f, g::toString);
                    float added = 0f;
                    for (float product : products) {
                        added += product;
                    }
                    assertEquals(sum, added, 0f);
                }
            }
        }
    }

    @Test
    void windowsAgreeWithTheGeometry() {
        Random random = new Random(3L);
        for (int trial = 0; trial < 300; trial++) {
            ConvGeometry g = randomGeometry(random);
            SlidingSchedule schedule = new SlidingSchedule(g);
            for (int oy = 0; oy < g.outH(); oy++) {
                for (int ox = 0; ox < g.outW(); ox++) {
                    SlidingSchedule.Window w = schedule.window(oy, ox);
                    assertEquals(oy * g.outW() + ox, w.outIndex());
                    assertEquals(w, schedule.window(w.outIndex()));
                    int tap = 0;
                    for (int ky = 0; ky < g.kH(); ky++) {
                        for (int kx = 0; kx < g.kW(); kx++, tap++) {
                            int y = g.windowTop(oy) + ky * g.dilation();
                            int x = g.windowLeft(ox) + kx * g.dilation();
                            assertEquals(ky, w.kernelRow(tap));
                            assertEquals(kx, w.kernelColumn(tap));
                            assertEquals(y, w.inputRow(tap));
                            assertEquals(x, w.inputColumn(tap));
                            assertEquals(y < 0 || y >= g.inH() || x < 0 || x >= g.inW(), w.inPadding(tap));
                            assertEquals(y, schedule.inputRowOf(oy, ky));
                            assertEquals(x, schedule.inputColumnOf(ox, kx));
                            assertEquals(y, schedule.inputRow(w.outIndex(), tap));
                            assertEquals(x, schedule.inputColumn(w.outIndex(), tap));
                        }
                    }
                    assertEquals(tap, w.tapCount());
                }
            }
        }
    }

    @Test
    void outputsReadingACellAgreeWithBruteForce() {
        Random random = new Random(11L);
        for (int trial = 0; trial < 200; trial++) {
            ConvGeometry g = randomGeometry(random);
            SlidingSchedule schedule = new SlidingSchedule(g);
            int[] dest = new int[schedule.maxOutputsReading()];
            int largest = 0;
            for (int iy = 0; iy < g.inH(); iy++) {
                for (int ix = 0; ix < g.inW(); ix++) {
                    List<Integer> expected = new ArrayList<>();
                    for (int oy = 0; oy < g.outH(); oy++) {
                        for (int ox = 0; ox < g.outW(); ox++) {
                            boolean reads = false;
                            for (int ky = 0; ky < g.kH(); ky++) {
                                for (int kx = 0; kx < g.kW(); kx++) {
                                    reads |= oy * g.stride() - g.pad().top() + ky * g.dilation() == iy
                                            && ox * g.stride() - g.pad().left() + kx * g.dilation() == ix;
                                }
                            }
                            if (reads) {
                                expected.add(oy * g.outW() + ox);
                            }
                        }
                    }
                    int n = schedule.outputsReading(iy, ix, dest);
                    assertEquals(expected.size(), schedule.outputsReadingCount(iy, ix), g::toString);
                    assertEquals(expected, Arrays.stream(dest, 0, n).boxed().toList(), g::toString);
                    largest = Math.max(largest, n);
                }
            }
            assertEquals(largest, schedule.maxOutputsReading(), g::toString);
        }
    }

    @Test
    void aCornerCellReachesFewerOutputsThanTheCentre() {
        SlidingSchedule schedule = new SlidingSchedule(ConvGeometry.valid(5, 5, 3, 3, 1, 1));
        assertEquals(1, schedule.outputsReadingCount(0, 0));
        assertEquals(3, schedule.outputsReadingCount(0, 2));
        assertEquals(9, schedule.outputsReadingCount(2, 2));
        int[] dest = new int[9];
        assertEquals(1, schedule.outputsReading(0, 0, dest));
        assertEquals(0, dest[0]);
    }

    @Test
    void formatsTheSumWithItsRealNumbers() {
        SlidingSchedule valid = new SlidingSchedule(ConvGeometry.valid(1, 3, 1, 3, 1, 1));
        float[] input = {3, 2, 5};
        float[] kernel = {1, 0, -1};
        assertEquals("1·3 + 0·2 + (-1)·5 = -2", valid.formatSum(0, 0, input, kernel));
        SlidingSchedule padded = new SlidingSchedule(ConvGeometry.of(1, 3, 1, 3, 1, 1, new Padding(0, 0, 1, 1)));
        assertEquals("1·0 + 0·3 + (-1)·2 = -2", padded.formatSum(0, 0, input, kernel));
        assertEquals("1·2 + 0·5 + (-1)·0 = 2", padded.formatSum(0, 2, input, kernel));
        float[] products = new float[3];
        padded.products(0, 2, input, kernel, products);
        // A negative weight over padding gives a plain 0, never a -0 a student would wonder about.
        assertEquals(Float.floatToIntBits(0f), Float.floatToIntBits(products[2]));
        float[] box = {0.25f, 0.5f, 0.25f};
        assertEquals("0.25·3 + 0.5·2 + 0.25·5 = 3", valid.formatSum(0, 0, input, box));
    }

    @Test
    void formatsNumbersForStudents() {
        assertEquals("255", SlidingSchedule.formatNumber(255f));
        assertEquals("-2", SlidingSchedule.formatNumber(-2.0));
        assertEquals("0", SlidingSchedule.formatNumber(-0.0f));
        assertEquals("0.1", SlidingSchedule.formatNumber(0.1f));
        assertEquals("0.0625", SlidingSchedule.formatNumber(1f / 16));
        assertEquals("0.3333", SlidingSchedule.formatNumber(1f / 3));
        assertEquals("-0.1111", SlidingSchedule.formatNumber(-1f / 9));
        assertEquals("1234.5", SlidingSchedule.formatNumber(1234.5f));
        assertEquals("0.00001", SlidingSchedule.formatNumber(0.00001));
        assertEquals("NaN", SlidingSchedule.formatNumber(Float.NaN));
        assertEquals("100000000000000000000", SlidingSchedule.formatNumber(1e20));
        assertEquals("12345.7", SlidingSchedule.formatNumber(12345.67));
        assertEquals("-9.5", SlidingSchedule.formatNumber(-9.5f));
        assertEquals("0", SlidingSchedule.formatNumber(1e-20));
    }

    @Test
    void formattedNumbersAreCloseAndShort() {
        Random random = new Random(99L);
        for (int i = 0; i < 5_000; i++) {
            double value = (random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(12) - 6);
            String text = SlidingSchedule.formatNumber(value);
            assertTrue(text.matches("-?\\d+(\\.\\d*[1-9])?"), text);
            // Within half a unit of the fourth significant digit, or of the first decimal for large values.
            double unit = Math.max(Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 3), 1e-18);
            assertEquals(value, Double.parseDouble(text), Math.min(unit, 0.1) * 0.5 * (1 + 1e-9), text);
            String significant = text.replaceAll("[-.]", "").replaceFirst("^0+", "");
            String integer = text.replaceFirst("^-", "").replaceFirst("\\..*", "");
            assertTrue(significant.length() <= Math.max(4, integer.length() + 1), text + " for " + value);
        }
    }

    @Test
    void refusesPlanesOfTheWrongSizeAndCellsOutside() {
        SlidingSchedule schedule = new SlidingSchedule(ConvGeometry.valid(4, 4, 3, 3, 1, 1));
        assertEquals("the input plane must hold 4x4 = 16 values, not 15", assertThrows(IllegalArgumentException.class,
                () -> schedule.sum(0, 0, new float[15], new float[9])).getMessage());
        assertEquals("the kernel must hold 3x3 = 9 weights, not 4", assertThrows(IllegalArgumentException.class,
                () -> schedule.sum(0, 0, new float[16], new float[4])).getMessage());
        assertEquals("output cell (2, 0) is outside the 2x2 output", assertThrows(IllegalArgumentException.class,
                () -> schedule.window(2, 0)).getMessage());
        assertEquals("input cell (0, 4) is outside the 4x4 input", assertThrows(IllegalArgumentException.class,
                () -> schedule.outputsReadingCount(0, 4)).getMessage());
        assertEquals(4, schedule.maxOutputsReading());
        assertEquals("a 50000x50000 input with a 50000x50000 output has more cells than one plane can hold: crop or "
                + "scale the image down", assertThrows(IllegalArgumentException.class,
                () -> new SlidingSchedule(ConvGeometry.same(50_000, 50_000, 3, 3, 1, 1))).getMessage());
    }
}

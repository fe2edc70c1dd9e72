package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValueMappingTest {

    private static int gray(ValueMapping m, float v, ValueRange r) {
        int p = m.argb(v, r);
        assertEquals(0xFF, p >>> 24, "opaque");
        assertEquals(p & 0xFF, p >> 8 & 0xFF, "gray");
        assertEquals(p & 0xFF, p >> 16 & 0xFF, "gray");
        return p & 0xFF;
    }

    @Test
    void clampKeepsValuesAndCutsTheRest() {
        float[] data = {-40, 0, 12.4f, 12.5f, 255, 300};
        ValueRange r = ValueMapping.CLAMP.range(data);
        assertEquals(new ValueRange(0, 255), r);
        int[] expected = {0, 0, 12, 13, 255, 255};
        for (int i = 0; i < data.length; i++) {
            assertEquals(expected[i], gray(ValueMapping.CLAMP, data[i], r), "value " + data[i]);
        }
    }

    @Test
    void absShowsStrengthWhateverTheSign() {
        ValueRange r = ValueMapping.ABS.range(new float[] {-80, 3});
        assertEquals(80, gray(ValueMapping.ABS, -80, r));
        assertEquals(255, gray(ValueMapping.ABS, -1000, r));
    }

    @Test
    void minMaxStretchesTheDataRange() {
        float[] data = {-100, -50, 0, 100, Float.NaN};
        ValueRange r = ValueMapping.MINMAX.range(data);
        assertEquals(new ValueRange(-100, 100), r);
        // 255 * (v + 100) / 200: -50 -> 63.75 -> 64; 0 -> 127.5 -> 128.
        assertEquals(0, gray(ValueMapping.MINMAX, -100, r));
        assertEquals(64, gray(ValueMapping.MINMAX, -50, r));
        assertEquals(128, gray(ValueMapping.MINMAX, 0, r));
        assertEquals(255, gray(ValueMapping.MINMAX, 100, r));
        ValueRange flat = ValueMapping.MINMAX.range(new float[] {7, 7});
        assertEquals(0, gray(ValueMapping.MINMAX, 7, flat));
    }

    @Test
    void divergingIsRdBuReversedCentredOnZero() {
        float[] data = {-3, 0, 1.5f, 4};
        ValueRange r = ValueMapping.DIVERGING.range(data);
        assertEquals(new ValueRange(-4, 4), r);
        // ColorBrewer RdBu (11 classes), reversed as matplotlib's RdBu_r: darkest blue #053061 for the most
        // negative, #F7F7F7 at zero, darkest red #67001F for the most positive.
        assertEquals(0xFF053061, ValueMapping.DIVERGING.argb(-4, r));
        assertEquals(0xFFF7F7F7, ValueMapping.DIVERGING.argb(0, r));
        assertEquals(0xFF67001F, ValueMapping.DIVERGING.argb(4, r));
        // v = 2 is t = 0.75, halfway between anchors 7 (#F4A582) and 8 (#D6604D):
        // R (244 + 214) / 2 = 229, G (165 + 96) / 2 = 130.5 -> 131, B (130 + 77) / 2 = 103.5 -> 104.
        assertEquals(0xFF000000 | 229 << 16 | 131 << 8 | 104, ValueMapping.DIVERGING.argb(2, r));
        // v = -0.5 is t = 0.4375, 3/8 of the way from #D1E5F0 to #F7F7F7:
        // R 209 + 38 * 3/8 = 223.25 -> 223, G 229 + 18 * 3/8 = 235.75 -> 236, B 240 + 7 * 3/8 = 242.625 -> 243.
        assertEquals(0xFF000000 | 223 << 16 | 236 << 8 | 243, ValueMapping.DIVERGING.argb(-0.5f, r));
        ValueRange zero = ValueMapping.DIVERGING.range(new float[] {0, 0});
        assertEquals(0xFFF7F7F7, ValueMapping.DIVERGING.argb(0, zero));
    }
}

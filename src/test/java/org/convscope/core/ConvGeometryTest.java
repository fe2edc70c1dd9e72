package org.convscope.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConvGeometryTest {

    /** Window positions counted by sliding an explicit (dilated) window over an explicitly padded axis. */
    private static int bruteOutputSize(int n, int before, int after, int k, int stride, int dilation) {
        int padded = before + n + after;
        int count = 0;
        for (int start = 0; start < padded; start += stride) {
            boolean fits = true;
            for (int t = 0; t < k; t++) {
                if (start + t * dilation >= padded) {
                    fits = false;
                }
            }
            if (fits) {
                count++;
            }
        }
        return count;
    }

    /** Input cells no tap touches, found by marking every tap of every window on the padded axis. */
    private static int[] bruteUnused(int n, int before, int after, int k, int stride, int dilation) {
        boolean[] touched = new boolean[before + n + after];
        for (int start = 0; start + (k - 1) * dilation < touched.length; start += stride) {
            for (int t = 0; t < k; t++) {
                touched[start + t * dilation] = true;
            }
        }
        List<Integer> unused = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!touched[before + i]) {
                unused.add(i);
            }
        }
        return unused.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void outputSizeAgreesWithSlidingOverAPaddedGrid() {
        Random random = new Random(20261129L);
        int checked = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            int inH = 1 + random.nextInt(40);
            int inW = 1 + random.nextInt(40);
            int kH = 1 + random.nextInt(11);
            int kW = 1 + random.nextInt(11);
            int stride = 1 + random.nextInt(5);
            int dilation = 1 + random.nextInt(4);
            Padding pad = new Padding(random.nextInt(7), random.nextInt(7), random.nextInt(7), random.nextInt(7));
            int expectH = bruteOutputSize(inH, pad.top(), pad.bottom(), kH, stride, dilation);
            int expectW = bruteOutputSize(inW, pad.left(), pad.right(), kW, stride, dilation);
            if (expectH == 0 || expectW == 0) {
                assertThrows(IllegalArgumentException.class,
                        () -> ConvGeometry.of(inH, inW, kH, kW, stride, dilation, pad));
                continue;
            }
            ConvGeometry g = ConvGeometry.of(inH, inW, kH, kW, stride, dilation, pad);
            assertEquals(expectH, g.outH(), g::toString);
            assertEquals(expectW, g.outW(), g::toString);
            assertArrayEquals(bruteUnused(inH, pad.top(), pad.bottom(), kH, stride, dilation), g.unusedRows(), g::toString);
            assertArrayEquals(bruteUnused(inW, pad.left(), pad.right(), kW, stride, dilation), g.unusedColumns(), g::toString);
            checked++;
        }
        // Most random cases must be valid ones, or the comparison above would prove little.
        assertTrue(checked > 10_000, "valid cases checked: " + checked);
    }

    @Test
    void samePaddingKeepsCeilOfInputOverStride() {
        Random random = new Random(7L);
        for (int trial = 0; trial < 5_000; trial++) {
            int inH = 1 + random.nextInt(40);
            int inW = 1 + random.nextInt(40);
            int kH = 1 + random.nextInt(11);
            int kW = 1 + random.nextInt(11);
            int stride = 1 + random.nextInt(5);
            int dilation = 1 + random.nextInt(4);
            for (SamePaddingConvention convention : SamePaddingConvention.values()) {
                ConvGeometry g = ConvGeometry.same(inH, inW, kH, kW, stride, dilation, convention);
                assertEquals((inH + stride - 1) / stride, g.outH(), g::toString);
                assertEquals((inW + stride - 1) / stride, g.outW(), g::toString);
                int imbalanceH = convention == SamePaddingConvention.EXTRA_AFTER
                        ? g.pad().bottom() - g.pad().top() : g.pad().top() - g.pad().bottom();
                int imbalanceW = convention == SamePaddingConvention.EXTRA_AFTER
                        ? g.pad().right() - g.pad().left() : g.pad().left() - g.pad().right();
                assertEquals(g.pad().vertical() % 2, imbalanceH, g::toString);
                assertEquals(g.pad().horizontal() % 2, imbalanceW, g::toString);
            }
        }
    }

    @Test
    void samePaddingOfAnEvenKernelSplitsLikeTensorFlow() {
        // TensorFlow's "SAME": pad_total = 3 for k = 4, stride 1; pad_top = 3 / 2 = 1, pad_bottom = 2.
        ConvGeometry after = ConvGeometry.same(10, 10, 4, 4, 1, 1);
        assertEquals(new Padding(1, 2, 1, 2), after.pad());
        ConvGeometry before = ConvGeometry.same(10, 10, 4, 4, 1, 1, SamePaddingConvention.EXTRA_BEFORE);
        assertEquals(new Padding(2, 1, 2, 1), before.pad());
        assertEquals(10, before.outH());
        assertEquals(1.5, ConvGeometry.idealSamePadding(4, 1));
    }

    @Test
    void samePaddingWithStrideTwoFollowsTensorFlowsFormula() {
        // TensorFlow: out = ceil(7 / 2) = 4, pad_total = max((4 - 1) * 2 + 3 - 7, 0) = 2 -> 1 and 1.
        assertEquals(new Padding(1, 1, 1, 1), ConvGeometry.same(7, 7, 3, 3, 2, 1).pad());
        // out = ceil(8 / 2) = 4, pad_total = max(6 + 3 - 8, 0) = 1 -> 0 before, 1 after.
        assertEquals(new Padding(0, 1, 0, 1), ConvGeometry.same(8, 8, 3, 3, 2, 1).pad());
        // A 1x1 kernel with stride 4 needs no padding at all.
        assertEquals(Padding.NONE, ConvGeometry.same(9, 9, 1, 1, 4, 1).pad());
    }

    @Test
    void fullPaddingComputesEveryWindowThatTouchesTheInput() {
        ConvGeometry g = ConvGeometry.full(5, 7, 3, 2, 1, 1);
        assertEquals(5 + 3 - 1, g.outH());
        assertEquals(7 + 2 - 1, g.outW());
        ConvGeometry dilated = ConvGeometry.full(5, 5, 3, 3, 1, 2);
        assertEquals(Padding.uniform(4), dilated.pad());
        assertEquals(5 + 4, dilated.outH());
    }

    @Test
    void validPaddingMatchesTheLectureNotes() {
        // The notes: a 48x48 image with a 5x5 kernel gives 44x44; two 3x3 layers give 46x46 then 44x44.
        ConvGeometry five = ConvGeometry.valid(48, 48, 5, 5, 1, 1);
        assertEquals(44, five.outH());
        assertEquals(44, five.outW());
        ConvGeometry first = ConvGeometry.valid(48, 48, 3, 3, 1, 1);
        assertEquals(46, first.outH());
        ConvGeometry second = ConvGeometry.valid(first.outH(), first.outW(), 3, 3, 1, 1);
        assertEquals(44, second.outW());
        // w_out = w_in - k + 1 + 2p
        for (int p = 0; p <= 3; p++) {
            assertEquals(48 - 5 + 1 + 2 * p, ConvGeometry.of(48, 48, 5, 5, 1, 1, Padding.uniform(p)).outW());
        }
    }

    @Test
    void unusedRowsShowWhatAStrideLeavesOut() {
        // 7 rows, 2x2 kernel, stride 3: windows at rows 0-1 and 3-4; rows 2, 5, 6 are never read.
        ConvGeometry g = ConvGeometry.valid(7, 7, 2, 2, 3, 1);
        assertArrayEquals(new int[] {2, 5, 6}, g.unusedRows());
        assertArrayEquals(new int[0], ConvGeometry.valid(7, 7, 3, 3, 1, 1).unusedColumns());
    }

    @Test
    void windowsStartWhereTheStrideAndPaddingPutThem() {
        ConvGeometry g = ConvGeometry.of(10, 10, 3, 3, 2, 1, new Padding(1, 0, 2, 0));
        assertEquals(-1, g.windowTop(0));
        assertEquals(3, g.windowTop(2));
        assertEquals(-2, g.windowLeft(0));
        assertEquals(4, g.windowLeft(3));
    }

    @Test
    void refusesAKernelThatDoesNotFit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConvGeometry.of(5, 5, 9, 9, 1, 1, Padding.uniform(1)));
        assertEquals("a 9x9 kernel does not fit in a 5x5 input padded by 1 (7x7): "
                + "use a smaller kernel or dilation, or more padding", e.getMessage());
        IllegalArgumentException dilated = assertThrows(IllegalArgumentException.class,
                () -> ConvGeometry.valid(6, 6, 3, 3, 1, 3));
        assertEquals("a 3x3 kernel with dilation 3 spans 7x7 and does not fit in a 6x6 input: "
                + "use a smaller kernel or dilation, or more padding", dilated.getMessage());
    }

    @Test
    void refusesAZeroStrideNegativePaddingAndOversizedInput() {
        assertEquals("the stride must be at least 1, not 0", assertThrows(IllegalArgumentException.class,
                () -> ConvGeometry.valid(5, 5, 3, 3, 0, 1)).getMessage());
        assertEquals("the stride must be at least 1, not 0", assertThrows(IllegalArgumentException.class,
                () -> ConvGeometry.same(5, 5, 3, 3, 0, 1)).getMessage());
        assertEquals("padding cannot be negative (left is -1)", assertThrows(IllegalArgumentException.class,
                () -> new Padding(0, 0, -1, 0)).getMessage());
        assertEquals("the input width of 70000 is more than the supported 65536", assertThrows(
                IllegalArgumentException.class, () -> ConvGeometry.valid(5, 70_000, 3, 3, 1, 1)).getMessage());
        assertEquals("the input height must be at least 1, not 0", assertThrows(
                IllegalArgumentException.class, () -> ConvGeometry.same(0, 5, 3, 3, 1, 1)).getMessage());
        assertEquals("the kernel height of 2000 is more than the supported 1024", assertThrows(
                IllegalArgumentException.class, () -> ConvGeometry.full(5, 5, 2000, 3, 1, 1)).getMessage());
        assertEquals("padding is missing", assertThrows(IllegalArgumentException.class,
                () -> ConvGeometry.of(5, 5, 3, 3, 1, 1, null)).getMessage());
    }
}

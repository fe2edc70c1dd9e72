package org.convscope.core.rf;

import org.convscope.core.ConvGeometry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReceptiveFieldTest {

    private static final String VGG16 = "conv3p1,conv3p1,pool2,conv3p1,conv3p1,pool2,conv3p1,conv3p1,conv3p1,pool2,"
            + "conv3p1,conv3p1,conv3p1,pool2,conv3p1,conv3p1,conv3p1,pool2";
    private static final String ALEXNET = "conv11s4,pool3s2,conv5p2,pool3s2,conv3p1,conv3p1,conv3p1,pool3s2";

    @Test
    void oneFiveByFiveAndTwoThreeByThreeSeeTheSameFiveCells() {
        // The lecture notes: two stacked 3x3 layers see as far as one 5x5 layer.
        ReceptiveField five = ReceptiveField.of(48, 48, "conv5");
        ReceptiveField twoThrees = ReceptiveField.of(48, 48, "conv3,conv3");
        assertEquals(5, five.row(0).size());
        assertEquals(5, twoThrees.row(1).size());
        assertEquals(3, twoThrees.row(0).size());
        assertEquals(44, twoThrees.row(1).geometry().outH());
    }

    @Test
    void alexNetSees195PixelsWithStride32AtPool5() {
        // Araujo, Norris, Sim, "Computing Receptive Fields of Convolutional Neural Networks", Distill 2019, table:
        // AlexNet r = 195, effective stride S = 32.
        ReceptiveField.Row pool5 = ReceptiveField.of(227, 227, ALEXNET).rows().get(7);
        assertEquals(195, pool5.size());
        assertEquals(32, pool5.jump());
        assertEquals(6, pool5.geometry().outH());
    }

    @Test
    void vgg16Sees212PixelsWithStride32AtPool5() {
        // Same Distill table: VGG-16 r = 212, S = 32, effective padding P = 90.
        ReceptiveField.Row pool5 = ReceptiveField.of(224, 224, VGG16).rows().get(17);
        assertEquals(212, pool5.size());
        assertEquals(32, pool5.jump());
        assertEquals(90, pool5.effectivePadding());
        assertEquals(-90 + 211 / 2.0, pool5.start());
        assertEquals(7, pool5.geometry().outW());
    }

    @Test
    void startFollowsTheGuidesFormula() {
        // Hien's guide, written out by hand for conv3p1 then conv4s2 (even kernel): start_1 = 0 + (1 - 1) 1 = 0,
        // start_2 = 0 + (1.5 - 0) 1 = 1.5, and the field of the first output is cells 0..3.
        ReceptiveField rf = ReceptiveField.of(16, 16, "conv3p1,conv4s2");
        assertEquals(0.0, rf.row(0).start());
        assertEquals(1.5, rf.row(1).start());
        assertEquals(new ReceptiveField.Region(-1, -1, 6, 6), rf.region(1, 0, 0));
        assertEquals(new ReceptiveField.Region(3, -1, 6, 6), rf.region(1, 2, 0));
    }

    @Test
    void regionsAgreeWithBackwardPropagationOfDependencies() {
        Random random = new Random(2019L);
        int checked = 0;
        while (checked < 150) {
            int inH = 6 + random.nextInt(30);
            int inW = 6 + random.nextInt(30);
            List<LayerSpec> stack = randomStack(random);
            ReceptiveField rf;
            try {
                rf = new ReceptiveField(inH, inW, stack);
            } catch (IllegalArgumentException doesNotFit) {
                continue;
            }
            checked++;
            int layer = random.nextInt(stack.size());
            ConvGeometry g = rf.row(layer).geometry();
            for (int y = 0; y < g.outH(); y++) {
                for (int x = 0; x < g.outW(); x++) {
                    TreeSet<Integer> rowsSeen = unclippedDependencies(rf, layer, y, true);
                    TreeSet<Integer> colsSeen = unclippedDependencies(rf, layer, x, false);
                    ReceptiveField.Region unclipped = rf.region(layer, y, x);
                    assertEquals(new ReceptiveField.Region(rowsSeen.first(), colsSeen.first(),
                            rowsSeen.last() - rowsSeen.first() + 1, colsSeen.last() - colsSeen.first() + 1),
                            unclipped, stack::toString);

                    long[] paths = brutePathCounts(rf, layer, y, x);
                    assertArrayEquals(paths, rf.pathCounts(layer, y, x), stack::toString);
                    assertEquals(boundingBox(paths, inH, inW), rf.clippedRegion(layer, y, x), stack::toString);
                }
            }
        }
    }

    private static List<LayerSpec> randomStack(Random random) {
        List<LayerSpec> stack = new ArrayList<>();
        int depth = 1 + random.nextInt(4);
        for (int i = 0; i < depth; i++) {
            LayerSpec layer = random.nextBoolean() ? LayerSpec.conv(1 + random.nextInt(5)) : LayerSpec.pool(1 + random.nextInt(3));
            stack.add(layer.withStride(1 + random.nextInt(3)).withPadding(random.nextInt(3))
                    .withDilation(1 + random.nextInt(2)));
        }
        return stack;
    }

    /** Input indices along one axis an output index would touch if padding cells were real, by set propagation. */
    private static TreeSet<Integer> unclippedDependencies(ReceptiveField rf, int layer, int out, boolean rows) {
        TreeSet<Integer> cells = new TreeSet<>(List.of(out));
        for (int l = layer; l >= 0; l--) {
            LayerSpec spec = rf.row(l).layer();
            TreeSet<Integer> below = new TreeSet<>();
            for (int o : cells) {
                for (int t = 0; t < spec.kernel(); t++) {
                    below.add(o * spec.stride() - spec.padding() + t * spec.dilation());
                }
            }
            cells = below;
        }
        return cells;
    }

    /** Paths from every input cell to one output cell, propagated back through 2D maps with nested loops. */
    private static long[] brutePathCounts(ReceptiveField rf, int layer, int outY, int outX) {
        ConvGeometry top = rf.row(layer).geometry();
        long[][] paths = new long[top.outH()][top.outW()];
        paths[outY][outX] = 1;
        for (int l = layer; l >= 0; l--) {
            ConvGeometry g = rf.row(l).geometry();
            LayerSpec spec = rf.row(l).layer();
            long[][] below = new long[g.inH()][g.inW()];
            for (int oy = 0; oy < g.outH(); oy++) {
                for (int ox = 0; ox < g.outW(); ox++) {
                    for (int ky = 0; ky < spec.kernel(); ky++) {
                        for (int kx = 0; kx < spec.kernel(); kx++) {
                            int iy = oy * spec.stride() - spec.padding() + ky * spec.dilation();
                            int ix = ox * spec.stride() - spec.padding() + kx * spec.dilation();
                            if (iy >= 0 && iy < g.inH() && ix >= 0 && ix < g.inW()) {
                                below[iy][ix] += paths[oy][ox];
                            }
                        }
                    }
                }
            }
            paths = below;
        }
        long[] flat = new long[rf.inputHeight() * rf.inputWidth()];
        for (int y = 0; y < rf.inputHeight(); y++) {
            System.arraycopy(paths[y], 0, flat, y * rf.inputWidth(), rf.inputWidth());
        }
        return flat;
    }

    private static Optional<ReceptiveField.Region> boundingBox(long[] counts, int h, int w) {
        int top = h;
        int bottom = -1;
        int left = w;
        int right = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (counts[y * w + x] != 0) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return bottom < 0 ? Optional.empty()
                : Optional.of(new ReceptiveField.Region(top, left, bottom - top + 1, right - left + 1));
    }

    @Test
    void twoThreeByThreeLayersWeighTheCentreMost() {
        ReceptiveField rf = ReceptiveField.of(9, 9, "conv3,conv3");
        long[] counts = rf.pathCounts(1, 2, 2);
        long[] tent = {0, 0, 1, 2, 3, 2, 1, 0, 0};
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 9; x++) {
                assertEquals(tent[y] * tent[x], counts[y * 9 + x]);
            }
        }
        assertArrayEquals(tent, rf.rowPathCounts(1, 2));
        assertArrayEquals(tent, rf.columnPathCounts(1, 2));
        long[] flat = ReceptiveField.of(9, 9, "conv5").pathCounts(0, 2, 2);
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 9; x++) {
                assertEquals(y >= 2 && y <= 6 && x >= 2 && x <= 6 ? 1 : 0, flat[y * 9 + x]);
            }
        }
    }

    @Test
    void aCellThatSeesOnlyPaddingHasNoClippedRegion() {
        ReceptiveField rf = ReceptiveField.of(4, 4, "conv1p3");
        assertEquals(Optional.empty(), rf.clippedRegion(0, 0, 0));
        assertEquals(new ReceptiveField.Region(-3, -3, 1, 1), rf.region(0, 0, 0));
        assertEquals(Optional.of(new ReceptiveField.Region(0, 1, 1, 1)), rf.clippedRegion(0, 3, 4));
    }

    @Test
    void refusesToCountPathsBeyondALong() {
        // n layers of conv3 lead T(n) paths along one axis from the centre cell, the central trinomial coefficient:
        // T(41) is about 2.8e18 (fits in a long, its square does not), T(45) about 2.2e20.
        ReceptiveField rf41 = ReceptiveField.of(100, 100, String.join(",", Collections.nCopies(41, "conv3p1")));
        assertEquals(1, rf41.rowPathCounts(40, 50)[9]);
        assertThrows(ArithmeticException.class, () -> rf41.pathCounts(40, 50, 50));
        ReceptiveField rf45 = ReceptiveField.of(100, 100, String.join(",", Collections.nCopies(45, "conv3p1")));
        assertThrows(ArithmeticException.class, () -> rf45.rowPathCounts(44, 50));
        // The region only needs to know which counts are non-zero, so it still works.
        assertEquals(Optional.of(new ReceptiveField.Region(5, 5, 91, 91)), rf45.clippedRegion(44, 50, 50));
    }

    @Test
    void refusesAStackThatShrinksTheImageAway() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReceptiveField.of(8, 8, "conv3,pool2,conv5"));
        assertEquals("layer 3 (conv5) on its 3x3 input: a 5x5 kernel does not fit in a 3x3 input: "
                + "use a smaller kernel or dilation, or more padding", e.getMessage());
        assertEquals("output cell (6, 0) is outside layer 1's 6x6 output", assertThrows(IllegalArgumentException.class,
                () -> ReceptiveField.of(8, 8, "conv3").region(0, 6, 0)).getMessage());
    }
}

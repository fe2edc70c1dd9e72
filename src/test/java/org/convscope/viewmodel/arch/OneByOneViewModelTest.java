package org.convscope.viewmodel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OneByOneViewModelTest {

    /**
     * The lecture note's example: 11x11x256 to 11x11x128; a 3x3 layer has 3 * 3 * 256 * 128 = 294,912 weights, a 1x1
     * layer 256 * 128 = 32,768. MACs: every weight once per output pixel, 121 pixels.
     */
    @Test
    void startsOnTheNotesExample() {
        OneByOneViewModel model = new OneByOneViewModel();
        BlockCost kxk = model.kxkProperty().get();
        BlockCost one = model.oneByOneProperty().get();
        assertEquals(294_912, kxk.weights());
        assertEquals(32_768, one.weights());
        assertEquals(121L * 294_912, kxk.macs());
        assertEquals(121L * 32_768, one.macs());
        assertEquals("128x11x11", kxk.output());
        assertEquals("128x11x11", one.output());
        assertEquals(128, one.biases());
    }

    /**
     * Bottleneck 256 -> 64 (1x1) -> 128 (3x3): 256 * 64 + 9 * 64 * 128 = 16,384 + 73,728 = 90,112 weights in two
     * layers against 294,912 in one: 69.4 % fewer.
     */
    @Test
    void theBottleneckIsDeeperYetHasFewerWeights() {
        OneByOneViewModel model = new OneByOneViewModel();
        BlockCost b = model.bottleneckProperty().get();
        assertEquals(2, b.depth());
        assertEquals(1, model.kxkProperty().get().depth());
        assertEquals(90_112, b.weights());
        assertEquals(121L * 90_112, b.macs());
        assertEquals(100 * (1 - 90_112.0 / 294_912), model.bottleneckWeightSavingProperty().get(), 1e-9);

        model.setReduced(256);
        // 256 * 256 + 9 * 256 * 128 = 65,536 + 294,912: more than the plain layer.
        assertEquals(360_448, model.bottleneckProperty().get().weights());
        assertTrue(model.bottleneckWeightSavingProperty().get() < 0);
    }

    /** Brute force: weights counted filter by filter, tap by tap. */
    @Test
    void editingSizesChangesTheCountsAsCountingEveryWeightDoes() {
        OneByOneViewModel model = new OneByOneViewModel();
        model.setHeight(7);
        model.setWidth(9);
        model.setInChannels(48);
        model.setOutChannels(80);
        model.setKernel(5);
        long weights = 0;
        for (int o = 0; o < 80; o++) {
            for (int c = 0; c < 48; c++) {
                for (int tap = 0; tap < 5 * 5; tap++) {
                    weights++;
                }
            }
        }
        assertEquals(weights, model.kxkProperty().get().weights());
        assertEquals(7L * 9 * weights, model.kxkProperty().get().macs());
        assertEquals("80x7x9", model.kxkProperty().get().output());
        assertEquals(48 * 80, model.oneByOneProperty().get().weights());
    }

    @Test
    void anEvenKernelIsRefusedWithTheOddNeighbours() {
        OneByOneViewModel model = new OneByOneViewModel();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.setKernel(4));
        assertEquals("a 4x4 kernel cannot keep the size with the same padding on every side: choose an odd k such as"
                + " 3 or 5", e.getMessage());
        assertEquals(3, model.kernelProperty().get());
        assertThrows(IllegalArgumentException.class, () -> model.setInChannels(0));
    }

    /** The output value is the core's 1x1 convolution; the dot product of the shown vectors must give it. */
    @Test
    void eachOutputChannelIsTheDotProductOfThePixelColumnAndItsFilter() {
        OneByOneViewModel model = new OneByOneViewModel();
        for (int step = 0; step < 130; step++) {
            DotProduct dot = model.dotProductProperty().get();
            assertEquals(256, dot.inputs().size());
            assertEquals(128, dot.outputs().size());
            double sum = 0;
            for (int c = 0; c < dot.inputs().size(); c++) {
                assertEquals(dot.inputs().get(c) * dot.weights().get(c), dot.products().get(c));
                sum += dot.inputs().get(c) * dot.weights().get(c);
            }
            assertEquals(sum, dot.output(), "channel " + dot.outputChannel());
            assertEquals(step % 128, dot.outputChannel(), "the step wraps after the last channel");
            model.nextOutputChannel();
        }
    }

    @Test
    void fewerOutputChannelsKeepTheShownChannelInRange() {
        OneByOneViewModel model = new OneByOneViewModel();
        model.showOutputChannel(100);
        model.setOutChannels(16);
        assertEquals(15, model.outputChannelProperty().get());
        assertEquals(16, model.dotProductProperty().get().outputs().size());
    }
}

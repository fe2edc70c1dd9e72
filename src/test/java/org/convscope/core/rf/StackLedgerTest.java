package org.convscope.core.rf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StackLedgerTest {

    private static final int C = 64;

    @Test
    void theNotesFiveByFiveCosts25CSquaredAndTwoThreeByThreesCost18CSquared() {
        StackLedger five = ledger(StackComparison.FIVE_VS_TWO_THREES.stackA(), 48);
        StackLedger threes = ledger(StackComparison.FIVE_VS_TWO_THREES.stackB(), 48);

        assertEquals(25L * C * C, five.weights());
        assertEquals(18L * C * C, threes.weights());
        assertEquals(25, five.weightsPerChannelSquared());
        assertEquals(18, threes.weightsPerChannelSquared());
        assertEquals(C, five.biases());
        assertEquals(2 * C, threes.biases());
        assertEquals(1, five.nonLinearities());
        assertEquals(2, threes.nonLinearities());
        // 48 -> 44 in one step, 48 -> 46 -> 44 in two; MACs = output cells x weights per cell.
        assertEquals(44L * 44 * 25 * C * C, five.macs());
        assertEquals((46L * 46 + 44L * 44) * 9 * C * C, threes.macs());
        assertEquals(44, threes.rows().get(1).output().height());
        // 1 - 18/25 = 28 %.
        assertEquals(28.0, StackLedger.saving(five.weights(), threes.weights()), 1e-9);
    }

    @Test
    void sevenBySevenAgainstThreeThreeByThrees() {
        StackLedger seven = ledger(StackComparison.SEVEN_VS_THREE_THREES.stackA(), 48);
        StackLedger threes = ledger(StackComparison.SEVEN_VS_THREE_THREES.stackB(), 48);
        assertEquals(49L * C * C, seven.weights());
        assertEquals(27L * C * C, threes.weights());
        assertEquals(100.0 * 22 / 49, StackLedger.saving(seven.weights(), threes.weights()), 1e-9);
        assertEquals(3, threes.nonLinearities());
    }

    @Test
    void alexNetsFirstLayerAndItsThreeByThreeStackSeeElevenCellsWithStrideFour() {
        StackComparison preset = StackComparison.ALEXNET_FIRST_LAYER;
        ReceptiveField a = new ReceptiveField(227, 227, preset.stackA());
        ReceptiveField b = new ReceptiveField(227, 227, preset.stackB());
        assertEquals(11, a.row(0).size());
        assertEquals(11, b.row(2).size());
        assertEquals(4, a.row(0).jump());
        assertEquals(4, b.row(2).jump());
        // (227 - 11) / 4 + 1 = 55; 227 -> 113 -> 111 -> 55.
        assertEquals(55, a.row(0).geometry().outH());
        assertEquals(55, b.row(2).geometry().outH());
        assertEquals(121L * C * C, ledger(preset.stackA(), 227).weights());
        assertEquals(27L * C * C, ledger(preset.stackB(), 227).weights());
    }

    @Test
    void poolingsCostNothingButShrinkTheMapForTheNextConv() {
        StackLedger ledger = ledger(LayerSpec.parseStack("conv3p1,pool2,conv3p1"), 8);
        assertEquals(2 * 9L * C * C, ledger.weights());
        assertEquals((8L * 8 + 4L * 4) * 9 * C * C, ledger.macs());
        assertEquals(2, ledger.nonLinearities());
    }

    @Test
    void rejectsWhatCannotBeCounted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StackLedger.of(List.of(LayerSpec.conv(3)), 0, 8, 8));
        assertTrue(e.getMessage().contains("channels C must be at least 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> StackLedger.of(List.of(LayerSpec.conv(3), LayerSpec.pool(2).withDilation(2)), 4, 8, 8));
        assertTrue(e.getMessage().contains("layer 2 (pool2d2)"), e.getMessage());
    }

    @Test
    void savingIsRelativeToTheBase() {
        assertEquals(-50.0, StackLedger.saving(100, 150), 1e-12);
        assertEquals(0.0, StackLedger.saving(0, 0), 1e-12);
    }

    private static StackLedger ledger(List<LayerSpec> layers, int size) {
        return StackLedger.of(layers, C, size, size);
    }
}

package org.convscope.viewmodel.receptive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The view-model without a toolkit: the figures a student reads off the screen. */
class ReceptiveFieldViewModelTest {

    private static final long C2 = 64L * 64;

    private final ReceptiveFieldViewModel vm = new ReceptiveFieldViewModel();

    @Test
    void startsOnTheNotesFiveByFiveAgainstTwoThreeByThreesOn48() {
        assertEquals(Preset.FIVE_VS_TWO_THREES, vm.getPreset());
        assertEquals(48, vm.getInputSize());
        assertEquals(64, vm.getChannels());
        assertEquals("conv5", vm.stackA().getStackText());
        assertEquals("conv3,conv3", vm.stackB().getStackText());
        // 48 -> 44 both ways: 48 - 5 + 1 = 44; 48 - 3 + 1 = 46, 46 - 3 + 1 = 44.
        assertEquals(List.of(new PlaneSize(48, 48), new PlaneSize(44, 44)), vm.stackA().getPlanes());
        assertEquals(List.of(new PlaneSize(48, 48), new PlaneSize(46, 46), new PlaneSize(44, 44)),
                vm.stackB().getPlanes());
    }

    @Test
    void ledgersShow25CSquaredAgainst18CSquaredAndA28PerCentSaving() {
        StackCost a = vm.stackA().getCost();
        StackCost b = vm.stackB().getCost();
        assertEquals(25 * C2, a.weights());
        assertEquals(18 * C2, b.weights());
        assertEquals(25, a.weightsPerChannelSquared());
        assertEquals(18, b.weightsPerChannelSquared());
        assertEquals(25 * C2 + 64, a.parameters());
        assertEquals(18 * C2 + 128, b.parameters());
        assertEquals(List.of(9 * C2, 9 * C2), b.layers().stream().map(StackCost.LayerCost::weights).toList());
        assertEquals(1, a.nonLinearities());
        assertEquals(2, b.nonLinearities());
        assertEquals(44L * 44 * 25 * C2, a.macs());
        assertEquals((46L * 46 + 44L * 44) * 9 * C2, b.macs());
        assertEquals(28.0, vm.weightSavingProperty().get(), 1e-9);
        double withBiases = 100.0 * ((25 * C2 + 64) - (18 * C2 + 128)) / (25 * C2 + 64);
        assertEquals(withBiases, vm.parameterSavingProperty().get(), 1e-9);
        double macs = 100.0 * (44.0 * 44 * 25 - (46.0 * 46 + 44 * 44) * 9) / (44.0 * 44 * 25);
        assertEquals(macs, vm.macSavingProperty().get(), 1e-9);
    }

    @Test
    void channelCountScalesTheLedgerAsCSquared() {
        assertTrue(vm.setChannels(3));
        assertEquals(25L * 9, vm.stackA().getCost().weights());
        assertEquals(18L * 9 + 2 * 3, vm.stackB().getCost().parameters());
        assertEquals(28.0, vm.weightSavingProperty().get(), 1e-9);
        assertFalse(vm.setChannels(0));
        assertEquals("the number of channels C must be between 1 and 512, not 0", vm.getError());
        assertEquals(3, vm.getChannels());
    }

    @Test
    void presetsLoadTheirStacksAndNumbers() {
        vm.choosePreset(Preset.SEVEN_VS_THREE_THREES);
        assertEquals(49 * C2, vm.stackA().getCost().weights());
        assertEquals(27 * C2, vm.stackB().getCost().weights());
        assertEquals(7, vm.stackB().getRows().get(2).receptiveField());
        assertEquals(42, vm.stackA().getOutput().height());
        assertEquals(42, vm.stackB().getOutput().height());

        vm.choosePreset(Preset.ALEXNET_FIRST_LAYER);
        assertEquals(227, vm.getInputSize());
        LayerRow eleven = vm.stackA().getRows().get(0);
        LayerRow last = vm.stackB().getRows().get(2);
        assertEquals(List.of(11L, 4L, 55), List.of(eleven.receptiveField(), eleven.effectiveStride(), eleven.outputHeight()));
        assertEquals(List.of(11L, 4L, 55), List.of(last.receptiveField(), last.effectiveStride(), last.outputHeight()));
        // Both first fields are input cells 0..10, centred on 5.
        assertEquals(5.0, eleven.firstCentre());
        assertEquals(5.0, last.firstCentre());
        assertEquals(100.0 * (121 - 27) / 121, vm.weightSavingProperty().get(), 1e-9);
    }

    @Test
    void selectingTheCentreLightsThreeByThreeInLayer2AndFiveByFiveInLayer1() {
        vm.select(20, 30);
        // Output (20, 30) of two valid 3x3 layers sees rows 20..24, columns 30..34 of the input and 3x3 of layer 2.
        assertEquals(List.of(new CellRegion(0, 20, 30, 5, 5), new CellRegion(1, 20, 30, 3, 3),
                new CellRegion(2, 20, 30, 1, 1)), vm.stackB().getHighlights());
        assertEquals(List.of(new CellRegion(0, 20, 30, 5, 5), new CellRegion(1, 20, 30, 1, 1)),
                vm.stackA().getHighlights());
    }

    @Test
    void heatmapIsFlatForOneFiveByFiveAndPeakedForTwoThreeByThrees() {
        vm.select(10, 10);
        ErfHeatmap flat = vm.stackA().getHeatmap();
        ErfHeatmap peaked = vm.stackB().getHeatmap();
        assertEquals(List.of(10L, 10L, 5, 5), List.of(flat.top(), flat.left(), flat.rows(), flat.cols()));
        assertArrayEquals(new long[] {1, 1, 1, 1, 1}, flat.rowProfile());
        assertArrayEquals(new long[] {1, 2, 3, 2, 1}, peaked.rowProfile());
        assertArrayEquals(new long[] {1, 2, 3, 2, 1}, peaked.columnProfile());
        assertEquals(9, peaked.max());
        assertEquals(9, peaked.count(2, 2));
        assertEquals(2, peaked.count(0, 1));
        assertEquals(1, flat.max());
    }

    @Test
    void editingTheStackUpdatesTableLedgerAndPreset() {
        StackViewModel b = vm.stackB();
        assertTrue(b.addConv());
        assertEquals(Preset.CUSTOM, vm.getPreset());
        assertEquals("conv3,conv3,conv3p1", b.getStackText());
        assertEquals(3, b.getRows().size());
        LayerRow added = b.getRows().get(2);
        assertEquals(List.of(7L, 1L, 44), List.of(added.receptiveField(), added.effectiveStride(), added.outputHeight()));
        assertEquals(27 * C2, b.getCost().weights());
        assertEquals(3, b.getCost().nonLinearities());

        assertTrue(b.addPool());
        LayerRow pool = b.getRows().get(3);
        assertEquals(List.of(8L, 2L, 22), List.of(pool.receptiveField(), pool.effectiveStride(), pool.outputHeight()));
        assertEquals(27 * C2, b.getCost().weights());

        assertTrue(b.moveEarlier(3));
        assertEquals("conv3,conv3,pool2,conv3p1", b.getStackText());
        // conv3, conv3: r 5, j 1; pool2: r 6, j 2; conv3p1: r 6 + 2 * 2 = 10, j 2; 44 -> 22 -> 22.
        assertEquals(List.of(10L, 2L, 22), List.of(b.getRows().get(3).receptiveField(),
                b.getRows().get(3).effectiveStride(), b.getRows().get(3).outputHeight()));
        assertEquals((46L * 46 + 44L * 44 + 22L * 22) * 9 * C2, b.getCost().macs());

        assertTrue(b.setLayer(0, false, 3, 1, 0, 2));
        assertEquals("conv3d2,conv3,pool2,conv3p1", b.getStackText());
        assertEquals(5, b.getRows().get(0).receptiveField());

        assertTrue(b.remove(0));
        assertTrue(b.moveLater(0));
        assertEquals("pool2,conv3,conv3p1", b.getStackText());
        assertEquals(List.of(1, 2, 3), b.getRows().stream().map(LayerRow::number).toList());
        assertEquals("", b.getError());
    }

    @Test
    void editsThatDoNotFitAreRefusedWithAReasonAndChangeNothing() {
        StackViewModel a = vm.stackA();
        assertFalse(a.setStackText("conv5,conv45"));
        assertEquals("layer 2 (conv45) on its 44x44 input: a 45x45 kernel does not fit in a 44x44 input:"
                + " use a smaller kernel or dilation, or more padding", a.getError());
        assertEquals("conv5", a.getStackText());
        assertEquals(Preset.FIVE_VS_TWO_THREES, vm.getPreset());

        assertFalse(a.remove(0));
        assertEquals("a stack needs at least one layer: add another before removing this one", a.getError());
        assertFalse(a.setStackText("conv3x"));
        assertTrue(a.getError().startsWith("layer 1 'conv3x'"), a.getError());

        assertFalse(vm.setInputSize(4));
        assertTrue(vm.getError().startsWith("stack A, layer 1 (conv5) on its 4x4 input"), vm.getError());
        assertEquals(48, vm.getInputSize());
    }

    @Test
    void inputSizeChangesEveryPlaneAndKeepsTheSelectionInside() {
        vm.select(43, 43);
        assertTrue(vm.setInputSize(10));
        assertEquals(new PlaneSize(6, 6), vm.stackA().getOutput());
        assertEquals(5, vm.stackA().selectedRowProperty().get());
        assertEquals(new CellRegion(0, 5, 5, 5, 5), vm.stackB().getHighlights().get(0));
        assertEquals(6L * 6 * 25 * C2, vm.stackA().getCost().macs());
    }

    @Test
    void realNetworksEndAtTheirPublishedReceptiveFields() {
        // Araujo et al., Distill 2019: AlexNet 195, VGG-16 212, ResNet-50 483, all with effective stride 32.
        List<NetworkCurve> nets = vm.getNetworks();
        assertEquals(List.of("AlexNet", "VGG-16", "GoogLeNet", "ResNet-50"), nets.stream().map(NetworkCurve::name).toList());
        assertEquals(195, nets.get(0).last().receptiveField());
        assertEquals(212, nets.get(1).last().receptiveField());
        assertEquals(483, nets.get(3).last().receptiveField());
        nets.forEach(n -> assertEquals(32, n.last().effectiveStride(), n.name()));
        assertEquals(List.of(1, 11L), List.of(nets.get(0).points().get(0).depth(),
                nets.get(0).points().get(0).receptiveField()));
    }
}

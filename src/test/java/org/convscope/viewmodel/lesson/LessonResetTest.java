package org.convscope.viewmodel.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.convscope.viewmodel.MainViewModel;
import org.convscope.viewmodel.PaddingPreset;
import org.convscope.viewmodel.SameConvention;
import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.SlidePicture;
import org.convscope.viewmodel.SlideViewModel;
import org.convscope.viewmodel.arch.ArchTopic;
import org.convscope.viewmodel.arch.ArchViewModels;
import org.convscope.viewmodel.arch.InceptionViewModel;
import org.convscope.viewmodel.arch.ReluViewModel;
import org.convscope.viewmodel.receptive.Preset;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;
import org.junit.jupiter.api.Test;

/**
 * "Reset this step" after a learner changed everything a view lets them change: every number the step promised
 * comes back, the values of the sliding-kernel cells included. The promised numbers are the note's, written out
 * here; the promised cell values are those of a sliding-kernel view opened on the app's seed, read from a second,
 * untouched view-model.
 */
class LessonResetTest {

    /** The seed the app opens the sliding-kernel view with (AppModels). */
    private static final long SEED = 2026L;

    private final MainViewModel main = new MainViewModel(List.of("sample"), "sample");
    private final SlideViewModel slide = new SlideViewModel(SEED);
    private final ReceptiveFieldViewModel receptive = new ReceptiveFieldViewModel();
    private final ArchViewModels arch = ArchViewModels.create();
    private final LessonViewModel lesson = new LessonViewModel(LessonScript.load(), main,
            LessonTargets.forViews(slide, receptive, arch));

    private void goTo(String id) {
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (lesson.steps().get(i).id().equals(id)) {
                lesson.goTo(i);
                return;
            }
        }
        throw new AssertionError("no step " + id);
    }

    /** Everything the sliding-kernel view lets a learner change, changed. */
    private void changeEverythingOnTheSlideView() {
        slide.inputRowsProperty().set(9);
        slide.inputColumnsProperty().set(6);
        slide.channelsProperty().set(3);
        slide.filtersProperty().set(2);
        slide.kernelRowsProperty().set(5);
        slide.kernelColumnsProperty().set(2);
        slide.strideProperty().set(2);
        slide.dilationProperty().set(2);
        slide.paddingPresetProperty().set(PaddingPreset.EXPLICIT);
        slide.padTopProperty().set(3);
        slide.padBottomProperty().set(0);
        slide.padLeftProperty().set(2);
        slide.padRightProperty().set(4);
        slide.sameConventionProperty().set(SameConvention.EXTRA_BEFORE);
        slide.randomValues();
        slide.useSamplePatch(slide.sampleNames().get(0));
        slide.setInputValue(0, 0, 0, "-123.5");
        slide.setInputValue(2, 1, 1, "42");
        slide.setKernelValue(1, 2, 4, 1, "7.25");
        slide.setKernelValue(0, 0, 0, 0, "−3");
        slide.shownChannelProperty().set(2);
        slide.shownFilterProperty().set(1);
        slide.stepForward();
        slide.stepForward();
        slide.play();
        slide.hoverInput(1, 1);
        assertEquals("", slide.getError(), "the learner's settings are all valid");
        assertEquals(-123.5f, slide.getPicture().inputValue(0, 0, 0));
        assertEquals(7.25f, slide.getPicture().kernelValue(1, 2, 4, 1));
    }

    /** The step's sizes and the cell values a view opened on {@link #SEED} shows at those sizes, cell by cell. */
    private void assertSlideIsTheStep(int kernel, List<Integer> padding) {
        SlidePicture p = slide.getPicture();
        assertEquals(List.of(7, 7, 1, 1), List.of(p.inputRows(), p.inputColumns(), p.channels(), p.filters()));
        assertEquals(List.of(kernel, kernel, 1, 1), List.of(p.kernelRows(), p.kernelColumns(), p.stride(),
                p.dilation()));
        assertEquals(padding, List.of(p.padTop(), p.padBottom(), p.padLeft(), p.padRight()));
        assertEquals(SameConvention.EXTRA_AFTER, slide.sameConventionProperty().get());

        SlideViewModel opened = new SlideViewModel(SEED);
        opened.kernelRowsProperty().set(kernel);
        opened.kernelColumnsProperty().set(kernel);
        SlidePicture expected = opened.getPicture();
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 7; x++) {
                assertEquals(expected.inputValue(0, y, x), p.inputValue(0, y, x), "input cell " + y + "," + x);
            }
        }
        for (int ky = 0; ky < kernel; ky++) {
            for (int kx = 0; kx < kernel; kx++) {
                assertEquals(expected.kernelValue(0, 0, ky, kx), p.kernelValue(0, 0, ky, kx),
                        "kernel cell " + ky + "," + kx);
            }
        }

        assertEquals(0, slide.getStep(), "the animation is back at its first step");
        assertFalse(slide.isPlaying());
        assertEquals(0, slide.shownChannelProperty().get());
        assertEquals(0, slide.shownFilterProperty().get());
        assertEquals(-1, slide.hoveredInputRowProperty().get());
        assertEquals(-1, slide.hoveredOutputProperty().get());
        assertEquals("", slide.getError());
        assertNull(slide.typingErrorProperty().get());
        assertEquals(Section.SLIDE, main.getSection());
    }

    @Test
    void outputWidthStepComesBackWithItsSizesAndItsCellValues() {
        goTo("output-width");
        float typedOver = slide.getPicture().inputValue(0, 0, 0);
        changeEverythingOnTheSlideView();
        main.showSection(Section.LAB);
        lesson.resetStep();
        assertSlideIsTheStep(3, List.of(0, 0, 0, 0));
        assertEquals(typedOver, slide.getPicture().inputValue(0, 0, 0), "the value before -123.5 was typed");
        assertEquals("output-width", lesson.getStep().id());
    }

    @Test
    void oddKernelStepComesBackWithOneCellOfPaddingAndItsCellValues() {
        goTo("odd-kernels");
        changeEverythingOnTheSlideView();
        lesson.resetStep();
        // p = (k - 1) / 2 = 1 on every side.
        assertSlideIsTheStep(3, List.of(1, 1, 1, 1));
    }

    @Test
    void evenKernelStepComesBackWithItsAsymmetricPaddingAndItsCellValues() {
        goTo("even-kernels");
        changeEverythingOnTheSlideView();
        lesson.resetStep();
        // k - 1 = 3 cells an axis: one before, two after.
        assertSlideIsTheStep(4, List.of(1, 2, 1, 2));
    }

    /** A value that cannot be used leaves the view refusing it; the reset clears that too, on unchanged sizes. */
    @Test
    void resetAfterAnUnusableTypedValueClearsTheRefusal() {
        goTo("output-width");
        slide.setInputValue(0, 2, 2, "seven");
        assertNotEquals("", slide.getError());
        lesson.resetStep();
        assertSlideIsTheStep(3, List.of(0, 0, 0, 0));
    }

    /** Going to another step and back gives the same values, as the step is data, not the last state seen. */
    @Test
    void leavingAndComingBackToASlideStepGivesTheSameValues() {
        goTo("odd-kernels");
        changeEverythingOnTheSlideView();
        lesson.next();
        lesson.previous();
        assertEquals("odd-kernels", lesson.getStep().id());
        assertSlideIsTheStep(3, List.of(1, 1, 1, 1));
    }

    @Test
    void aStepMayNameTheSeedOfItsValues() {
        LessonTargets.slide(slide).apply(Map.of("seed", "5"));
        SlidePicture expected = new SlideViewModel(5L).getPicture();
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 7; x++) {
                assertEquals(expected.inputValue(0, y, x), slide.getPicture().inputValue(0, y, x));
            }
        }
        assertEquals(expected.kernelValue(0, 0, 1, 2), slide.getPicture().kernelValue(0, 0, 1, 2));
    }

    @Test
    void fiveVersusThreeStepComesBackWithTheNotesStacksInputChannelsAndCentre() {
        goTo("five-vs-three");
        assertTrue(receptive.stackA().setStackText("conv7s2,pool2"));
        assertTrue(receptive.stackB().setStackText("conv3,conv3,conv3"));
        assertTrue(receptive.setInputSize(64));
        assertTrue(receptive.setChannels(3));
        receptive.pin(0, 0);
        assertEquals(Preset.CUSTOM, receptive.getPreset());
        main.showSection(Section.SLIDE);

        lesson.resetStep();
        assertEquals(Section.RECEPTIVE, main.getSection());
        assertEquals(Preset.FIVE_VS_TWO_THREES, receptive.getPreset());
        assertEquals(48, receptive.getInputSize());
        assertEquals(64, receptive.getChannels());
        assertEquals(1, receptive.stackA().getRows().size(), "one 5x5 layer");
        assertEquals(2, receptive.stackB().getRows().size(), "two 3x3 layers");
        // 48 - 5 + 1 = 44, and 48 - 3 + 1 - 3 + 1 = 44; 25 C^2 and 18 C^2 weights for C = 64.
        assertEquals(44, receptive.stackA().getOutput().height());
        assertEquals(44, receptive.stackB().getOutput().width());
        assertEquals(25L * 64 * 64, receptive.stackA().getCost().weights());
        assertEquals(18L * 64 * 64, receptive.stackB().getCost().weights());
        assertEquals(22, receptive.stackA().selectedRowProperty().get(), "the centre cell of 44 x 44");
        assertEquals(22, receptive.stackB().selectedColumnProperty().get());
        assertFalse(receptive.pinnedProperty().get());
        assertEquals("", receptive.getError());
    }

    @Test
    void oneByOneStepComesBackWithTheNotesShapeAfterEveryChange() {
        goTo("one-by-one");
        arch.oneByOne().setHeight(20);
        arch.oneByOne().setWidth(30);
        arch.oneByOne().setInChannels(64);
        arch.oneByOne().setOutChannels(32);
        arch.oneByOne().setKernel(5);
        arch.oneByOne().setReduced(16);
        arch.oneByOne().showOutputChannel(7);
        arch.topics().showTopic(ArchTopic.TABLES);
        lesson.resetStep();
        assertEquals(ArchTopic.ONE_BY_ONE, arch.topics().getTopic());
        assertEquals(List.of(11, 11, 256, 128, 3, 64, 0), List.of(arch.oneByOne().heightProperty().get(),
                arch.oneByOne().widthProperty().get(), arch.oneByOne().inChannelsProperty().get(),
                arch.oneByOne().outChannelsProperty().get(), arch.oneByOne().kernelProperty().get(),
                arch.oneByOne().reducedProperty().get(), arch.oneByOne().outputChannelProperty().get()));
    }

    @Test
    void fullyConnectedAndAlexNetStepsComeBack() {
        goTo("fc-vs-conv");
        arch.fullyConnected().setHeight(7);
        arch.fullyConnected().setWidth(7);
        arch.fullyConnected().setChannels(512);
        arch.fullyConnected().setUnits(100);
        arch.fullyConnected().setClasses(10);
        lesson.resetStep();
        assertEquals(ArchTopic.FULLY_CONNECTED, arch.topics().getTopic());
        assertEquals(List.of(6, 6, 256, 4096, 1000), List.of(arch.fullyConnected().heightProperty().get(),
                arch.fullyConnected().widthProperty().get(), arch.fullyConnected().channelsProperty().get(),
                arch.fullyConnected().unitsProperty().get(), arch.fullyConnected().classesProperty().get()));

        goTo("alexnet");
        arch.alexNet().channelsProperty().set(48);
        lesson.resetStep();
        assertEquals(ArchTopic.ALEXNET, arch.topics().getTopic());
        assertEquals(96, arch.alexNet().channelsProperty().get());
    }

    @Test
    void reluStepComesBack() {
        goTo("relu");
        arch.relu().setDepth(3);
        arch.relu().setZ(-2);
        arch.relu().setPreActivation(ReluViewModel.PreActivation.FIXED);
        lesson.resetStep();
        assertEquals(10, arch.relu().depthProperty().get());
        assertEquals(1.0, arch.relu().zProperty().get());
        assertEquals(ReluViewModel.PreActivation.STANDARD_NORMAL, arch.relu().preActivationProperty().get());
    }

    @Test
    void inceptionStepComesBackWithBlock3aOfTable1() {
        goTo("inception");
        InceptionViewModel inception = arch.inception();
        inception.chooseBlock("inception4e");
        inception.oneByOneProperty().set(1);
        inception.reduce3Property().set(2);
        inception.out3Property().set(3);
        inception.reduce5Property().set(4);
        inception.out5Property().set(5);
        inception.poolProjectionProperty().set(6);
        inception.inputChannelsProperty().set(7);
        inception.inputSizeProperty().set(8);
        inception.reductionsProperty().set(false);
        inception.torchvisionProperty().set(true);
        lesson.resetStep();
        // Szegedy et al. 2015, Table 1, inception (3a): 28x28x192 in; #1x1 64, #3x3 reduce 96, #3x3 128,
        // #5x5 reduce 16, #5x5 32, pool proj 32.
        assertEquals(List.of(192, 28, 64, 96, 128, 16, 32, 32), List.of(inception.inputChannelsProperty().get(),
                inception.inputSizeProperty().get(), inception.oneByOneProperty().get(),
                inception.reduce3Property().get(), inception.out3Property().get(), inception.reduce5Property().get(),
                inception.out5Property().get(), inception.poolProjectionProperty().get()));
        assertTrue(inception.reductionsProperty().get());
        assertFalse(inception.torchvisionProperty().get());
    }

    @Test
    void resNetAndDenseNetStepsComeBack() {
        goTo("resnet");
        arch.resNet().bottleneckProperty().set(true);
        arch.resNet().downsamplingProperty().set(true);
        arch.resNet().blocksProperty().set(5);
        arch.resNet().blockDerivativeProperty().set(-0.5);
        lesson.resetStep();
        assertFalse(arch.resNet().bottleneckProperty().get());
        assertFalse(arch.resNet().downsamplingProperty().get());
        assertEquals(20, arch.resNet().blocksProperty().get());
        assertEquals(0.1, arch.resNet().blockDerivativeProperty().get());

        goTo("densenet");
        arch.denseNet().chooseBlock(3);
        arch.denseNet().growthRateProperty().set(12);
        arch.denseNet().layersProperty().set(3);
        arch.denseNet().inputChannelsProperty().set(100);
        arch.denseNet().inputSizeProperty().set(10);
        lesson.resetStep();
        // Huang et al. 2017, Table 1: DenseNet-121's first dense block, 6 layers, k = 32, on 56x56x64.
        assertEquals(List.of(1, 32, 6, 64, 56), List.of(arch.denseNet().blockProperty().get(),
                arch.denseNet().growthRateProperty().get(), arch.denseNet().layersProperty().get(),
                arch.denseNet().inputChannelsProperty().get(), arch.denseNet().inputSizeProperty().get()));
    }
}

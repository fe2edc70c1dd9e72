package org.convscope.viewmodel.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.convscope.viewmodel.receptive.StackCost;
import org.junit.jupiter.api.Test;

/**
 * The shipped lesson on the real view-models: every step sets up its view with the note's numbers, and the figures
 * the views then show are checked against the note's arithmetic written out here.
 */
class LessonViewModelTest {

    private final MainViewModel main = new MainViewModel(List.of("sample"), "sample");
    private final SlideViewModel slide = new SlideViewModel(2026L);
    private final ReceptiveFieldViewModel receptive = new ReceptiveFieldViewModel();
    private final ArchViewModels arch = ArchViewModels.create();
    private final LessonViewModel lesson = new LessonViewModel(LessonScript.load(), main,
            LessonTargets.forViews(slide, receptive, arch));

    private int indexOf(String id) {
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (lesson.steps().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no step " + id);
    }

    private void goTo(String id) {
        lesson.goTo(indexOf(id));
        assertEquals(id, lesson.getStep().id());
        assertTrue(lesson.isRunning());
    }

    @Test
    void fullyConnectedStepShowsAlexNetsLastMapIntoAlexNetsDenseLayer() {
        goTo("fc-vs-conv");
        assertEquals(Section.ARCH, main.getSection());
        assertEquals(ArchTopic.FULLY_CONNECTED, arch.topics().getTopic());
        assertEquals(256, arch.fullyConnected().channelsProperty().get());
        assertEquals(6, arch.fullyConnected().heightProperty().get());
        assertEquals(6, arch.fullyConnected().widthProperty().get());
        // Flatten 6x6x256 into 4096 units: C H W N weights.
        assertEquals(6L * 6 * 256 * 4096, arch.fullyConnected().denseProperty().get().weights());
        // A 1x1 convolution to 1000 classes: C K weights.
        assertEquals(256L * 1000, arch.fullyConnected().convHeadProperty().get().weights());
    }

    @Test
    void outputWidthStepIsSevenBySevenWithAThreeByThreeKernelAndNoPadding() {
        goTo("output-width");
        assertEquals(Section.SLIDE, main.getSection());
        SlidePicture p = slide.getPicture();
        assertEquals(List.of(7, 7, 3, 3, 1, 1), List.of(p.inputRows(), p.inputColumns(), p.kernelRows(),
                p.kernelColumns(), p.stride(), p.dilation()));
        assertEquals(PaddingPreset.VALID, slide.paddingPresetProperty().get());
        assertEquals(List.of(0, 0, 0, 0), List.of(p.padTop(), p.padBottom(), p.padLeft(), p.padRight()));
        // w - k + 1 = 7 - 3 + 1.
        assertEquals(5, p.outputRows());
        assertEquals(5, p.outputColumns());
        assertEquals(0, slide.getStep());
        assertEquals("", slide.getError());
    }

    @Test
    void oddKernelStepKeepsTheSizeWithOneCellOfPaddingOnEverySide() {
        goTo("odd-kernels");
        SlidePicture p = slide.getPicture();
        assertEquals(PaddingPreset.SAME, slide.paddingPresetProperty().get());
        // p = (k - 1) / 2 = 1 on every side, w_out = 7 - 3 + 1 + 2 = 7.
        assertEquals(List.of(1, 1, 1, 1), List.of(p.padTop(), p.padBottom(), p.padLeft(), p.padRight()));
        assertEquals(7, p.outputRows());
        assertEquals(7, p.outputColumns());
    }

    @Test
    void evenKernelStepPutsTheExtraCellAtTheBottomAndRight() {
        goTo("even-kernels");
        SlidePicture p = slide.getPicture();
        assertEquals(4, p.kernelRows());
        assertEquals(SameConvention.EXTRA_AFTER, slide.sameConventionProperty().get());
        // k - 1 = 3 cells per axis: one before, two after (TensorFlow's and PyTorch's "same").
        assertEquals(List.of(1, 2, 1, 2), List.of(p.padTop(), p.padBottom(), p.padLeft(), p.padRight()));
        assertEquals(7, p.outputRows());
        assertEquals(7, p.outputColumns());
    }

    @Test
    void oneByOneStepIsTheNotesElevenByElevenBy256To128() {
        goTo("one-by-one");
        assertEquals(ArchTopic.ONE_BY_ONE, arch.topics().getTopic());
        assertEquals(11, arch.oneByOne().heightProperty().get());
        assertEquals(11, arch.oneByOne().widthProperty().get());
        assertEquals(256, arch.oneByOne().inChannelsProperty().get());
        assertEquals(128, arch.oneByOne().outChannelsProperty().get());
        // 3 * 3 * 256 * 128 and 1 * 1 * 256 * 128, the note's figures.
        assertEquals(294_912L, arch.oneByOne().kxkProperty().get().weights());
        assertEquals(32_768L, arch.oneByOne().oneByOneProperty().get().weights());
        assertEquals("128x11x11", arch.oneByOne().oneByOneProperty().get().output());
    }

    @Test
    void alexNetStepShowsTheFirstLayerWithAlexNetsChannels() {
        goTo("alexnet");
        assertEquals(ArchTopic.ALEXNET, arch.topics().getTopic());
        assertEquals(96, arch.alexNet().channelsProperty().get());
        assertEquals(227, arch.alexNet().imageSize());
        // conv1: 11x11 stride 4 on 227: (227 - 11) / 4 + 1 = 55.
        assertEquals(55, arch.alexNet().rows().get(0).size());
        assertEquals(11, arch.alexNet().rows().get(0).kernel());
        assertEquals(4, arch.alexNet().rows().get(0).stride());
    }

    @Test
    void fiveVersusThreeStepIsTheNotesComparisonOn48By48() {
        goTo("five-vs-three");
        assertEquals(Section.RECEPTIVE, main.getSection());
        assertEquals(Preset.FIVE_VS_TWO_THREES, receptive.getPreset());
        assertEquals(48, receptive.getInputSize());
        assertEquals(64, receptive.getChannels());
        // 48 - 5 + 1 = 44, and 48 - 3 + 1 - 3 + 1 = 44.
        assertEquals(44, receptive.stackA().getOutput().height());
        assertEquals(44, receptive.stackB().getOutput().height());
        StackCost a = receptive.stackA().getCost();
        StackCost b = receptive.stackB().getCost();
        assertEquals(25L * 64 * 64, a.weights());
        assertEquals(18L * 64 * 64, b.weights());
        assertEquals(22, receptive.stackA().selectedRowProperty().get(), "the centre cell is selected");
        assertFalse(receptive.pinnedProperty().get());
    }

    @Test
    void reluStepIsTenLayersOfStandardNormalInputs() {
        goTo("relu");
        assertEquals(ArchTopic.RELU, arch.topics().getTopic());
        assertEquals(10, arch.relu().depthProperty().get());
        assertEquals(ReluViewModel.PreActivation.STANDARD_NORMAL, arch.relu().preActivationProperty().get());
        // ReLU' over standard-normal z averages 1/2, so the first of 10 layers gets (1/2)^10 of the gradient.
        double relu = arch.relu().gradientsProperty().get().get(0).perLayer().get(0);
        assertEquals(Math.pow(0.5, 10), relu, 1e-9);
    }

    @Test
    void inceptionStepIsBlock3aWithItsReductions() {
        goTo("inception");
        InceptionViewModel inception = arch.inception();
        assertEquals(ArchTopic.INCEPTION, arch.topics().getTopic());
        assertTrue(inception.reductionsProperty().get());
        assertFalse(inception.torchvisionProperty().get());
        // Szegedy et al. 2015, Table 1, inception (3a): 192 in at 28x28; 64 + 128 + 32 + 32 = 256 out.
        assertEquals(192, inception.inputChannelsProperty().get());
        assertEquals(28, inception.inputSizeProperty().get());
        assertEquals(256, inception.getFigures().outChannels());
    }

    @Test
    void resNetStepIsTheBasicBlockWithItsIdentityShortcut() {
        goTo("resnet");
        assertEquals(ArchTopic.RESNET, arch.topics().getTopic());
        assertFalse(arch.resNet().bottleneckProperty().get());
        assertFalse(arch.resNet().getBlock().projection());
        assertEquals("64x56x56", arch.resNet().getBlock().output());
        assertEquals(20, arch.resNet().getGradients().size());
    }

    @Test
    void denseNetStepIsDenseNet121sFirstBlock() {
        goTo("densenet");
        assertEquals(ArchTopic.DENSENET, arch.topics().getTopic());
        assertEquals(32, arch.denseNet().growthRateProperty().get());
        assertEquals(6, arch.denseNet().layersProperty().get());
        // Huang et al. 2017, Table 1: 64 + 6 * 32 = 256 channels, halved by the transition on a map halved too.
        assertEquals("256x56x56", arch.denseNet().getFigures().output());
        assertEquals("128x28x28", arch.denseNet().getFigures().transitionOutput());
    }

    @Test
    void nextAndPreviousWalkTheStepsAndStopAtTheEnds() {
        assertFalse(lesson.isRunning());
        lesson.start();
        assertEquals(0, lesson.getIndex());
        assertEquals(1, lesson.stepNumberBinding().get());
        assertFalse(lesson.canGoBackBinding().get());
        lesson.previous();
        assertEquals(0, lesson.getIndex());
        lesson.next();
        assertEquals("output-width", lesson.getStep().id());
        assertEquals(Section.SLIDE, main.getSection());
        for (int i = 0; i < 20; i++) {
            lesson.next();
        }
        assertEquals(lesson.steps().size() - 1, lesson.getIndex());
        assertFalse(lesson.canGoForwardBinding().get());
        lesson.previous();
        assertEquals("resnet", lesson.getStep().id());
        lesson.stop();
        assertFalse(lesson.isRunning());
        lesson.start();
        assertEquals("resnet", lesson.getStep().id(), "the lesson continues where it was closed");
        assertThrows(IllegalArgumentException.class, () -> lesson.goTo(lesson.steps().size()));
    }

    @Test
    void resetBringsBackTheStepsSettingAfterTheLearnerChangedThem() {
        goTo("output-width");
        slide.strideProperty().set(2);
        slide.kernelRowsProperty().set(5);
        slide.paddingPresetProperty().set(PaddingPreset.FULL);
        slide.stepForward();
        main.showSection(Section.LAB);
        lesson.resetStep();
        SlidePicture p = slide.getPicture();
        assertEquals(List.of(3, 3, 1), List.of(p.kernelRows(), p.kernelColumns(), p.stride()));
        assertEquals(PaddingPreset.VALID, slide.paddingPresetProperty().get());
        assertEquals(5, p.outputRows());
        assertEquals(0, slide.getStep());
        assertEquals(Section.SLIDE, main.getSection());

        goTo("one-by-one");
        arch.oneByOne().setInChannels(512);
        arch.oneByOne().setKernel(5);
        arch.topics().showTopic(ArchTopic.TABLES);
        lesson.resetStep();
        assertEquals(ArchTopic.ONE_BY_ONE, arch.topics().getTopic());
        assertEquals(294_912L, arch.oneByOne().kxkProperty().get().weights());

        goTo("five-vs-three");
        receptive.stackB().addConv();
        receptive.setChannels(128);
        receptive.pin(0, 0);
        lesson.resetStep();
        assertEquals(Preset.FIVE_VS_TWO_THREES, receptive.getPreset());
        assertEquals(18L * 64 * 64, receptive.stackB().getCost().weights());
        assertFalse(receptive.pinnedProperty().get());

        goTo("densenet");
        arch.denseNet().growthRateProperty().set(12);
        lesson.resetStep();
        assertEquals(32, arch.denseNet().growthRateProperty().get());
    }

    @Test
    void anUnknownSettingFailsLoudlyAndNamesTheSettingsThereAre() {
        LessonTarget slideTarget = LessonTargets.slide(slide);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> slideTarget.apply(Map.of("kernal", "3x3")));
        assertEquals("the sliding-kernel view has no setting 'kernal'; its settings are channels, filters, input,"
                + " kernel, stride, dilation, pad, convention, padding, seed", e.getMessage());

        LessonTarget archTarget = LessonTargets.arch(arch);
        e = assertThrows(IllegalArgumentException.class,
                () -> archTarget.apply(Map.of("topic", "relu", "depht", "10")));
        assertEquals("the ReLU topic has no setting 'depht'; its settings are depth, z, inputs", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> archTarget.apply(Map.of("depth", "10")));
        assertTrue(e.getMessage().startsWith("the architectures view needs a topic: add topic = one of onebyone,"),
                e.getMessage());
    }

    @Test
    void aValueAViewCannotUseIsExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LessonTargets.slide(slide).apply(Map.of("kernel", "3by3")));
        assertEquals("the sliding-kernel view, kernel = 3by3: '3by3' is not 2 numbers joined by x: write e.g. 7x7",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> LessonTargets.slide(slide).apply(Map.of("input", "3x3", "kernel", "5x5")));
        assertTrue(e.getMessage().startsWith("the sliding-kernel view refuses these settings: "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> LessonTargets.oneByOne(arch.oneByOne()).apply(Map.of("kernel", "4")));
        assertTrue(e.getMessage().startsWith("the 1×1 convolution topic, kernel = 4: a 4x4 kernel cannot keep the"
                + " size"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> LessonTargets.receptive(receptive).apply(Map.of("preset", "custom")));
        assertEquals("the receptive-field view, preset = custom: 'custom' is not one of alexnet, note, seven",
                e.getMessage());
    }

    @Test
    void aStepOpeningAViewWithoutTargetIsRefusedWhenTheLessonIsMade() {
        LessonScript script = LessonScript.parse("[look]\nview = lab\n", "test.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LessonViewModel(script, main, LessonTargets.forViews(slide, receptive, arch)));
        assertEquals("step [look] on line 1 opens the lab view, which a lesson cannot set up; the lesson can open"
                + " slide, receptive, arch", e.getMessage());
    }
}

package org.convscope.viewmodel.lesson;

import static org.convscope.viewmodel.lesson.SettingValues.choice;
import static org.convscope.viewmodel.lesson.SettingValues.decimal;
import static org.convscope.viewmodel.lesson.SettingValues.dimensions;
import static org.convscope.viewmodel.lesson.SettingValues.number;
import static org.convscope.viewmodel.lesson.SettingValues.onOff;
import static org.convscope.viewmodel.lesson.SettingValues.seed;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.convscope.viewmodel.PaddingPreset;
import org.convscope.viewmodel.SameConvention;
import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.SlideViewModel;
import org.convscope.viewmodel.arch.AlexNetViewModel;
import org.convscope.viewmodel.arch.ArchTopic;
import org.convscope.viewmodel.arch.ArchViewModels;
import org.convscope.viewmodel.arch.ArchitecturesViewModel;
import org.convscope.viewmodel.arch.DenseNetViewModel;
import org.convscope.viewmodel.arch.FullyConnectedViewModel;
import org.convscope.viewmodel.arch.InceptionViewModel;
import org.convscope.viewmodel.arch.OneByOneViewModel;
import org.convscope.viewmodel.arch.ReluViewModel;
import org.convscope.viewmodel.arch.ResNetViewModel;
import org.convscope.viewmodel.receptive.Preset;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;

/**
 * The settings a lesson step can give each view, as {@link LessonTarget}s over the view-models' public API. The
 * usual value of each setting is the view's opening value, so a step names only what it is about.
 */
public final class LessonTargets {

    private LessonTargets() {
    }

    /** The targets of the views a lesson can open: the sliding kernel, the receptive field, the architectures. */
    public static Map<Section, LessonTarget> forViews(SlideViewModel slide, ReceptiveFieldViewModel receptive,
                                                      ArchViewModels arch) {
        Map<Section, LessonTarget> targets = new EnumMap<>(Section.class);
        targets.put(Section.SLIDE, slide(slide));
        targets.put(Section.RECEPTIVE, receptive(receptive));
        targets.put(Section.ARCH, arch(arch));
        return targets;
    }

    /**
     * The sliding-kernel view: {@code input = 7x7} (rows x columns), {@code channels = 1}, {@code filters = 1},
     * {@code kernel = 3x3}, {@code stride = 1}, {@code dilation = 1}, {@code pad = 1,1,1,1} (top, bottom, left,
     * right, for explicit padding), {@code convention = after} (where same padding puts an odd cell: after, as
     * TensorFlow and PyTorch, or before), {@code padding = valid} (valid, same, full or explicit), and
     * {@code seed} (the input and kernel values are those a view opened with this seed shows; the view's own
     * opening seed when left out), so resetting a step also undoes typed, random and image values. The animation
     * goes back to its first step.
     */
    public static LessonTarget slide(SlideViewModel slide) {
        return new SettingsTarget("the sliding-kernel view", () -> {
            if (!slide.getError().isEmpty()) {
                throw new IllegalArgumentException("the sliding-kernel view refuses these settings: "
                        + slide.getError());
            }
            slide.shownChannelProperty().set(0);
            slide.shownFilterProperty().set(0);
            slide.clearHover();
            slide.toStart();
        })
                .setting("channels", "1", v -> slide.channelsProperty().set(number(v)))
                .setting("filters", "1", v -> slide.filtersProperty().set(number(v)))
                .setting("input", "7x7", v -> {
                    int[] size = dimensions(v, 2);
                    slide.inputRowsProperty().set(size[0]);
                    slide.inputColumnsProperty().set(size[1]);
                })
                .setting("kernel", "3x3", v -> {
                    int[] size = dimensions(v, 2);
                    slide.kernelRowsProperty().set(size[0]);
                    slide.kernelColumnsProperty().set(size[1]);
                })
                .setting("stride", "1", v -> slide.strideProperty().set(number(v)))
                .setting("dilation", "1", v -> slide.dilationProperty().set(number(v)))
                .setting("pad", "1,1,1,1", v -> {
                    int[] pad = Arrays.stream(v.split(",", -1)).mapToInt(SettingValues::number).toArray();
                    if (pad.length != 4) {
                        throw new IllegalArgumentException("write four numbers: top, bottom, left, right");
                    }
                    slide.padTopProperty().set(pad[0]);
                    slide.padBottomProperty().set(pad[1]);
                    slide.padLeftProperty().set(pad[2]);
                    slide.padRightProperty().set(pad[3]);
                })
                .setting("convention", "after", v -> slide.sameConventionProperty().set(choice(v,
                        Map.of("after", SameConvention.EXTRA_AFTER, "before", SameConvention.EXTRA_BEFORE))))
                .setting("padding", "valid", v -> slide.paddingPresetProperty().set(choice(v,
                        byName(PaddingPreset.values(), p -> p.name().toLowerCase()))))
                // Last: it always rebuilds the picture, so a refusal left by a typed value is cleared too.
                .setting("seed", String.valueOf(slide.openingSeed()), v -> slide.seedValues(seed(v)));
    }

    /**
     * The receptive-field view: {@code channels = 64} (C of the ledgers), {@code preset = note} (note: one 5x5
     * against two 3x3 on 48x48; seven: one 7x7 against three 3x3; alexnet: AlexNet's first layer), and
     * {@code input} (the side of the square input; the preset's when left out). The centre cell is selected.
     */
    public static LessonTarget receptive(ReceptiveFieldViewModel receptive) {
        return new SettingsTarget("the receptive-field view", () -> {
            receptive.unpin();
            receptive.selectCentre();
        })
                .setting("channels", String.valueOf(ReceptiveFieldViewModel.DEFAULT_CHANNELS), v -> refused(
                        receptive.setChannels(number(v)), receptive.getError()))
                .setting("preset", Preset.FIVE_VS_TWO_THREES.key(), v -> receptive.choosePreset(choice(v,
                        byName(ReceptiveFieldViewModel.presets().toArray(Preset[]::new), Preset::key))))
                .setting("input", null, v -> refused(receptive.setInputSize(number(v)), receptive.getError()));
    }

    /**
     * The architectures view: {@code topic} (onebyone, fc, alexnet, relu, inception, resnet or densenet) and that
     * topic's settings, see {@link #oneByOne}, {@link #fullyConnected}, {@link #alexNet}, {@link #relu},
     * {@link #inception}, {@link #resNet} and {@link #denseNet}.
     */
    public static LessonTarget arch(ArchViewModels arch) {
        Map<ArchTopic, LessonTarget> topics = new EnumMap<>(ArchTopic.class);
        topics.put(ArchTopic.ONE_BY_ONE, oneByOne(arch.oneByOne()));
        topics.put(ArchTopic.FULLY_CONNECTED, fullyConnected(arch.fullyConnected()));
        topics.put(ArchTopic.ALEXNET, alexNet(arch.alexNet()));
        topics.put(ArchTopic.RELU, relu(arch.relu()));
        topics.put(ArchTopic.INCEPTION, inception(arch.inception()));
        topics.put(ArchTopic.RESNET, resNet(arch.resNet()));
        topics.put(ArchTopic.DENSENET, denseNet(arch.denseNet()));
        return new TopicTarget(arch.topics(), topics);
    }

    /** Shows a topic of the architectures view and gives it the other settings. */
    private record TopicTarget(ArchitecturesViewModel view, Map<ArchTopic, LessonTarget> topics)
            implements LessonTarget {

        @Override
        public void apply(Map<String, String> settings) {
            String names = topics.keySet().stream().map(ArchTopic::key).collect(Collectors.joining(", "));
            String key = settings.get("topic");
            if (key == null) {
                throw new IllegalArgumentException("the architectures view needs a topic: add topic = one of "
                        + names);
            }
            ArchTopic topic = choice(key, byName(topics.keySet().toArray(ArchTopic[]::new), ArchTopic::key));
            Map<String, String> rest = new LinkedHashMap<>(settings);
            rest.remove("topic");
            topics.get(topic).apply(rest);
            view.showTopic(topic);
        }
    }

    /**
     * The 1x1 topic: {@code input = 11x11x256} (height x width x channels), {@code outputs = 128},
     * {@code kernel = 3} (the k x k layer compared with 1x1), {@code reduced = 64} (the bottleneck's width).
     */
    public static LessonTarget oneByOne(OneByOneViewModel oneByOne) {
        return new SettingsTarget("the 1×1 convolution topic", () -> oneByOne.showOutputChannel(0))
                .setting("input", "11x11x256", v -> {
                    int[] shape = dimensions(v, 3);
                    oneByOne.setHeight(shape[0]);
                    oneByOne.setWidth(shape[1]);
                    oneByOne.setInChannels(shape[2]);
                })
                .setting("outputs", "128", v -> oneByOne.setOutChannels(number(v)))
                .setting("kernel", "3", v -> oneByOne.setKernel(number(v)))
                .setting("reduced", "64", v -> oneByOne.setReduced(number(v)));
    }

    /**
     * The fully connected topic: {@code map = 6x6x256} (height x width x channels of the last feature map),
     * {@code units = 4096} (N of the dense layer), {@code classes = 1000}.
     */
    public static LessonTarget fullyConnected(FullyConnectedViewModel fc) {
        return new SettingsTarget("the fully connected topic", () -> { })
                .setting("map", "6x6x256", v -> {
                    int[] shape = dimensions(v, 3);
                    fc.setHeight(shape[0]);
                    fc.setWidth(shape[1]);
                    fc.setChannels(shape[2]);
                })
                .setting("units", "4096", v -> fc.setUnits(number(v)))
                .setting("classes", "1000", v -> fc.setClasses(number(v)));
    }

    /** The AlexNet topic: {@code channels = 96}, C of the first-layer comparison. */
    public static LessonTarget alexNet(AlexNetViewModel alexNet) {
        return new SettingsTarget("the AlexNet topic", () -> { })
                .setting("channels", "96", v -> alexNet.channelsProperty().set(
                        inRange("the number of channels C", number(v), 1, AlexNetViewModel.MAX_CHANNELS)));
    }

    /**
     * The ReLU topic: {@code depth = 10}, {@code inputs = normal} (the derivatives' average over standard-normal
     * pre-activations) or {@code fixed} (one z at every layer), {@code z = 1}.
     */
    public static LessonTarget relu(ReluViewModel relu) {
        return new SettingsTarget("the ReLU topic", () -> { })
                .setting("depth", "10", v -> relu.setDepth(number(v)))
                .setting("z", "1", v -> relu.setZ(decimal(v)))
                .setting("inputs", "normal", v -> relu.setPreActivation(choice(v, Map.of(
                        "normal", ReluViewModel.PreActivation.STANDARD_NORMAL,
                        "fixed", ReluViewModel.PreActivation.FIXED))));
    }

    /**
     * The inception topic: {@code block = inception3a} (one of GoogLeNet's nine), {@code reductions = on} (off: the
     * naive block), {@code variant = paper} (or torchvision).
     */
    public static LessonTarget inception(InceptionViewModel inception) {
        return new SettingsTarget("the inception topic", () -> {
            if (!inception.errorProperty().get().isEmpty()) {
                throw new IllegalArgumentException(inception.errorProperty().get());
            }
        })
                .setting("block", InceptionViewModel.FIRST_BLOCK, inception::chooseBlock)
                .setting("reductions", "on", v -> inception.reductionsProperty().set(onOff(v)))
                .setting("variant", "paper", v -> inception.torchvisionProperty().set(choice(v,
                        Map.of("paper", false, "torchvision", true))));
    }

    /**
     * The ResNet topic: {@code block = basic} (or bottleneck), {@code shortcut = identity} (or projection, the block
     * that halves the map), {@code blocks = 20} and {@code derivative = 0.1} (N and dF/dx of the gradient chart).
     */
    public static LessonTarget resNet(ResNetViewModel resNet) {
        return new SettingsTarget("the ResNet topic", () -> { })
                .setting("block", "basic", v -> resNet.bottleneckProperty().set(choice(v,
                        Map.of("basic", false, "bottleneck", true))))
                .setting("shortcut", "identity", v -> resNet.downsamplingProperty().set(choice(v,
                        Map.of("identity", false, "projection", true))))
                .setting("blocks", "20", v -> resNet.blocksProperty().set(
                        inRange("the number of blocks", number(v), 1, ResNetViewModel.MAX_BLOCKS)))
                .setting("derivative", "0.1", v -> resNet.blockDerivativeProperty().set(decimal(v)));
    }

    /**
     * The DenseNet topic: {@code block = 1} (DenseNet-121's dense block 1 to 4, with its growth rate, layers and
     * input), then, when given, {@code growth-rate} (k) and {@code layers} (L).
     */
    public static LessonTarget denseNet(DenseNetViewModel denseNet) {
        return new SettingsTarget("the DenseNet topic", () -> {
            if (!denseNet.errorProperty().get().isEmpty()) {
                throw new IllegalArgumentException(denseNet.errorProperty().get());
            }
        })
                .setting("block", "1", v -> denseNet.chooseBlock(number(v)))
                .setting("growth-rate", null, v -> denseNet.growthRateProperty().set(
                        inRange("the growth rate k", number(v), 1, DenseNetViewModel.MAX_GROWTH)))
                .setting("layers", null, v -> denseNet.layersProperty().set(
                        inRange("the number of layers L", number(v), 1, DenseNetViewModel.MAX_LAYERS)));
    }

    private static <T> Map<String, T> byName(T[] values, Function<T, String> name) {
        Map<String, T> byName = new LinkedHashMap<>();
        for (T value : values) {
            byName.put(name.apply(value), value);
        }
        return byName;
    }

    private static int inRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    /** A view-model's refusal (false with its reason) as an exception, so a wrong step fails loudly. */
    private static void refused(boolean accepted, String reason) {
        if (!accepted) {
            throw new IllegalArgumentException(reason);
        }
    }
}

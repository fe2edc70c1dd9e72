package org.convscope.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Node;

import org.convscope.view.I18n;
import org.convscope.view.arch.AlexNetPane;
import org.convscope.view.arch.ArchitecturesView;
import org.convscope.view.arch.DenseNetPane;
import org.convscope.view.arch.FullyConnectedPane;
import org.convscope.view.arch.InceptionPane;
import org.convscope.view.arch.NetworkTable;
import org.convscope.view.arch.OneByOnePane;
import org.convscope.view.arch.ReluPane;
import org.convscope.view.arch.ResNetPane;
import org.convscope.view.lab.ImageLabView;
import org.convscope.view.lesson.LessonView;
import org.convscope.view.receptive.ReceptiveFieldView;
import org.convscope.view.slide.SlideView;
import org.convscope.viewmodel.MainViewModel;
import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.SlideViewModel;
import org.convscope.viewmodel.arch.ArchTopic;
import org.convscope.viewmodel.arch.ArchViewModels;
import org.convscope.viewmodel.lesson.LessonScript;
import org.convscope.viewmodel.lesson.LessonTargets;
import org.convscope.viewmodel.lesson.LessonViewModel;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.lab.PreferencesRecentFiles;
import org.convscope.viewmodel.lab.RecentFiles;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;
import org.convscope.viewmodel.settings.SettingsViewModel;
import org.convscope.viewmodel.task.FxTaskExecutor;

/**
 * Every view-model of the window, each made once: the views are built from them and can be built again (in
 * another language) without losing a step, a stack or an image. The one place where views meet their models.
 */
public final class AppModels {

    /** The sliding-kernel view opens on the same numbers every time, so a lesson can refer to them. */
    private static final long SLIDE_SEED = 2026L;
    /** The lab's first kernel: its signed output shows the diverging colours and the vertical edges of any photo. */
    private static final String FIRST_LAB_KERNEL = "sobel-x";

    private final AppOptions options;
    private final MainViewModel main;
    private final SettingsViewModel settings;
    private final SlideViewModel slide = new SlideViewModel(SLIDE_SEED);
    private final ReceptiveFieldViewModel receptive = new ReceptiveFieldViewModel();
    private final ArchViewModels arch = ArchViewModels.create();
    /** The guided lesson sets up the views' own view-models. */
    private final LessonViewModel lesson;
    private final Supplier<RecentFiles> recentFiles;
    private ImageLabViewModel lab;

    /**
     * @param recentFiles where the lab keeps its recent files, asked when the lab is first opened
     */
    AppModels(AppOptions options, SettingsViewModel settings, Supplier<RecentFiles> recentFiles) {
        this.options = options;
        this.settings = settings;
        this.recentFiles = recentFiles;
        main = new MainViewModel(AppOptions.sampleNames(), options.sample().name());
        main.showSection(options.view());
        main.sectionProperty().addListener((obs, old, section) -> settings.setLastView(section));
        lesson = new LessonViewModel(LessonScript.load(), main, LessonTargets.forViews(slide, receptive, arch));
    }

    /** With the lab's recent files in the user's preferences. */
    AppModels(AppOptions options, SettingsViewModel settings) {
        this(options, settings, PreferencesRecentFiles::new);
    }

    public MainViewModel main() {
        return main;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public SlideViewModel slide() {
        return slide;
    }

    public ReceptiveFieldViewModel receptive() {
        return receptive;
    }

    public LessonViewModel lesson() {
        return lesson;
    }

    /**
     * The image lab's view-model, made on first use (it opens the sample and starts a convolution, which a
     * lesson on the sliding kernel need not wait for): convolutions on background threads, the engine the probe
     * chose, messages in the language of the moment.
     */
    public ImageLabViewModel lab() {
        if (lab == null) {
            lab = new ImageLabViewModel(new FxTaskExecutor(), LabEngine.best(), recentFiles.get(),
                    (key, args) -> new I18n(settings.getLanguage()).format(key, args));
            // The sliding view shows the patch, or says why it cannot (its limits are smaller than the lab's):
            // either way the person asked to go there.
            lab.slideRequestProperty().addListener((obs, old, request) -> {
                if (request != null) {
                    slide.openPatch(request);
                    main.showSection(Section.SLIDE);
                }
            });
            lab.openSample(options.sample().name());
            lab.addLibraryKernel(FIRST_LAB_KERNEL);
        }
        return lab;
    }

    /** The pane of each architecture topic in a language, on its view-model; built when the topic is first shown. */
    private Map<ArchTopic, Supplier<Node>> archTopics(I18n i18n) {
        Map<ArchTopic, Supplier<Node>> topics = new EnumMap<>(ArchTopic.class);
        topics.put(ArchTopic.ONE_BY_ONE, () -> new OneByOnePane(i18n, arch.oneByOne()));
        topics.put(ArchTopic.FULLY_CONNECTED, () -> new FullyConnectedPane(i18n, arch.fullyConnected()));
        topics.put(ArchTopic.RELU, () -> new ReluPane(i18n, arch.relu()));
        topics.put(ArchTopic.TABLES, () -> new NetworkTable(i18n, arch.tables(), "tables"));
        topics.put(ArchTopic.ALEXNET, () -> new AlexNetPane(i18n, arch.alexNet()));
        topics.put(ArchTopic.INCEPTION, () -> new InceptionPane(i18n, arch.inception()));
        topics.put(ArchTopic.RESNET, () -> new ResNetPane(i18n, arch.resNet()));
        topics.put(ArchTopic.DENSENET, () -> new DenseNetPane(i18n, arch.denseNet()));
        return topics;
    }

    /** The view of a section in a language, on this section's view-model. */
    public Node viewOf(Section section, I18n i18n) {
        return switch (section) {
            case SLIDE -> new SlideView(slide, i18n);
            case RECEPTIVE -> new ReceptiveFieldView(i18n, receptive);
            case LAB -> new ImageLabView(lab(), i18n);
            case ARCH -> new ArchitecturesView(i18n, arch.topics(), archTopics(i18n));
            case LESSON -> new LessonView(i18n, lesson);
        };
    }
}

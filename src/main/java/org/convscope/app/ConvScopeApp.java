package org.convscope.app;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.convscope.core.EngineChoice;
import org.convscope.core.blas.ConvEngines;
import org.convscope.io.SampleImages;
import org.convscope.view.ExportMenu;
import org.convscope.view.I18n;
import org.convscope.view.MainView;
import org.convscope.view.Resources;
import org.convscope.view.Styles;
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
import org.convscope.view.lesson.LessonPanel;
import org.convscope.view.lesson.LessonView;
import org.convscope.view.receptive.ReceptiveFieldView;
import org.convscope.view.slide.SlideView;
import org.convscope.viewmodel.MainViewModel;
import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.SlideViewModel;
import org.convscope.viewmodel.arch.ArchTopic;
import org.convscope.viewmodel.arch.ArchViewModels;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.lab.PreferencesRecentFiles;
import org.convscope.viewmodel.lesson.LessonScript;
import org.convscope.viewmodel.lesson.LessonTargets;
import org.convscope.viewmodel.lesson.LessonViewModel;
import org.convscope.viewmodel.task.FxTaskExecutor;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;

/** The desktop app: one window with the five views. Started by {@link Launcher}, never as a main class itself. */
public final class ConvScopeApp extends Application {

    /** Small enough for a 1280x720 projector, large enough for the sidebar and a useful view. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 680;
    /** The sliding-kernel view opens on the same numbers every time, so a lesson can refer to them. */
    private static final long SLIDE_SEED = 2026L;
    /** The lab's first kernel: its signed output shows the diverging colours and the vertical edges of any photo. */
    private static final String FIRST_LAB_KERNEL = "sobel-x";

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getRaw()).orElseGet(AppOptions::defaults);
        I18n i18n = new I18n(options.language());
        show(stage, options, () -> describe(ConvEngines.best(), i18n));
    }

    /** The status bar's words for the engine: which one runs and, for the fallback, why. */
    static String describe(EngineChoice choice, I18n i18n) {
        return choice.nativeBlas() ? i18n.get("status.engine.native")
                : i18n.format("status.engine.java", choice.why().in(i18n.locale()));
    }

    /**
     * Builds the main window on {@code stage} and shows it.
     *
     * @param engineStatus asked once on a background thread (the native probe loads a library), its text goes to
     *                     the status bar when it is known
     */
    public static void show(Stage stage, AppOptions options, EngineStatus engineStatus) {
        // The view-models read the core's refusals in the display language (viewmodel.Sentences).
        Locale.setDefault(Locale.Category.DISPLAY, options.language());
        I18n i18n = new I18n(options.language());
        MainViewModel viewModel = new MainViewModel(AppOptions.sampleNames(), options.sample().name());
        viewModel.showSection(options.view());
        viewModel.setEngineStatus(i18n.get("status.engine.checking"));
        Thread probe = new Thread(() -> {
            String text = engineStatus.describe();
            Platform.runLater(() -> viewModel.setEngineStatus(text));
        }, "engine-probe");
        probe.setDaemon(true);
        probe.start();

        // Made before the views so that the image lab can send a patch to the sliding-kernel view before that
        // view was ever shown.
        SlideViewModel slide = new SlideViewModel(SLIDE_SEED);
        // The guided lesson sets up the views' own view-models, so these are made once, before the views.
        ReceptiveFieldViewModel receptive = new ReceptiveFieldViewModel();
        ArchViewModels arch = ArchViewModels.create();
        LessonViewModel lesson = new LessonViewModel(LessonScript.load(), viewModel,
                LessonTargets.forViews(slide, receptive, arch));
        MainView mainView = new MainView(viewModel, i18n,
                section -> viewOf(section, i18n, options, viewModel, slide, receptive, arch, lesson),
                ConvScopeApp::loadSample);
        // The running lesson's panel sits beside the view a step opens (not beside the lesson's own page).
        LessonPanel lessonPanel = new LessonPanel(i18n, lesson);
        mainView.sidePanelProperty().bind(Bindings.when(lesson.runningProperty()
                .and(viewModel.sectionProperty().isNotEqualTo(Section.LESSON)))
                .then((Node) lessonPanel).otherwise((Node) null));
        mainView.getStyleClass().add(Styles.language(options.language().getLanguage()));
        ExportMenu.addTo(mainView, i18n); // export-snap: the export menu at the right end of the status bar
        if (options.language().equals(Locale.KOREAN)) {
            Styles.koreanFont(Font.getFamilies()).ifPresent(mainView.getStyleClass()::add);
        }

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // A classroom projector shows one app at a time: the whole screen gives the grids the largest cells.
        double width = Math.max(MIN_WIDTH, screen.getWidth());
        double height = Math.max(MIN_HEIGHT, screen.getHeight());
        Scene scene = new Scene(mainView, width, height);
        scene.getStylesheets().add(Resources.externalForm(ConvScopeApp.class, Styles.APP_STYLESHEET));

        stage.setTitle(i18n.get("app.name"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        // Placed on the screen's visible area rather than setMaximized, which waits for a window manager that a
        // bare X server (and a kiosk setup) does not have.
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.show();
    }

    /** One view on its own, with view-models made as the window makes them: what {@code convscope snapshot} draws. */
    static Node standaloneView(AppOptions options) {
        MainViewModel main = new MainViewModel(AppOptions.sampleNames(), options.sample().name());
        SlideViewModel slide = new SlideViewModel(SLIDE_SEED);
        ReceptiveFieldViewModel receptive = new ReceptiveFieldViewModel();
        ArchViewModels arch = ArchViewModels.create();
        LessonViewModel lesson = new LessonViewModel(LessonScript.load(), main,
                LessonTargets.forViews(slide, receptive, arch));
        return viewOf(options.view(), new I18n(options.language()), options, main, slide, receptive, arch, lesson);
    }

    /** The view of each section; the place where each view gets its view-model. */
    private static Node viewOf(Section section, I18n i18n, AppOptions options, MainViewModel main,
                               SlideViewModel slide, ReceptiveFieldViewModel receptive, ArchViewModels arch,
                               LessonViewModel lesson) {
        return switch (section) {
            case SLIDE -> new SlideView(slide, i18n);
            case RECEPTIVE -> new ReceptiveFieldView(i18n, receptive);
            case LAB -> new ImageLabView(labViewModel(i18n, options, main, slide), i18n);
            case ARCH -> new ArchitecturesView(i18n, arch.topics(), archTopics(i18n, arch));
            case LESSON -> new LessonView(i18n, lesson);
        };
    }

    /**
     * The image lab's view-model: convolutions on background threads, the engine the probe chose (already probed
     * by the status bar's thread in the app, so this does not wait long), recent files kept in the user's
     * preferences. It opens on the app's sample with one kernel, so that there is a result to look at at once.
     */
    private static ImageLabViewModel labViewModel(I18n i18n, AppOptions options, MainViewModel main,
                                                  SlideViewModel slide) {
        ImageLabViewModel lab = new ImageLabViewModel(new FxTaskExecutor(), LabEngine.best(),
                new PreferencesRecentFiles(), i18n::format);
        // The sliding view shows the patch, or says why it cannot (its limits are smaller than the lab's): either
        // way the person asked to go there.
        lab.slideRequestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                slide.openPatch(request);
                main.showSection(Section.SLIDE);
            }
        });
        lab.openSample(options.sample().name());
        lab.addLibraryKernel(FIRST_LAB_KERNEL);
        return lab;
    }

    /** The pane of each architecture topic on its view-model; built when the topic is first shown. */
    private static Map<ArchTopic, Supplier<Node>> archTopics(I18n i18n, ArchViewModels arch) {
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

    /** Loads a bundled sample synchronously: they are small and in the jar, and the window should open on one. */
    private static Image loadSample(String name) {
        Image image = new Image(Resources.externalForm(ConvScopeApp.class, SampleImages.FOLDER + SampleImages.find(name).fileName()));
        if (image.isError()) {
            throw new IllegalStateException("the sample image '" + name + "' could not be decoded",
                    image.getException());
        }
        return image;
    }
}

package org.convscope.app;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
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
import org.convscope.view.lesson.LessonPanel;
import org.convscope.view.presenter.PresenterShell;
import org.convscope.view.presenter.WindowScroll;
import org.convscope.view.presenter.ZoomPane;
import org.convscope.viewmodel.MainViewModel;
import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.Sentences;
import org.convscope.viewmodel.settings.InMemorySettingsStore;
import org.convscope.viewmodel.settings.PreferencesSettingsStore;
import org.convscope.viewmodel.settings.SettingsViewModel;

/**
 * The desktop app: one window with the five views, in presenter terms (zoom, theme, full screen, hidden
 * controls) and in the language of the settings. Started by {@link Launcher}, never as a main class itself.
 */
public final class ConvScopeApp extends Application {

    /** Small enough for a 1280x720 projector, large enough for the sidebar and a useful view. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 680;
    /**
     * The smallest box a zoomed view is laid out in (an old 800 x 600 projector less its menu bar): below it the
     * window scrolls. Each view's own minimum (legible grids, a sum a few terms wide) may ask for more.
     */
    static final double ZOOM_MIN_WIDTH = 800;
    static final double ZOOM_MIN_HEIGHT = 480;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        AppOptions parsed = AppOptions.parse(args).orElseGet(AppOptions::defaults);
        SettingsViewModel settings = new SettingsViewModel(new PreferencesSettingsStore(), AppOptions.LANGUAGES,
                parsed.language());
        // The command line wins; without it the window opens as it was left.
        AppOptions options = new AppOptions(
                AppOptions.gives(args, "--lang") ? parsed.language() : settings.getLanguage(),
                parsed.sample(),
                AppOptions.gives(args, "--view") || !settings.hasStoredView() ? parsed.view() : settings.getLastView());
        show(stage, options, settings, () -> {
            EngineChoice choice = ConvEngines.best();
            return i18n -> describe(choice, i18n);
        });
    }

    /** The status bar's words for the engine: which one runs and, for the fallback, why. */
    static String describe(EngineChoice choice, I18n i18n) {
        return choice.nativeBlas() ? i18n.get("status.engine.native")
                : i18n.format("status.engine.java", choice.why().in(i18n.locale()));
    }

    /**
     * Builds the main window on {@code stage} and shows it, with settings kept in memory only (tests, and a
     * window that must not change the user's settings).
     *
     * @param engineStatus asked once on a background thread (the native probe loads a library), its text goes to
     *                     the status bar when it is known
     */
    public static void show(Stage stage, AppOptions options, EngineStatus engineStatus) {
        SettingsViewModel settings = new SettingsViewModel(new InMemorySettingsStore(), AppOptions.LANGUAGES,
                options.language());
        show(stage, options, settings, () -> {
            String text = engineStatus.describe();
            return i18n -> text;
        });
    }

    /**
     * Builds the main window and shows it.
     *
     * @param settings   read for the theme and zoom; its language and last view follow {@code options}
     * @param engineText asked once on a background thread (the native probe loads a library); what it returns
     *                   words the engine in a language, so the status bar follows a change of language
     */
    static PresenterShell show(Stage stage, AppOptions options, SettingsViewModel settings,
                               Supplier<Function<I18n, String>> engineText) {
        settings.setLanguage(options.language());
        // The view-models say their texts in the display language (viewmodel.Sentences), and say the texts already
        // shown again when it changes, before the views are built again in the new language.
        Sentences.setLanguage(settings.getLanguage());
        settings.languageProperty().addListener((obs, old, language) -> Sentences.setLanguage(language));
        settings.setLastView(options.view());
        AppModels models = new AppModels(options, settings);
        MainViewModel main = models.main();
        ObjectProperty<Function<I18n, String>> engine = new SimpleObjectProperty<>(
                i18n -> i18n.get("status.engine.checking"));
        Runnable showEngine = () -> main.setEngineStatus(engine.get().apply(new I18n(settings.getLanguage())));
        engine.addListener(obs -> showEngine.run());
        settings.languageProperty().addListener(obs -> showEngine.run());
        showEngine.run();
        Thread probe = new Thread(() -> {
            Function<I18n, String> text = engineText.get();
            Platform.runLater(() -> engine.set(text));
        }, "engine-probe");
        probe.setDaemon(true);
        probe.start();

        PresenterShell shell = new PresenterShell(settings, i18n -> mainView(models, i18n));
        ZoomPane root = new ZoomPane(shell, ZOOM_MIN_WIDTH, ZOOM_MIN_HEIGHT);
        root.zoomProperty().bind(settings.zoomProperty().divide(100.0));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // A classroom projector shows one app at a time: the whole screen gives the grids the largest cells.
        double width = Math.max(MIN_WIDTH, screen.getWidth());
        double height = Math.max(MIN_HEIGHT, screen.getHeight());
        // Below the views' smallest size (a high zoom on a small screen), the window scrolls instead of cutting.
        Scene scene = new Scene(new WindowScroll(root), width, height);
        scene.getStylesheets().add(Resources.externalForm(ConvScopeApp.class, Styles.APP_STYLESHEET));

        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> new I18n(settings.getLanguage()).get("app.name"), settings.languageProperty()));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        followFullScreen(stage, settings);
        // Placed on the screen's visible area rather than setMaximized, which waits for a window manager that a
        // bare X server (and a kiosk setup) does not have.
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.show();
        return shell;
    }

    /** F11 and the settings ask the stage; the system (Escape, the window manager) tells the settings. */
    private static void followFullScreen(Stage stage, SettingsViewModel settings) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.fullScreenExitHintProperty().bind(Bindings.createStringBinding(
                () -> new I18n(settings.getLanguage()).get("presenter.fullScreen.hint"), settings.languageProperty()));
        settings.fullScreenProperty().addListener((obs, was, full) -> stage.setFullScreen(full));
        stage.fullScreenProperty().addListener((obs, was, full) -> settings.setFullScreen(full));
        stage.setFullScreen(settings.isFullScreen());
    }

    /**
     * One view on its own, with view-models made as the window makes them (settings in memory only): what
     * {@code convscope snapshot} draws.
     */
    static Node standaloneView(AppOptions options) {
        SettingsViewModel settings = new SettingsViewModel(new InMemorySettingsStore(), AppOptions.LANGUAGES,
                options.language());
        return new AppModels(options, settings).viewOf(options.view(), new I18n(options.language()));
    }

    /** The main view in a language, with the fonts that language needs. */
    private static MainView mainView(AppModels models, I18n i18n) {
        MainView mainView = new MainView(models.main(), i18n, section -> models.viewOf(section, i18n),
                ConvScopeApp::loadSample);
        mainView.getStyleClass().add(Styles.language(i18n.locale().getLanguage()));
        ExportMenu.addTo(mainView, i18n); // export-snap: the export menu at the right end of the status bar
        // The running lesson's panel sits beside the view a step opens (not beside the lesson's own page).
        LessonPanel lessonPanel = new LessonPanel(i18n, models.lesson());
        mainView.sidePanelProperty().bind(Bindings.when(models.lesson().runningProperty()
                .and(models.main().sectionProperty().isNotEqualTo(Section.LESSON)))
                .then((Node) lessonPanel).otherwise((Node) null));
        if (i18n.locale().equals(Locale.KOREAN)) {
            Styles.koreanFont(Font.getFamilies()).ifPresent(mainView.getStyleClass()::add);
        }
        return mainView;
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

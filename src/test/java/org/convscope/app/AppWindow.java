package org.convscope.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.convscope.io.SampleImages;
import org.convscope.view.presenter.PresenterShell;
import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.settings.InMemorySettingsStore;
import org.convscope.viewmodel.settings.SettingsViewModel;
import org.convscope.viewmodel.settings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The app's window as the walks over every view open it: a language, a theme, a view, the camera sample. */
final class AppWindow {

    private AppWindow() {
    }

    /**
     * Shows the window on {@code section} and waits until it has settled: the lab's first result is in.
     *
     * @return the presenter shell, for its settings and shortcut sheet
     */
    static PresenterShell open(FxRobot robot, Stage stage, Section section, Locale language, Theme theme)
            throws TimeoutException, ExecutionException, InterruptedException {
        SettingsViewModel settings = new SettingsViewModel(new InMemorySettingsStore(), AppOptions.LANGUAGES,
                language);
        settings.setTheme(theme);
        PresenterShell shell = WaitForAsyncUtils.asyncFx(() -> ConvScopeApp.show(stage,
                new AppOptions(language, SampleImages.find("camera"), section), settings,
                () -> i18n -> i18n.locale().equals(Locale.KOREAN) ? "테스트 엔진" : "test engine")).get();
        if (section == Section.LAB) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                Label caption = robot.lookup("#resultCaption").queryAs(Label.class);
                return caption != null && !caption.getText().isBlank();
            }).get());
        }
        WaitForAsyncUtils.waitForFxEvents();
        return shell;
    }

    /** The architecture view's topic buttons, in order; none in the other views. */
    static List<ToggleButton> topics(FxRobot robot) {
        return robot.lookup(node -> node.getId() != null && node.getId().startsWith("topic-"))
                .queryAllAs(ToggleButton.class).stream().toList();
    }
}

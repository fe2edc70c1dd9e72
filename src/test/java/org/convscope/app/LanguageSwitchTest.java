package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

import org.convscope.io.SampleImages;
import org.convscope.view.I18n;
import org.convscope.view.presenter.PresenterShell;
import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.settings.InMemorySettingsStore;
import org.convscope.viewmodel.settings.SettingsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the language builds every view again on the same view-models. The views of before must let go of their
 * view-models (else each switch leaves a window's worth of nodes listening, and working, in the background), and the
 * view-models must drive the new views.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    /** Enough collections for the weak listeners' owners to go: a full GC frees them in the first round. */
    private static final int GC_ROUNDS = 20;

    private SettingsViewModel settings;
    private PresenterShell shell;

    private Stage stage;

    /*
     * A window of its own rather than TestFX's primary stage, which every earlier test class has shown the app in:
     * what those shows hang on the shared stage kept this test's first views reachable in a full run (not alone).
     * The app shows one window once, as here.
     */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        settings = new SettingsViewModel(new InMemorySettingsStore(), AppOptions.LANGUAGES, Locale.ENGLISH);
        shell = ConvScopeApp.show(stage, new AppOptions(Locale.ENGLISH, SampleImages.find("camera")), settings,
                () -> i18n -> "test engine");
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    /** Shows every view once (the main view builds a view on its first visit) and the lab's first result. */
    private List<WeakReference<Node>> visitEveryView(FxRobot robot) throws TimeoutException {
        List<WeakReference<Node>> views = new ArrayList<>();
        views.add(new WeakReference<>(shell.mainView()));
        for (Section section : Section.values()) {
            // Selected rather than fired: TestFX keeps every fired event, and so the old buttons that were targets.
            robot.interact(() -> ((ToggleButton) shell.mainView().lookup("#nav-" + section.key())).setSelected(true));
            views.add(new WeakReference<>(((Parent) shell.mainView().lookup("#content")).getChildrenUnmodifiable()
                    .get(0)));
            if (section == Section.LAB) {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                    Label status = (Label) shell.mainView().lookup("#labStatus");
                    return status != null && !status.getText().isBlank();
                }).get());
            }
        }
        robot.interact(() -> ((ToggleButton) shell.mainView().lookup("#nav-slide")).setSelected(true));
        return views;
    }

    private String equation() throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(() -> ((TextFlow) shell.mainView().lookup("#equation")).getChildren()
                .stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText()).reduce("", String::concat))
                .get();
    }

    @Test
    void theViewsOfBeforeAreLetGoAfterFiveSwitches(FxRobot robot) throws Exception {
        List<WeakReference<Node>> before = visitEveryView(robot);
        for (int i = 0; i < 5; i++) {
            Locale next = i % 2 == 0 ? Locale.KOREAN : Locale.ENGLISH;
            robot.interact(() -> settings.setLanguage(next));
            visitEveryView(robot);
        }
        for (int round = 0; round < GC_ROUNDS && before.stream().anyMatch(r -> r.get() != null); round++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<String> alive = before.stream().map(WeakReference::get).filter(n -> n != null)
                .map(n -> n.getClass().getSimpleName()).toList();
        assertEquals(List.of(), alive, "views of the first language still reachable after five switches");

        // The view-models drive the views of now: the scrubber moves the slide's step, whose equation follows.
        String first = equation();
        robot.interact(() -> ((Slider) shell.mainView().lookup("#scrubber")).setValue(5));
        assertNotEquals(first, equation());
        assertEquals(new I18n(Locale.KOREAN).get("nav.slide"),
                shell.mainView().lookup("#nav-slide").getAccessibleText());
    }
}

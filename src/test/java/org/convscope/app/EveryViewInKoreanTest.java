package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.convscope.view.VisibleTexts;
import org.convscope.view.presenter.PresenterShell;
import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.settings.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view of the app as {@code --lang ko} opens it, walked node by node with the settings and the shortcut sheet
 * over it: no shown label, text, tooltip, tab, menu item (the export menu, the lab's open menus), item of a combo
 * or choice box or error banner (a refused edit of a stack) may read as English (three or more English words in a
 * row that are not names such as sobel-x, ReLU or valid/same/full), and switching the language changes every text
 * that is not a number or such a name. Each tab of a view and each topic of the architecture view is visited, since
 * only the selected one is in the scene.
 */
@ExtendWith(ApplicationExtension.class)
class EveryViewInKoreanTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The texts of {@code section} in {@code language}, once the view has settled (the lab's first result is in). */
    private List<String> textsOf(FxRobot robot, Section section, Locale language)
            throws TimeoutException, ExecutionException, InterruptedException {
        PresenterShell shell = AppWindow.open(robot, stage, section, language, Theme.LIGHT);
        List<String> texts = new ArrayList<>(shownTexts());
        // Every tab of the view in turn: only the selected tab's content is in the scene.
        for (TabPane tabs : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
            for (Tab tab : tabs.getTabs()) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                texts.addAll(shownTexts());
            }
            robot.interact(() -> tabs.getSelectionModel().selectFirst());
        }
        // Every topic of the architecture view in turn, and back to the first.
        List<ToggleButton> topics = AppWindow.topics(robot);
        for (ToggleButton topic : topics) {
            robot.interact(topic::fire);
            texts.addAll(shownTexts());
        }
        if (!topics.isEmpty()) {
            robot.interact(topics.get(0)::fire);
        }
        if (section == Section.RECEPTIVE) {
            texts.addAll(errorBanner(robot));
        }
        // The settings (Ctrl+,) and the shortcut sheet (F1) lie over every view.
        for (Runnable overlay : List.<Runnable>of(shell::toggleSettings, shell::toggleShortcuts)) {
            robot.interact(overlay);
            texts.addAll(shownTexts());
            robot.interact(overlay);
        }
        return texts;
    }

    /**
     * The texts with an error banner up: a stack edited to a 99x99 kernel, which does not fit the 48x48 input, is
     * refused with the core's sentence in the window's language.
     */
    private List<String> errorBanner(FxRobot robot) {
        TabPane tabs = robot.lookup("#rfTabs").queryAs(TabPane.class);
        robot.interact(() -> {
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> t.getContent().lookup("#stackTextA") != null).findFirst().orElseThrow());
            TextField stack = (TextField) tabs.lookup("#stackTextA");
            stack.setText("conv99");
            stack.fireEvent(new ActionEvent());
        });
        List<String> texts = shownTexts();
        assertFalse(((Label) tabs.lookup("#editorErrorA")).getText().isBlank(), "the refusal is shown");
        robot.interact(() -> tabs.getSelectionModel().selectFirst());
        return texts;
    }

    private List<String> shownTexts() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(() -> VisibleTexts.of((Parent) stage.getScene().getRoot())).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void noViewShowsAnEnglishPhraseInKorean(FxRobot robot) throws Exception {
        Map<String, String> english = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            List<String> texts = textsOf(robot, section, Locale.KOREAN);
            for (String text : texts) {
                VisibleTexts.englishPhrase(text).ifPresent(phrase -> english.put(section.key() + ": " + text, phrase));
            }
        }
        assertEquals(Map.of(), english, "texts that read as English in the Korean window");
    }

    @Test
    void switchingTheLanguageChangesEveryTextOfEveryView(FxRobot robot) throws Exception {
        List<String> unchanged = new ArrayList<>();
        for (Section section : Section.values()) {
            List<String> korean = textsOf(robot, section, Locale.KOREAN);
            List<String> inEnglish = textsOf(robot, section, Locale.ENGLISH);
            assertTrue(inEnglish.size() > 3, section + " shows texts");
            for (String text : inEnglish) {
                if (korean.contains(text) && VisibleTexts.hasEnglishWord(text)) {
                    unchanged.add(section.key() + ": " + text);
                }
            }
        }
        assertEquals(List.of(), unchanged, "texts that read the same in English and Korean");
    }
}

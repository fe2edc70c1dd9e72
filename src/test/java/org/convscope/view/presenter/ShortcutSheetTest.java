package org.convscope.view.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.convscope.view.ExportMenu;
import org.convscope.view.I18n;
import org.convscope.view.lesson.LessonPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The shortcut sheet (F1) in both languages: the same keys in each, every row with its action, the guided lesson's
 * keys among them, and the key combinations the window binds written on it.
 */
@ExtendWith(ApplicationExtension.class)
public class ShortcutSheetTest {

    private static final I18n ENGLISH = new I18n(Locale.ENGLISH);
    private static final I18n KOREAN = new I18n(Locale.KOREAN);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1260, 780));
        stage.show();
    }

    /** The rows of an area's table as the sheet shows them: keycap, then action. */
    private List<List<String>> rows(FxRobot robot, I18n i18n, String area) {
        ShortcutSheet sheet = new ShortcutSheet(i18n, () -> { });
        robot.interact(() -> {
            stage.getScene().setRoot(sheet);
            sheet.applyCss();
            sheet.layout();
        });
        GridPane table = (GridPane) sheet.lookup("#shortcuts-" + area);
        assertTrue(table != null, "the sheet has a table for " + area);
        List<List<String>> rows = new ArrayList<>();
        for (Node cell : table.getChildren()) {
            int row = GridPane.getRowIndex(cell);
            while (rows.size() <= row) {
                rows.add(new ArrayList<>(List.of("", "")));
            }
            rows.get(row).set(GridPane.getColumnIndex(cell), ((Label) cell).getText());
        }
        return rows;
    }

    @Test
    void everyAreaHasTheSameKeysInBothLanguagesAndEveryKeyItsAction() {
        for (String area : ShortcutSheet.AREAS) {
            String prefix = "shortcuts." + area + ".";
            assertEquals(ENGLISH.keys(prefix), KOREAN.keys(prefix), area);
            assertFalse(ENGLISH.keys(prefix).isEmpty(), "the sheet lists no keys for " + area);
            for (String key : ENGLISH.keys(prefix)) {
                assertFalse(ENGLISH.get(key).isBlank(), key);
                assertFalse(KOREAN.get(key).isBlank(), key);
                if (key.endsWith(".keys")) {
                    String action = key.substring(0, key.length() - ".keys".length()) + ".action";
                    assertTrue(ENGLISH.keys(prefix).contains(action), key + " has no " + action);
                    // What is pressed does not depend on the language; what it does is translated.
                    assertEquals(ENGLISH.get(key), KOREAN.get(key), key);
                    assertNotEquals(ENGLISH.get(action), KOREAN.get(action), action);
                }
            }
        }
    }

    @Test
    void theLessonsKeysAreOnTheSheetInBothLanguages(FxRobot robot) {
        Map<I18n, List<String>> actions = Map.of(
                ENGLISH, List.of("the next step", "the previous step", "Reset this step", "list of steps",
                        "start the lesson"),
                KOREAN, List.of("다음 단계", "이전 단계", "되돌리기", "단계 목록", "수업 시작"));
        List<String> keys = List.of("Page Down  /  Alt+→", "Page Up  /  Alt+←", "Ctrl+R", "Tab  /  Space",
                "Page Down");
        for (I18n i18n : List.of(ENGLISH, KOREAN)) {
            List<List<String>> rows = rows(robot, i18n, "lesson");
            assertEquals(keys.size(), rows.size(), i18n.locale().toString());
            for (int i = 0; i < keys.size(); i++) {
                assertEquals(keys.get(i), rows.get(i).get(0), i18n.locale() + ", row " + i);
                String action = rows.get(i).get(1);
                String expected = actions.get(i18n).get(i);
                assertTrue(action.contains(expected), i18n.locale() + ", row " + i + ": " + action);
            }
        }
    }

    /**
     * The key combinations the window binds, as JavaFX writes them ("Ctrl+Shift+S" here, "⇧⌘S" on a Mac), are
     * keycaps of the sheet; the sheet writes − for the minus key.
     */
    @Test
    void theWindowsKeyCombinationsAreOnTheSheet(FxRobot robot) {
        List<String> keycaps = new ArrayList<>();
        for (String area : ShortcutSheet.AREAS) {
            for (List<String> row : rows(robot, ENGLISH, area)) {
                keycaps.addAll(keycapsOf(row.get(0)));
            }
        }
        for (KeyCombination bound : List.of(PresenterShell.FULL_SCREEN, PresenterShell.SHORTCUTS,
                PresenterShell.ZOOM_IN, PresenterShell.ZOOM_OUT, PresenterShell.ZOOM_RESET,
                PresenterShell.HIDE_CONTROLS, PresenterShell.SETTINGS, ExportMenu.SHORTCUT, LessonPanel.RESET_KEY)) {
            String shown = bound.getDisplayText();
            assertTrue(keycaps.contains(shown), shown + " is not on the sheet, whose keys are " + keycaps);
        }
    }

    /** "Ctrl+=  /  Ctrl+−" is Ctrl+= and Ctrl+-; "Ctrl+1 … Ctrl+5" is both ends. */
    public static List<String> keycapsOf(String keycap) {
        List<String> keys = new ArrayList<>();
        for (String part : keycap.replace('−', '-').split("  /  | … ")) {
            keys.add(part.strip());
        }
        return keys;
    }
}

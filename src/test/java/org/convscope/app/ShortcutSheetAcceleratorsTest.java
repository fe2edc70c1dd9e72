package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.convscope.io.SampleImages;
import org.convscope.view.I18n;
import org.convscope.view.presenter.ShortcutSheetTest;
import org.convscope.viewmodel.Section;
import org.convscope.viewmodel.settings.InMemorySettingsStore;
import org.convscope.viewmodel.settings.SettingsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every accelerator on a menu of the window, in every view, is a keycap of the shortcut sheet (F1). */
@ExtendWith(ApplicationExtension.class)
class ShortcutSheetAcceleratorsTest {

    private static final I18n ENGLISH = new I18n(Locale.ENGLISH);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SettingsViewModel settings = new SettingsViewModel(new InMemorySettingsStore(), AppOptions.LANGUAGES,
                Locale.ENGLISH);
        ConvScopeApp.show(stage, new AppOptions(Locale.ENGLISH, SampleImages.find("camera")), settings,
                () -> i18n -> "test engine");
    }

    @Test
    void everyMenuAcceleratorOfEveryViewIsOnTheSheet(FxRobot robot) {
        Set<String> accelerators = new LinkedHashSet<>();
        for (Section section : Section.values()) {
            // Ctrl+1 to Ctrl+5 show the views in the order of the sidebar.
            robot.press(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + (section.ordinal() + 1)))
                    .release(KeyCode.valueOf("DIGIT" + (section.ordinal() + 1)), KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            collect(stage.getScene().getRoot(), accelerators);
        }
        assertFalse(accelerators.isEmpty(), "the window has no menu with an accelerator (the Export menu has one)");
        List<String> keycaps = new ArrayList<>();
        for (String key : ENGLISH.keys("shortcuts.")) {
            if (key.endsWith(".keys")) {
                keycaps.addAll(ShortcutSheetTest.keycapsOf(ENGLISH.get(key)));
            }
        }
        for (String accelerator : accelerators) {
            assertTrue(keycaps.contains(accelerator), accelerator + " is not on the sheet, whose keys are "
                    + keycaps);
        }
    }

    /** The display texts of the accelerators of every menu under {@code node}. */
    private static void collect(Node node, Set<String> accelerators) {
        List<MenuItem> items = new ArrayList<>();
        if (node instanceof MenuButton button) {
            items.addAll(button.getItems());
        } else if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(items::add);
        }
        while (!items.isEmpty()) {
            MenuItem item = items.remove(items.size() - 1);
            if (item.getAccelerator() != null) {
                accelerators.add(item.getAccelerator().getDisplayText());
            }
            if (item instanceof Menu menu) {
                items.addAll(menu.getItems());
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, accelerators);
            }
        }
    }
}

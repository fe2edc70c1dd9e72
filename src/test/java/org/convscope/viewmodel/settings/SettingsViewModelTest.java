package org.convscope.viewmodel.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.convscope.viewmodel.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The settings a teacher sets once: read from the store, saved on change, read back by the next run. */
class SettingsViewModelTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

    private final Preferences node = Preferences.userRoot().node("org/convscope/test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void anEmptyStoreGivesTheSystemLanguageLightTheme100PercentAndTheSlidingView() {
        SettingsViewModel settings = new SettingsViewModel(new InMemorySettingsStore(), LANGUAGES, Locale.KOREAN);

        assertEquals(Locale.KOREAN, settings.getLanguage());
        assertEquals(Theme.LIGHT, settings.getTheme());
        assertEquals(100, settings.getZoom());
        assertEquals(Section.SLIDE, settings.getLastView());
        assertFalse(settings.hasStoredLanguage());
        assertFalse(settings.hasStoredView());
        assertFalse(settings.isFullScreen());
        assertFalse(settings.isControlsHidden());
    }

    @Test
    void whatIsSetIsReadBackByTheNextRunThroughJavaUtilPrefs() {
        SettingsViewModel first = new SettingsViewModel(new PreferencesSettingsStore(node), LANGUAGES, Locale.ENGLISH);
        first.setLanguage(Locale.KOREAN);
        first.setTheme(Theme.HIGH_CONTRAST);
        first.setZoom(175);
        first.setLastView(Section.RECEPTIVE);
        first.toggleControlsHidden();

        SettingsViewModel next = new SettingsViewModel(new PreferencesSettingsStore(node), LANGUAGES, Locale.ENGLISH);
        assertEquals(Locale.KOREAN, next.getLanguage());
        assertEquals(Theme.HIGH_CONTRAST, next.getTheme());
        assertEquals(175, next.getZoom());
        assertEquals(Section.RECEPTIVE, next.getLastView());
        assertTrue(next.hasStoredLanguage());
        assertTrue(next.hasStoredView());
        assertFalse(next.isControlsHidden(), "hidden controls are for one lesson, not saved");
        assertEquals("ko", node.get("language", null));
        assertEquals("high-contrast", node.get("theme", null));
        assertEquals("175", node.get("zoom", null));
        assertEquals("receptive", node.get("lastView", null));
    }

    @Test
    void unreadableStoredValuesGiveTheDefaults() {
        InMemorySettingsStore store = new InMemorySettingsStore();
        store.put("language", "fr");
        store.put("theme", "sepia");
        store.put("zoom", "110");
        store.put("lastView", "gallery");

        SettingsViewModel settings = new SettingsViewModel(store, LANGUAGES, Locale.ENGLISH);
        assertEquals(Locale.ENGLISH, settings.getLanguage());
        assertEquals(Theme.LIGHT, settings.getTheme());
        assertEquals(100, settings.getZoom());
        assertEquals(Section.SLIDE, settings.getLastView());

        store.put("zoom", "lots");
        assertEquals(100, new SettingsViewModel(store, LANGUAGES, Locale.ENGLISH).getZoom());
    }

    /** 100, 125, ..., 300: nine steps; beyond either end the zoom stays. */
    @Test
    void zoomStepsBy25PercentBetween100And300() {
        SettingsViewModel settings = new SettingsViewModel(new InMemorySettingsStore(), LANGUAGES, Locale.ENGLISH);
        settings.zoomOut();
        assertEquals(100, settings.getZoom());
        int steps = 0;
        int previous = settings.getZoom();
        for (int i = 0; i < 12; i++) {
            settings.zoomIn();
            if (settings.getZoom() != previous) {
                assertEquals(previous + 25, settings.getZoom());
                steps++;
            }
            previous = settings.getZoom();
        }
        assertEquals(8, steps);
        assertEquals(300, settings.getZoom());
        settings.zoomOut();
        assertEquals(275, settings.getZoom());
        settings.resetZoom();
        assertEquals(100, settings.getZoom());
    }

    @Test
    void refusedValuesSayWhatIsAllowed() {
        SettingsViewModel settings = new SettingsViewModel(new InMemorySettingsStore(), LANGUAGES, Locale.ENGLISH);

        assertEquals("the zoom goes from 100% to 300% in steps of 25%, not 110%",
                assertThrows(IllegalArgumentException.class, () -> settings.setZoom(110)).getMessage());
        assertEquals("the zoom goes from 100% to 300% in steps of 25%, not 400%",
                assertThrows(IllegalArgumentException.class, () -> settings.setZoom(400)).getMessage());
        assertEquals("ConvScope speaks [en, ko], not fr",
                assertThrows(IllegalArgumentException.class, () -> settings.setLanguage(Locale.FRENCH)).getMessage());
        assertEquals(100, settings.getZoom());
        assertEquals(Locale.ENGLISH, settings.getLanguage());
    }

    @Test
    void presenterSwitchesToggle() {
        SettingsViewModel settings = new SettingsViewModel(new InMemorySettingsStore(), LANGUAGES, Locale.ENGLISH);
        settings.toggleFullScreen();
        settings.toggleControlsHidden();
        assertTrue(settings.isFullScreen());
        assertTrue(settings.isControlsHidden());
        settings.toggleFullScreen();
        settings.toggleControlsHidden();
        assertFalse(settings.isFullScreen());
        assertFalse(settings.isControlsHidden());
    }
}

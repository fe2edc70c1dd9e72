package org.convscope.viewmodel.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.convscope.viewmodel.Section;

/**
 * The settings of the whole app and the presenter's switches. Language, theme, zoom and the last view are read
 * from a {@link SettingsStore} when made and written back on every change; full screen and hidden controls are
 * for the present lesson only.
 *
 * <p>Zoom is in whole percent, {@value #MIN_ZOOM} to {@value #MAX_ZOOM} in steps of {@value #ZOOM_STEP}: a
 * 64 px grid cell at 300% is 192 px, about the size a number needs to be read from ten metres on a 2 m wide
 * projection of a 1920 px screen.
 */
public final class SettingsViewModel {

    public static final int MIN_ZOOM = 100;
    public static final int MAX_ZOOM = 300;
    public static final int ZOOM_STEP = 25;

    static final String LANGUAGE = "language";
    static final String THEME = "theme";
    static final String ZOOM = "zoom";
    static final String LAST_VIEW = "lastView";

    private final SettingsStore store;
    private final List<Locale> languages;
    private final ReadOnlyObjectWrapper<Locale> language = new ReadOnlyObjectWrapper<>(this, "language");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyIntegerWrapper zoom = new ReadOnlyIntegerWrapper(this, "zoom", MIN_ZOOM);
    private final ReadOnlyObjectWrapper<Section> lastView = new ReadOnlyObjectWrapper<>(this, "lastView", Section.SLIDE);
    private final ReadOnlyBooleanWrapper fullScreen = new ReadOnlyBooleanWrapper(this, "fullScreen");
    private final ReadOnlyBooleanWrapper controlsHidden = new ReadOnlyBooleanWrapper(this, "controlsHidden");

    /**
     * Reads the stored settings; a missing or unreadable value (say, written by a newer version) gives the default.
     *
     * @param languages       the languages the app has messages for
     * @param systemLanguage  the language when none is stored: the system's, one of {@code languages}
     */
    public SettingsViewModel(SettingsStore store, List<Locale> languages, Locale systemLanguage) {
        if (!languages.contains(systemLanguage)) {
            throw new IllegalArgumentException("the default language " + systemLanguage
                    + " is not one the app speaks: " + languages);
        }
        this.store = store;
        this.languages = List.copyOf(languages);
        language.set(store.get(LANGUAGE).flatMap(this::languageOf).orElse(systemLanguage));
        theme.set(store.get(THEME).flatMap(Theme::of).orElse(Theme.LIGHT));
        zoom.set(store.get(ZOOM).flatMap(SettingsViewModel::zoomOf).orElse(MIN_ZOOM));
        lastView.set(store.get(LAST_VIEW).flatMap(SettingsViewModel::sectionOf).orElse(Section.SLIDE));
    }

    /** Whether a language is stored, so that the system's language gives way to the one chosen last time. */
    public boolean hasStoredLanguage() {
        return store.get(LANGUAGE).flatMap(this::languageOf).isPresent();
    }

    /** Whether a last view is stored. */
    public boolean hasStoredView() {
        return store.get(LAST_VIEW).flatMap(SettingsViewModel::sectionOf).isPresent();
    }

    public List<Locale> getLanguages() {
        return languages;
    }

    public ReadOnlyObjectProperty<Locale> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Locale getLanguage() {
        return language.get();
    }

    /** @throws IllegalArgumentException naming the languages there are */
    public void setLanguage(Locale next) {
        if (!languages.contains(next)) {
            throw new IllegalArgumentException("ConvScope speaks " + languages + ", not " + next);
        }
        language.set(next);
        store.put(LANGUAGE, next.getLanguage());
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme next) {
        if (next == null) {
            throw new IllegalArgumentException("choose one of the themes " + List.of(Theme.values()));
        }
        theme.set(next);
        store.put(THEME, next.key());
    }

    /** The zoom of everything in the window, in percent. */
    public ReadOnlyIntegerProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public int getZoom() {
        return zoom.get();
    }

    /** @throws IllegalArgumentException when {@code percent} is outside 100..300 or between two steps of 25 */
    public void setZoom(int percent) {
        if (percent < MIN_ZOOM || percent > MAX_ZOOM || percent % ZOOM_STEP != 0) {
            throw new IllegalArgumentException("the zoom goes from " + MIN_ZOOM + "% to " + MAX_ZOOM
                    + "% in steps of " + ZOOM_STEP + "%, not " + percent + "%");
        }
        zoom.set(percent);
        store.put(ZOOM, Integer.toString(percent));
    }

    /** One step larger, staying at 300%. */
    public void zoomIn() {
        setZoom(Math.min(MAX_ZOOM, getZoom() + ZOOM_STEP));
    }

    /** One step smaller, staying at 100%. */
    public void zoomOut() {
        setZoom(Math.max(MIN_ZOOM, getZoom() - ZOOM_STEP));
    }

    public void resetZoom() {
        setZoom(MIN_ZOOM);
    }

    /** The view shown when the app was last used; the app opens on it unless told otherwise. */
    public ReadOnlyObjectProperty<Section> lastViewProperty() {
        return lastView.getReadOnlyProperty();
    }

    public Section getLastView() {
        return lastView.get();
    }

    public void setLastView(Section section) {
        if (section == null) {
            throw new IllegalArgumentException("choose one of the views " + List.of(Section.values()));
        }
        lastView.set(section);
        store.put(LAST_VIEW, section.key());
    }

    /** Whether the window fills the screen without its frame; the window reports changes made by the system. */
    public ReadOnlyBooleanProperty fullScreenProperty() {
        return fullScreen.getReadOnlyProperty();
    }

    public boolean isFullScreen() {
        return fullScreen.get();
    }

    public void setFullScreen(boolean value) {
        fullScreen.set(value);
    }

    public void toggleFullScreen() {
        fullScreen.set(!fullScreen.get());
    }

    /** Whether the sidebar and the views' settings panels are hidden, so that the picture fills the window. */
    public ReadOnlyBooleanProperty controlsHiddenProperty() {
        return controlsHidden.getReadOnlyProperty();
    }

    public boolean isControlsHidden() {
        return controlsHidden.get();
    }

    public void toggleControlsHidden() {
        controlsHidden.set(!controlsHidden.get());
    }

    private Optional<Locale> languageOf(String code) {
        return languages.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
    }

    private static Optional<Integer> zoomOf(String text) {
        try {
            int percent = Integer.parseInt(text);
            return percent >= MIN_ZOOM && percent <= MAX_ZOOM && percent % ZOOM_STEP == 0
                    ? Optional.of(percent) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Section> sectionOf(String key) {
        return Arrays.stream(Section.values()).filter(s -> s.key().equals(key)).findFirst();
    }
}

package org.convscope.view.presenter;

import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import org.convscope.view.I18n;
import org.convscope.view.MainView;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.settings.SettingsViewModel;
import org.convscope.viewmodel.settings.Theme;

/**
 * The window's content in presenter terms: the main view, and over it the settings or the shortcut sheet. It
 * owns the keys that work everywhere: F11 full screen, Ctrl+= / Ctrl+- / Ctrl+0 zoom, Ctrl+H hide the controls,
 * F1 the shortcut sheet, Ctrl+, the settings, Escape closes what is open. It puts the theme's style class on
 * itself, and builds the main view again in the new language when the language changes: every view keeps its
 * state, which lives in the view-models.
 *
 * <p>Node ids: {@code presenterShell}, {@code overlay} (while a sheet is open).
 */
public final class PresenterShell extends StackPane {

    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_IN_PLUS = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_IN_ADD = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT_SUBTRACT = new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_RESET_NUMPAD = new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination HIDE_CONTROLS = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FULL_SCREEN = new KeyCodeCombination(KeyCode.F11);
    static final KeyCombination SHORTCUTS = new KeyCodeCombination(KeyCode.F1);

    private final SettingsViewModel settings;
    private final Function<I18n, MainView> mainViews;
    private I18n i18n;
    private MainView mainView;
    private Node overlay;

    /** @param mainViews builds the main view in a language, from view-models made once */
    public PresenterShell(SettingsViewModel settings, Function<I18n, MainView> mainViews) {
        this.settings = settings;
        this.mainViews = mainViews;
        setId("presenterShell");
        showMainView();
        settings.languageProperty().addListener((obs, old, language) -> relabel());
        settings.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
        applyTheme(settings.getTheme());
        sceneProperty().addListener((obs, old, scene) -> applyTheme(settings.getTheme()));
        settings.controlsHiddenProperty().addListener((obs, old, hidden) -> mainView.setControlsHidden(hidden));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** The main view now shown; a new one after each change of language. */
    public MainView mainView() {
        return mainView;
    }

    /** Opens the shortcut sheet, or closes it when it is open. */
    public void toggleShortcuts() {
        if (overlay instanceof ShortcutSheet) {
            closeOverlay();
        } else {
            open(new ShortcutSheet(i18n, this::closeOverlay));
        }
    }

    /** Opens the settings, or closes them when they are open. */
    public void toggleSettings() {
        if (overlay instanceof SettingsPane) {
            closeOverlay();
        } else {
            SettingsPane pane = new SettingsPane(settings, i18n, this::closeOverlay);
            open(pane);
            pane.focusFirst();
        }
    }

    public boolean isOverlayOpen() {
        return overlay != null;
    }

    private void showMainView() {
        i18n = new I18n(settings.getLanguage());
        MainView next = mainViews.apply(i18n);
        next.setOnSettings(this::toggleSettings);
        next.setOnShortcuts(this::toggleShortcuts);
        next.setControlsHidden(settings.isControlsHidden());
        if (mainView == null) {
            getChildren().add(0, next);
        } else {
            mainView.dispose();
            getChildren().set(0, next);
        }
        mainView = next;
    }

    private void relabel() {
        boolean settingsOpen = overlay instanceof SettingsPane;
        boolean sheetOpen = overlay instanceof ShortcutSheet;
        closeOverlay();
        showMainView();
        // The pane one just used to switch stays open, now in the new language.
        if (settingsOpen) {
            toggleSettings();
        } else if (sheetOpen) {
            toggleShortcuts();
        } else {
            mainView.focusContent();
        }
    }

    /**
     * Puts the theme's style class on the scene's root (or on this shell until it is in a scene), so that the
     * whole window, scroll bars and pop-ups included, takes the theme's colours.
     */
    private void applyTheme(Theme theme) {
        for (Theme each : Theme.values()) {
            getStyleClass().remove(PresenterStyles.theme(each));
            if (getScene() != null) {
                getScene().getRoot().getStyleClass().remove(PresenterStyles.theme(each));
            }
        }
        (getScene() == null ? this : getScene().getRoot()).getStyleClass().add(PresenterStyles.theme(theme));
    }

    private void open(Node card) {
        closeOverlay();
        StackPane layer = new StackPane(card);
        layer.setId("overlay");
        layer.getStyleClass().add(PresenterStyles.OVERLAY);
        // The language's font (a Korean one for Korean) is on the main view; the sheet lies beside it, not in it.
        layer.getStyleClass().addAll(mainView.getStyleClass().filtered(
                c -> c.startsWith("lang-") || c.startsWith("font-")));
        // A click beside the card closes it, as on a slide-out sheet; a click on the card does not.
        layer.setOnMouseClicked(e -> {
            if (e.getTarget() == layer) {
                closeOverlay();
            }
        });
        mainView.setDisable(true);
        getChildren().add(layer);
        card.requestFocus();
        overlay = card;
    }

    private void closeOverlay() {
        if (overlay != null) {
            getChildren().remove(overlay.getParent());
            // The settings pane follows the settings while open; closed, it lets go of them.
            ViewListeners.release(overlay);
            overlay = null;
            mainView.setDisable(false);
            mainView.focusContent();
        }
    }

    private void onKey(KeyEvent e) {
        if (FULL_SCREEN.match(e)) {
            settings.toggleFullScreen();
        } else if (SHORTCUTS.match(e)) {
            toggleShortcuts();
        } else if (SETTINGS.match(e)) {
            toggleSettings();
        } else if (e.getCode() == KeyCode.ESCAPE && overlay != null) {
            closeOverlay();
        } else if (ZOOM_IN.match(e) || ZOOM_IN_PLUS.match(e) || ZOOM_IN_ADD.match(e)) {
            settings.zoomIn();
        } else if (ZOOM_OUT.match(e) || ZOOM_OUT_SUBTRACT.match(e)) {
            settings.zoomOut();
        } else if (ZOOM_RESET.match(e) || ZOOM_RESET_NUMPAD.match(e)) {
            settings.resetZoom();
        } else if (HIDE_CONTROLS.match(e)) {
            settings.toggleControlsHidden();
        } else {
            return;
        }
        e.consume();
    }
}

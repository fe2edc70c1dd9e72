package org.convscope.view.presenter;

import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.settings.SettingsViewModel;
import org.convscope.viewmodel.settings.Theme;

/**
 * The settings (Ctrl+,): language, theme, zoom, hidden controls and full screen. Every change applies at once
 * and is saved; there is nothing to confirm.
 *
 * <p>Node ids: {@code settingsPane}, {@code language-<code>}, {@code theme-<key>}, {@code zoomSlider},
 * {@code zoomValue}, {@code hideControls}, {@code fullScreen}, {@code closeSettings}.
 */
public final class SettingsPane extends VBox {

    private final RadioButton firstChoice;

    public SettingsPane(SettingsViewModel settings, I18n i18n, Runnable onClose) {
        setId("settingsPane");
        getStyleClass().addAll(PresenterStyles.OVERLAY_CARD, PresenterStyles.SETTINGS_PANE);

        HBox head = new OverlayHeader(i18n, "settings.title", "settings.close", "closeSettings", onClose);

        ToggleGroup languages = new ToggleGroup();
        HBox languageRow = new HBox();
        languageRow.getStyleClass().add(PresenterStyles.SETTINGS_FORM);
        RadioButton first = null;
        for (Locale language : settings.getLanguages()) {
            // Each language named in itself, so that someone who cannot read the current one finds their own.
            RadioButton choice = new RadioButton(i18n.get("settings.language." + language.getLanguage()));
            choice.setId("language-" + language.getLanguage());
            choice.setToggleGroup(languages);
            choice.setSelected(language.equals(settings.getLanguage()));
            choice.setOnAction(e -> settings.setLanguage(language));
            languageRow.getChildren().add(choice);
            first = first == null ? choice : first;
        }
        firstChoice = first;

        ToggleGroup themes = new ToggleGroup();
        HBox themeRow = new HBox();
        themeRow.getStyleClass().add(PresenterStyles.SETTINGS_FORM);
        for (Theme theme : Theme.values()) {
            RadioButton choice = new RadioButton(i18n.get("settings.theme." + theme.key()));
            choice.setId("theme-" + theme.key());
            choice.setToggleGroup(themes);
            choice.setSelected(theme == settings.getTheme());
            choice.setOnAction(e -> settings.setTheme(theme));
            themeRow.getChildren().add(choice);
        }
        ViewListeners.onChange(this, settings.themeProperty(), (obs, old, theme) -> themes.getToggles().stream()
                .filter(t -> ((RadioButton) t).getId().equals("theme-" + theme.key()))
                .findFirst().ifPresent(themes::selectToggle));

        Slider zoom = new Slider(SettingsViewModel.MIN_ZOOM, SettingsViewModel.MAX_ZOOM, settings.getZoom());
        zoom.setId("zoomSlider");
        zoom.setMajorTickUnit(SettingsViewModel.ZOOM_STEP * 4);
        zoom.setMinorTickCount(3);
        zoom.setBlockIncrement(SettingsViewModel.ZOOM_STEP);
        zoom.setSnapToTicks(true);
        zoom.setShowTickMarks(true);
        zoom.setAccessibleText(i18n.get("settings.zoom"));
        zoom.setPrefWidth(320);
        zoom.valueProperty().addListener((obs, old, value) -> {
            int percent = (int) Math.round(value.doubleValue() / SettingsViewModel.ZOOM_STEP) * SettingsViewModel.ZOOM_STEP;
            // Only on a step: while dragging, the slider passes through the values between steps.
            if (percent != settings.getZoom() && Math.abs(value.doubleValue() - percent) < 1e-9) {
                settings.setZoom(percent);
            }
        });
        ViewListeners.onChange(this, settings.zoomProperty(), (obs, old, percent) -> zoom.setValue(percent.intValue()));
        Label zoomValue = new Label();
        zoomValue.setId("zoomValue");
        zoomValue.textProperty().bind(settings.zoomProperty().asString(i18n.locale(), i18n.get("settings.zoom.value")));
        HBox zoomRow = new HBox(zoom, zoomValue);
        zoomRow.getStyleClass().add(PresenterStyles.SETTINGS_FORM);
        zoomRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox hide = new CheckBox(i18n.get("settings.hideControls"));
        hide.setId("hideControls");
        hide.setSelected(settings.isControlsHidden());
        hide.setOnAction(e -> settings.toggleControlsHidden());
        ViewListeners.onChange(this, settings.controlsHiddenProperty(), (obs, old, hidden) -> hide.setSelected(hidden));
        CheckBox fullScreen = new CheckBox(i18n.get("settings.fullScreen"));
        fullScreen.setId("fullScreen");
        fullScreen.setSelected(settings.isFullScreen());
        fullScreen.setOnAction(e -> settings.toggleFullScreen());
        ViewListeners.onChange(this, settings.fullScreenProperty(), (obs, old, full) -> fullScreen.setSelected(full));

        GridPane form = new GridPane();
        form.getStyleClass().add(PresenterStyles.SETTINGS_FORM);
        form.addRow(0, label(i18n, "settings.language"), languageRow);
        form.addRow(1, label(i18n, "settings.theme"), themeRow);
        form.addRow(2, label(i18n, "settings.zoom"), zoomRow);
        form.addRow(3, label(i18n, "settings.presenter"), new VBox(8, hide, fullScreen));

        Label note = new Label(i18n.get("settings.note"));
        note.getStyleClass().add(PresenterStyles.SETTINGS_NOTE);
        note.setWrapText(true);
        getChildren().addAll(head, form, note);
        // As tall as its rows: the overlay would otherwise stretch it to the window's height.
        setMaxHeight(Region.USE_PREF_SIZE);
    }

    /** Puts the keyboard on the first choice, so the pane is usable without a mouse as soon as it opens. */
    public void focusFirst() {
        firstChoice.requestFocus();
    }

    private static Label label(I18n i18n, String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add(PresenterStyles.SETTINGS_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}

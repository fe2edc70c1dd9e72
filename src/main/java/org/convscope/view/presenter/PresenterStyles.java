package org.convscope.view.presenter;

import org.convscope.viewmodel.settings.Theme;

/** Style classes of the presenter's part of app.css: themes, the overlays, the shortcut sheet. */
public final class PresenterStyles {

    public static final String ZOOM_SCROLL = "zoom-scroll";
    public static final String OVERLAY = "overlay";
    public static final String OVERLAY_CARD = "overlay-card";
    public static final String OVERLAY_TITLE = "overlay-title";
    public static final String OVERLAY_SCROLL = "overlay-scroll";
    public static final String SHORTCUT_SHEET = "shortcut-sheet";
    public static final String SHORTCUT_AREAS = "shortcut-areas";
    public static final String SHORTCUT_AREA = "shortcut-area";
    public static final String SHORTCUT_HEADING = "shortcut-heading";
    public static final String SHORTCUT_TABLE = "shortcut-table";
    public static final String SHORTCUT_ACTION = "shortcut-action";
    public static final String KEYCAP = "keycap";
    public static final String SETTINGS_PANE = "settings-pane";
    public static final String SETTINGS_FORM = "settings-form";
    public static final String SETTINGS_LABEL = "settings-label";
    public static final String SETTINGS_NOTE = "settings-note";

    private PresenterStyles() {
    }

    /** The style class of a theme on the scene's root, e.g. {@code theme-dark}; app.css redefines the colours. */
    public static String theme(Theme theme) {
        return "theme-" + theme.key();
    }
}

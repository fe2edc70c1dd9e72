package org.convscope.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.css.PseudoClass;

/** Style classes of {@code /org/convscope/css/app.css}, so Java and CSS spell them the same way. */
public final class Styles {

    /** The app stylesheet. */
    public static final String APP_STYLESHEET = "/org/convscope/css/app.css";

    public static final String MAIN_VIEW = "main-view";
    public static final String SIDEBAR = "sidebar";
    public static final String BRAND = "brand";
    public static final String TAGLINE = "tagline";
    public static final String NAV = "nav";
    public static final String NAV_BUTTON = "nav-button";
    public static final String NAV_NAME = "nav-name";
    public static final String NAV_SHORTCUT = "nav-shortcut";
    public static final String SAMPLE_CARD = "sample-card";
    public static final String CAPTION = "caption";
    public static final String SAMPLE_NAME = "sample-name";
    public static final String SAMPLE_SIZE = "sample-size";
    public static final String CONTENT = "content";
    public static final String VIEW_TITLE = "view-title";
    public static final String VIEW_DESCRIPTION = "view-description";
    public static final String PLACEHOLDER = "placeholder";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_LABEL = "status-label";
    public static final String STATUS_VALUE = "status-value";
    public static final String SIDEBAR_TOOLS = "sidebar-tools";
    public static final String SIDEBAR_TOOL = "sidebar-tool";
    /**
     * Marks what Ctrl+H hides with the sidebar so that the picture fills the window: a view's settings panel,
     * its title and description.
     */
    public static final String HIDEABLE = "presenter-hideable";
    /** On the main view while the controls are hidden. */
    public static final PseudoClass CONTROLS_HIDDEN = PseudoClass.getPseudoClass("controls-hidden");
    public static final String EXPORT_BAR = "export-bar";
    public static final String EXPORT_PROGRESS = "export-progress";

    /*
     * Korean fonts by preference (Linux, Linux, Windows, macOS, common extra), each with the style class that
     * selects it in app.css. JavaFX CSS takes one font family, and a missing one shows Hangul as empty boxes
     * instead of falling back, so the app picks the first installed one.
     */
    private static final List<Map.Entry<String, String>> KOREAN_FONTS = List.of(
            Map.entry("Noto Sans CJK KR", "font-noto-sans-cjk-kr"),
            Map.entry("Noto Sans KR", "font-noto-sans-kr"),
            Map.entry("Malgun Gothic", "font-malgun-gothic"),
            Map.entry("Apple SD Gothic Neo", "font-apple-sd-gothic-neo"),
            Map.entry("NanumGothic", "font-nanum-gothic"));

    private Styles() {
    }

    /**
     * The style class that selects the first Korean font among {@code installedFamilies}, empty when none of
     * the known ones is installed.
     */
    public static Optional<String> koreanFont(List<String> installedFamilies) {
        return KOREAN_FONTS.stream()
                .filter(font -> installedFamilies.contains(font.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The root style class for a language, e.g. {@code lang-ko}, so CSS can pick fonts per script. */
    public static String language(String languageCode) {
        return "lang-" + languageCode;
    }
}

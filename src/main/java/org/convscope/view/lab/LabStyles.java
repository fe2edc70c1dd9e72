package org.convscope.view.lab;

/** Style classes of the image lab, in the block headed "image lab" of app.css. */
final class LabStyles {

    static final String VIEW = "lab-view";
    static final String TOOLBAR = "lab-toolbar";
    static final String IMAGE_INFO = "lab-image-info";
    static final String ERROR = "lab-error";
    static final String IMAGE_PANE = "lab-image-pane";
    static final String SPLIT_LINE = "lab-split-line";
    static final String SPLIT_SHADOW = "lab-split-shadow";
    static final String PANE_CAPTION = "lab-pane-caption";
    static final String RESULTS = "lab-results";
    static final String CARD = "lab-card";
    static final String CARD_TITLE = "lab-card-title";
    static final String NOTE = "lab-note";
    static final String INFO_ROW = "lab-info-row";
    static final String HISTOGRAM = "lab-histogram";
    static final String LEGEND_BAR = "lab-legend-bar";
    static final String LEGEND_VALUE = "lab-legend-value";
    static final String CONTROLS = "lab-controls";
    static final String CONTROLS_SCROLL = "lab-controls-scroll";
    static final String SECTION_TITLE = "lab-section-title";
    static final String LIBRARY = "lab-library";
    static final String LIBRARY_BUTTON = "lab-library-button";
    static final String BANK = "lab-bank";
    static final String FORMULA = "lab-formula";
    static final String MIX_TABLE = "lab-mix-table";
    static final String MIX_HEADER = "lab-mix-header";
    static final String FIELD_ERROR = "lab-field-error";
    static final String INSPECTOR = "lab-inspector";
    static final String INSPECTOR_SUM = "lab-inspector-sum";
    static final String RUN_BAR = "lab-run-bar";
    static final String STATUS = "lab-status";
    static final String DROP_TARGET = "lab-drop-target";
    static final String CENTRE = "lab-centre";
    static final String CONTROLS_BOX = "lab-controls-box";
    static final String SEGMENTED = "segmented";
    static final String INVALID = "lab-invalid";

    private LabStyles() {
    }
}

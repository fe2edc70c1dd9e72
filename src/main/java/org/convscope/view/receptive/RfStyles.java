package org.convscope.view.receptive;

/** Style classes of the receptive-field view, in the block headed "receptive-field view" of app.css. */
final class RfStyles {

    static final String VIEW = "rf-view";
    static final String TOOLBAR = "rf-toolbar";
    static final String TOP_BAR = "rf-top-bar";
    static final String TOOL_LABEL = "rf-tool-label";
    static final String ERROR = "rf-error";
    static final String TABS = "rf-tabs";
    static final String COLUMN = "rf-column";
    static final String COLUMN_TITLE = "rf-column-title";
    static final String COLUMN_SUBTITLE = "rf-column-subtitle";
    static final String CONE = "rf-cone";
    static final String PLANE_LABEL = "rf-plane-label";
    static final String HEATMAP = "rf-heatmap";
    static final String HEATMAP_TITLE = "rf-heatmap-title";
    static final String PROFILE = "rf-profile";
    static final String LEDGER = "rf-ledger";
    static final String LEDGER_NAME = "rf-ledger-name";
    static final String LEDGER_VALUE = "rf-ledger-value";
    static final String LEDGER_WEIGHTS = "rf-ledger-weights";
    static final String LEDGER_PER_LAYER = "rf-ledger-per-layer";
    static final String LEDGER_PARAMETERS = "rf-ledger-parameters";
    static final String LEDGER_MACS = "rf-ledger-macs";
    static final String LEDGER_NONLINEARITIES = "rf-ledger-nonlinearities";
    static final String SAVING = "rf-saving";
    static final String EDITOR = "rf-editor";
    static final String LAYER_TABLE = "rf-layer-table";
    static final String EDITOR_BUTTONS = "rf-editor-buttons";
    static final String NETWORKS = "rf-networks";
    static final String CHART = "rf-chart";
    static final String INPUT_LINE = "rf-input-line";
    static final String NOTE = "rf-note";

    private RfStyles() {
    }
}

package org.convscope.view.arch;

/**
 * Style classes of the architectures view, in the block headed "architectures view" of app.css; the constants of
 * each topic are grouped under its name, as are its rules in app.css.
 */
final class ArchStyles {

    /* The container: header, topic bar, topic pane. */
    static final String VIEW = "arch-view";
    static final String TOPIC_BAR = "arch-topic-bar";
    static final String TOPIC_BUTTON = "arch-topic-button";
    static final String TOPIC_PANE = "arch-topic-pane";
    static final String TOPIC_SCROLL = "arch-topic-scroll";
    static final String TOPIC_TITLE = "arch-topic-title";
    static final String PLACEHOLDER_TEXT = "arch-placeholder-text";
    /* Shared by the topics: cards, figures, notes, errors, charts, toolbars. */
    static final String CARD = "arch-card";
    static final String CARD_TITLE = "arch-card-title";
    static final String FIGURE_NAME = "arch-figure-name";
    static final String FIGURE = "arch-figure";
    static final String FIGURE_STRONG = "arch-figure-strong";
    static final String NOTE = "arch-note";
    static final String ERROR = "arch-error";
    static final String TOOLBAR = "arch-toolbar";
    static final String TOOL_LABEL = "arch-tool-label";
    static final String CHART = "arch-chart";
    static final String PANE = "arch-pane";
    static final String COLUMNS = "arch-columns";
    static final String COLUMN = "arch-column";
    static final String TOP_BAR = "arch-top-bar";
    static final String FIGURES = "arch-figures";
    static final String LEGEND = "arch-legend";

    /* The network table (NetworkTable). */
    static final String NETWORK_TABLE = "arch-network-table";
    static final String TABLE = "arch-table";
    static final String NUMBER_CELL = "arch-number-cell";
    static final String TOTALS = "arch-totals";
    static final String VARIANT = "arch-variant";
    /** Prefix of a row's kind class: "arch-kind-conv", "arch-kind-fully-connected", ... */
    static final String KIND_PREFIX = "arch-kind-";

    /* 1x1 convolution. */
    static final String DOT_CANVAS = "arch-dot-canvas";
    static final String SLAB_DIAGRAMS = "arch-slab-diagrams";
    static final String SLABS = "arch-slabs";
    static final String SLAB = "arch-slab";
    static final String SLAB_COUNT = "arch-slab-count";
    static final String SLAB_LAYER = "arch-slab-layer";

    /* Fully connected layers. */
    static final String BAR_CONV = "arch-bar-conv";
    static final String BAR_DENSE = "arch-bar-dense";

    /* ReLU. */
    static final String RELU_CHART = "arch-relu-chart";
    static final String GRADIENT_CHART = "arch-gradient-chart";
    static final String GRADIENT_BAR = "arch-gradient-bar";
    static final String GRADIENT_GRID = "arch-gradient-grid";
    static final String GRADIENT_AXIS = "arch-gradient-axis";
    static final String SWATCH = "arch-swatch";
    /** Prefix of an activation's colour class: "arch-gradient-relu", "arch-gradient-sigmoid", ... */
    static final String GRADIENT_PREFIX = "arch-gradient-";

    private ArchStyles() {
    }
}

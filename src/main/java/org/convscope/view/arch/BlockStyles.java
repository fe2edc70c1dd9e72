package org.convscope.view.arch;

/**
 * Style classes of the AlexNet, inception, ResNet and DenseNet panes and of their drawings, in the blocks headed
 * "architectures view: AlexNet / inception / ResNet / DenseNet" of app.css. The cards, figures, notes and tables
 * they share with the other topics are {@link ArchStyles}'.
 */
final class BlockStyles {

    /* Shared by the four panes. */
    static final String PANE = "arch-block-pane";
    static final String TABS = "arch-block-tabs";
    static final String TAB_CONTENT = "arch-block-tab";
    static final String CARDS = "arch-block-cards";
    static final String SIDE = "arch-block-side";
    static final String PAIR = "arch-block-pair";

    /* The drawings (Diagram): boxes by what they do, edges, labels. */
    static final String DIAGRAM = "arch-diagram";
    static final String BOX = "arch-box";
    static final String BOX_INPUT = "arch-box-input";
    static final String BOX_CONV = "arch-box-conv";
    static final String BOX_REDUCE = "arch-box-reduce";
    static final String BOX_POOL = "arch-box-pool";
    static final String BOX_DENSE = "arch-box-dense";
    static final String BOX_JOIN = "arch-box-join";
    static final String EDGE = "arch-edge";
    static final String ARROW_HEAD = "arch-arrow-head";
    static final String EDGE_LABEL = "arch-edge-label";
    static final String DIAGRAM_LABEL = "arch-diagram-label";

    /* AlexNet: arrows along one GPU and across the two. */
    static final String EDGE_OWN = "arch-edge-own";
    static final String EDGE_CROSS = "arch-edge-cross";

    /* ResNet: the shortcut, the addition. */
    static final String EDGE_MAIN = "arch-edge-main";
    static final String EDGE_SHORTCUT = "arch-edge-shortcut";
    static final String ADD = "arch-add";

    /* DenseNet: one colour per origin of a block of channels, cycling. */
    static final String SEGMENT = "arch-segment";
    static final String SEGMENT_INPUT = "arch-segment-input";
    static final String SEGMENT_PREFIX = "arch-segment-";
    static final int SEGMENT_COLOURS = 6;

    private BlockStyles() {
    }
}

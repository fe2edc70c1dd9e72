package org.convscope.viewmodel;

/** The five views of the app, in navigation order. */
public enum Section {
    /** A kernel sliding over an input, one output cell at a time. */
    SLIDE("slide"),
    /** Which input pixels an output pixel of a deep layer sees. */
    RECEPTIVE("receptive"),
    /** Real convolutions on a real image. */
    LAB("lab"),
    /** Known networks layer by layer: shapes, parameters, FLOPs. */
    ARCH("arch"),
    /** A guided lesson for the classroom. */
    LESSON("lesson");

    private final String key;

    Section(String key) {
        this.key = key;
    }

    /** The stable short name used in message keys ({@code nav.slide}) and node ids. */
    public String key() {
        return key;
    }
}

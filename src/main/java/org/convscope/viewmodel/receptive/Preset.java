package org.convscope.viewmodel.receptive;

/** The comparisons one can pick; {@link #CUSTOM} is what the stacks become once edited by hand. */
public enum Preset {
    /** One 5x5 against two 3x3 (the lecture note). */
    FIVE_VS_TWO_THREES("note"),
    /** One 7x7 against three 3x3. */
    SEVEN_VS_THREE_THREES("seven"),
    /** AlexNet's 11x11 stride-4 first layer against 3x3 layers with the same field and stride. */
    ALEXNET_FIRST_LAYER("alexnet"),
    /** Stacks edited by hand. */
    CUSTOM("custom");

    private final String key;

    Preset(String key) {
        this.key = key;
    }

    /** The stable short name used in message keys ({@code rf.preset.note}). */
    public String key() {
        return key;
    }
}

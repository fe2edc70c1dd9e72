package org.convscope.viewmodel.settings;

import java.util.Arrays;
import java.util.Optional;

/** The colour themes: light for a screen, dark for a dim room, high contrast for a washed-out projector. */
public enum Theme {
    LIGHT("light"),
    DARK("dark"),
    HIGH_CONTRAST("high-contrast");

    private final String key;

    Theme(String key) {
        this.key = key;
    }

    /** The stable short name used in the settings store, message keys ({@code settings.theme.dark}) and CSS. */
    public String key() {
        return key;
    }

    /** The theme called {@code key}, empty for anything else (a setting written by a newer version). */
    public static Optional<Theme> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}

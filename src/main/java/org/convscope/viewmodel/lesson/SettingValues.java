package org.convscope.viewmodel.lesson;

import java.util.Arrays;
import java.util.Map;

/** Reads the values of a lesson script's settings: numbers, sizes such as 7x7, shapes such as 11x11x256, choices. */
final class SettingValues {

    private SettingValues() {
    }

    /** A whole number. */
    static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number: write e.g. 3");
        }
    }

    /** The seed of a random generator: a whole number, possibly past the range of int. */
    static long seed(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number: write e.g. 2026");
        }
    }

    /** A decimal number such as 0.1. */
    static double decimal(String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number: write e.g. 0.5");
        }
    }

    /**
     * Numbers joined by x (or ×), e.g. {@code 7x7} (rows x columns) or {@code 11x11x256} (height x width x channels).
     *
     * @param count how many numbers there must be
     */
    static int[] dimensions(String value, int count) {
        String[] parts = value.strip().split("\\s*[x×]\\s*", -1);
        String example = count == 2 ? "7x7" : "11x11x256";
        if (parts.length != count) {
            throw new IllegalArgumentException("'" + value + "' is not " + count + " numbers joined by x: write e.g. "
                    + example);
        }
        try {
            return Arrays.stream(parts).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not " + count + " numbers joined by x: write e.g. "
                    + example);
        }
    }

    /** on or off. */
    static boolean onOff(String value) {
        return choice(value, Map.of("on", true, "off", false));
    }

    /** One of the words in {@code choices}. */
    static <T> T choice(String value, Map<String, T> choices) {
        T chosen = choices.get(value.strip());
        if (chosen == null) {
            throw new IllegalArgumentException("'" + value + "' is not one of " + String.join(", ",
                    choices.keySet().stream().sorted().toList()));
        }
        return chosen;
    }
}

package org.convscope.viewmodel.lesson;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A {@link LessonTarget} made of named settings, each with its usual value and the call that applies it. Settings
 * are applied in the order they were declared (a choice that resets others comes first), the step's value where it
 * gives one, else the usual value; a setting with no usual value is left alone unless the step gives it.
 */
final class SettingsTarget implements LessonTarget {

    private record Setting(String usual, Consumer<String> apply) {
    }

    private final String name;
    private final Map<String, Setting> settings = new LinkedHashMap<>();
    private final Runnable afterwards;

    /**
     * @param name       the view-model's name in messages, e.g. "the sliding-kernel view"
     * @param afterwards run after the settings, e.g. to rewind an animation
     */
    SettingsTarget(String name, Runnable afterwards) {
        this.name = name;
        this.afterwards = afterwards;
    }

    /** Declares a setting; {@code usual} may be null for a setting that only applies when given. */
    SettingsTarget setting(String key, String usual, Consumer<String> apply) {
        settings.put(key, new Setting(usual, apply));
        return this;
    }

    @Override
    public void apply(Map<String, String> given) {
        for (String key : given.keySet()) {
            if (!settings.containsKey(key)) {
                throw new IllegalArgumentException(name + " has no setting '" + key + "'; its settings are "
                        + String.join(", ", settings.keySet()));
            }
        }
        settings.forEach((key, setting) -> {
            String value = given.getOrDefault(key, setting.usual());
            if (value != null) {
                try {
                    setting.apply().accept(value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ", " + key + " = " + value + ": " + e.getMessage(), e);
                }
            }
        });
        afterwards.run();
    }
}

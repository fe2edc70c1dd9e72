package org.convscope.viewmodel.lesson;

import java.util.Map;

/** A view-model a lesson step can set up: it takes the step's settings, {@code key = value} as the script has them. */
public interface LessonTarget {

    /**
     * Puts the view-model in the state the settings describe; a setting left out takes its usual value, so applying
     * the same settings again brings back the step's state after any change.
     *
     * @throws IllegalArgumentException for a key the view-model does not know or a value it cannot use, saying which
     */
    void apply(Map<String, String> settings);
}

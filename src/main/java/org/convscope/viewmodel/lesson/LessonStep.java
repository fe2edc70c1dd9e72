package org.convscope.viewmodel.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.convscope.viewmodel.Section;

/**
 * One step of the guided lesson: the view it opens and the settings it gives that view. Its title and explanation
 * are the bundle keys {@code lesson.<id>.title} and {@code lesson.<id>.body}.
 *
 * @param id       the step's name, lower-case words joined by hyphens, e.g. {@code output-width}
 * @param view     the view the step opens
 * @param settings the settings given to that view, in the order the script lists them
 * @param line     the line of the script the step starts on, for messages
 */
public record LessonStep(String id, Section view, Map<String, String> settings, int line) {

    public LessonStep {
        if (id == null || !id.matches(LessonScript.ID_PATTERN)) {
            throw new IllegalArgumentException("a step's id is lower-case words joined by hyphens, such as"
                    + " output-width, not '" + id + "'");
        }
        if (view == null || view == Section.LESSON) {
            throw new IllegalArgumentException("step '" + id + "' must open one of the views, not " + view);
        }
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The bundle key of the step's title. */
    public String titleKey() {
        return "lesson." + id + ".title";
    }

    /** The bundle key of the step's explanation. */
    public String bodyKey() {
        return "lesson." + id + ".body";
    }
}

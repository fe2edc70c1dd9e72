package org.convscope.viewmodel.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.convscope.viewmodel.Section;

/**
 * The steps of the guided lesson, read from a text file in resources, so that the lesson is data, not code:
 * <pre>
 * # a comment
 * [output-width]          a step and its id
 * view = slide            the view it opens: slide, receptive, lab or arch
 * input = 7x7             settings given to that view, key = value
 * </pre>
 * A script that cannot be read throws an {@link IllegalArgumentException} naming the file and the line, e.g.
 * {@code steps.txt, line 7: 'kernel 3x3' is not a setting: write key = value, e.g. kernel = 3x3}.
 */
public final class LessonScript {

    /** The lesson shipped with the app. */
    public static final String RESOURCE = "/org/convscope/lesson/steps.txt";
    /** Ids and setting keys: lower-case words (letters and digits) joined by hyphens. */
    static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String VIEW_KEY = "view";

    private final List<LessonStep> steps;

    private LessonScript(List<LessonStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The steps in order. */
    public List<LessonStep> steps() {
        return steps;
    }

    /** The lesson shipped with the app, {@value #RESOURCE}. */
    public static LessonScript load() {
        try (InputStream in = Objects.requireNonNull(LessonScript.class.getResourceAsStream(RESOURCE),
                "resource not found: " + RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "steps.txt");
        } catch (IOException e) {
            throw new UncheckedIOException("the lesson " + RESOURCE + " could not be read", e);
        }
    }

    /**
     * Reads a script.
     *
     * @param source the file's name, put in front of every message
     * @throws IllegalArgumentException saying what is wrong on which line and how to write it
     */
    public static LessonScript parse(String text, String source) {
        List<LessonStep> steps = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        String id = null;
        int idLine = 0;
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ", line " + n + ": ";
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new IllegalArgumentException(where + "'" + line + "' starts a step but does not end with ]:"
                            + " write [step-id]");
                }
                if (id != null) {
                    steps.add(step(id, idLine, settings, source));
                }
                id = line.substring(1, line.length() - 1).strip();
                if (!id.matches(ID_PATTERN)) {
                    throw new IllegalArgumentException(where + "a step's id is lower-case words joined by hyphens,"
                            + " such as [output-width], not [" + id + "]");
                }
                Integer earlier = idLines.putIfAbsent(id, n);
                if (earlier != null) {
                    throw new IllegalArgumentException(where + "step [" + id + "] is already on line " + earlier
                            + ": give each step its own id");
                }
                idLine = n;
                settings = new LinkedHashMap<>();
                keyLines = new HashMap<>();
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException(where + "'" + line + "' is not a setting: write key = value,"
                        + " e.g. kernel = 3x3");
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (id == null) {
                throw new IllegalArgumentException(where + "'" + line + "' comes before the first step: start a"
                        + " step with [step-id] above it");
            }
            if (!key.matches(ID_PATTERN)) {
                throw new IllegalArgumentException(where + "a setting's name is lower-case words joined by hyphens,"
                        + " such as growth-rate, not '" + key + "'");
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException(where + key + " has no value: write " + key + " = something,"
                        + " or leave the line out");
            }
            Integer earlier = keyLines.putIfAbsent(key, n);
            if (earlier != null) {
                throw new IllegalArgumentException(where + key + " is already set on line " + earlier
                        + " of step [" + id + "]: keep one of the two");
            }
            settings.put(key, value);
        }
        if (id != null) {
            steps.add(step(id, idLine, settings, source));
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(source + " has no steps: start one with [step-id] and view = slide");
        }
        return new LessonScript(steps);
    }

    private static LessonStep step(String id, int line, Map<String, String> settings, String source) {
        String where = source + ", line " + line + ": ";
        Map<String, String> given = new LinkedHashMap<>(settings);
        String view = given.remove(VIEW_KEY);
        List<String> views = Arrays.stream(Section.values()).filter(s -> s != Section.LESSON).map(Section::key)
                .toList();
        if (view == null) {
            throw new IllegalArgumentException(where + "step [" + id + "] does not say which view it opens: add"
                    + " view = " + String.join(", ", views.subList(0, views.size() - 1)) + " or "
                    + views.get(views.size() - 1));
        }
        Section section = Arrays.stream(Section.values()).filter(s -> s != Section.LESSON && s.key().equals(view))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(where + "step [" + id + "] opens '"
                        + view + "', which is not a view: the views are " + views.stream()
                        .collect(Collectors.joining(", "))));
        return new LessonStep(id, section, given, line);
    }
}

package org.convscope.app;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sample images bundled in the jar under {@code /org/convscope/samples/} (copied there from {@code assets/}
 * by the build; see {@code assets/CREDITS.md} for their sources). Pure Java, so the command line can name them too.
 */
public enum Sample {
    CAMERA("camera.png"),
    CHELSEA("chelsea.png"),
    COFFEE("coffee.png"),
    ASTRONAUT("astronaut.png"),
    BRICK("brick.png"),
    ROCKET("rocket.jpg");

    /** The sample the window opens on. */
    public static final Sample DEFAULT = CAMERA;

    private final String fileName;

    Sample(String fileName) {
        this.fileName = fileName;
    }

    /** The short name a person types and sees, e.g. {@code camera}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The classpath resource of the image, e.g. {@code /org/convscope/samples/camera.png}. */
    public String resourcePath() {
        return "/org/convscope/samples/" + fileName;
    }

    /** The short names of all samples, in menu order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Sample::displayName).toList();
    }

    /**
     * The sample with this short name.
     *
     * @throws IllegalArgumentException naming the samples there are, when there is none by that name
     */
    public static Sample named(String name) {
        return Arrays.stream(values())
                .filter(s -> s.displayName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no sample image named '" + name
                        + "'; the samples are " + String.join(", ", names())));
    }

    @Override
    public String toString() {
        return displayName();
    }
}

package org.convscope.app;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.convscope.io.SampleImages;
import org.convscope.io.SampleImages.Sample;
import org.convscope.viewmodel.Section;

/**
 * The options of the desktop app: {@code --lang en|ko}, {@code --sample NAME} and {@code --view NAME}, each also
 * as {@code --lang=ko}. Pure Java: the launcher parses them before deciding whether JavaFX is needed at all.
 *
 * @param language the language of every visible string, English or Korean
 * @param sample   the image the window opens on
 * @param view     the view the window opens on (a teacher starting on the slide they need)
 */
public record AppOptions(Locale language, Sample sample, Section view) {

    /** The app options, each with an example of its use. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "--lang", "--lang ko", "--sample", "--sample chelsea", "--view", "--view receptive");

    /** The languages the app has messages for. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

    public AppOptions {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("ConvScope speaks English (en) and Korean (ko), not " + language);
        }
        if (sample == null) {
            throw new IllegalArgumentException("a sample image is needed; the samples are " + String.join(", ", sampleNames()));
        }
        if (view == null) {
            throw new IllegalArgumentException("a view to open is needed; the views are " + viewNames());
        }
    }

    /** Opening on the sliding-kernel view. */
    public AppOptions(Locale language, Sample sample) {
        this(language, sample, Section.SLIDE);
    }

    private static String viewNames() {
        return String.join(", ", Arrays.stream(Section.values()).map(Section::key).toList());
    }

    /** Korean when the system speaks Korean, English otherwise; the default sample. */
    public static AppOptions defaults() {
        return new AppOptions(languageOf(Locale.getDefault()), defaultSample());
    }

    /** The app language for a system locale: Korean for any Korean locale, English for everything else. */
    public static Locale languageOf(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
    }

    /** The sample the window opens on: camera, a gray photo whose edges every kernel shows well. */
    public static Sample defaultSample() {
        return SampleImages.find("camera");
    }

    /** The short names of the bundled samples, in menu order. */
    public static List<String> sampleNames() {
        return SampleImages.list().stream().map(Sample::name).toList();
    }

    /** Whether {@code args} set {@code option} ({@code --lang ko} or {@code --lang=ko}), rather than leave it to the default. */
    public static boolean gives(List<String> args, String option) {
        return args.stream().anyMatch(arg -> arg.equals(option) || arg.startsWith(option + "="));
    }

    /**
     * Reads app options from a command line.
     *
     * @return the options when every argument is an app option with its value; empty when any argument is
     *         something else (a subcommand, {@code --help}, an unknown option), which is the command line's to handle
     * @throws IllegalArgumentException when an app option has a missing or unknown value
     */
    public static Optional<AppOptions> parse(List<String> args) {
        Locale language = languageOf(Locale.getDefault());
        Sample sample = defaultSample();
        Section view = Section.SLIDE;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!EXAMPLES.containsKey(name)) {
                return Optional.empty();
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(name + " needs a value, e.g. " + EXAMPLES.get(name));
            }
            switch (name) {
                case "--lang" -> language = LANGUAGES.stream()
                        .filter(l -> l.getLanguage().equals(value))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "ConvScope speaks English (en) and Korean (ko); '--lang " + value + "' is neither"));
                case "--sample" -> sample = SampleImages.find(value);
                default -> view = Arrays.stream(Section.values())
                        .filter(s -> s.key().equals(value))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "there is no view called '" + value + "'; the views are " + viewNames()));
            }
        }
        return Optional.of(new AppOptions(language, sample, view));
    }
}

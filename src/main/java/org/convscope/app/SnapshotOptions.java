package org.convscope.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.convscope.io.SampleImages;
import org.convscope.io.SampleImages.Sample;
import org.convscope.viewmodel.Section;

/**
 * The options of {@code convscope snapshot}: which view to draw, in which language, at which size and scale, and
 * where the PNG goes. Pure Java, read before JavaFX starts, so that a mistyped option is explained without
 * starting a toolkit.
 *
 * @param view     the view drawn
 * @param language the language of its text, English or Korean
 * @param sample   the sample image of the views that show one (the image lab)
 * @param width    the view's width on screen, in pixels
 * @param height   the view's height on screen, in pixels
 * @param scale    1, or 2 for a picture twice as wide and high, drawn with twice the detail
 * @param output   the PNG file written
 */
public record SnapshotOptions(Section view, Locale language, Sample sample, int width, int height, int scale,
                              Path output) {

    /** The command word after {@code convscope}. */
    public static final String COMMAND = "snapshot";
    /** The size of a 720p projector, on which every view is checked. */
    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 720;
    /** Below this the views' controls overlap; the desktop window has the same minimum width. */
    public static final int MIN_SIDE = 640;
    /** 4K at 1x; a 2x picture of it is 7680 pixels wide. */
    public static final int MAX_SIDE = 3840;

    public static final String USAGE = """
            Usage: convscope snapshot [--view NAME] [--lang en|ko] [--scale 1|2] [--size WxH] [--sample NAME] OUT.png
            Draws one view of the desktop app into a PNG, without a window and without a display.
              --view NAME     slide, receptive, lab, arch or lesson (default: slide)
              --lang en|ko    the language of the view's text (default: the system's)
              --scale 1|2     2 gives a picture twice as wide and high, for sharp slides (default: 1)
              --size WxH      the view's size on screen in pixels, %d to %d a side (default: %dx%d)
              --sample NAME   the sample image of the image lab (default: camera)
            """.formatted(MIN_SIDE, MAX_SIDE, DEFAULT_WIDTH, DEFAULT_HEIGHT);

    public SnapshotOptions {
        if (view == null) {
            throw new IllegalArgumentException("choose a view with --view; the views are " + viewNames());
        }
        if (language == null || !AppOptions.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("ConvScope speaks English (en) and Korean (ko), not " + language);
        }
        if (sample == null) {
            throw new IllegalArgumentException("a sample image is needed; the samples are "
                    + String.join(", ", AppOptions.sampleNames()));
        }
        if (width < MIN_SIDE || height < MIN_SIDE * 9 / 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("a snapshot of " + width + "x" + height + " pixels is not possible:"
                    + " the width can be " + MIN_SIDE + " to " + MAX_SIDE + " and the height " + MIN_SIDE * 9 / 16
                    + " to " + MAX_SIDE + ", e.g. --size 1920x1080");
        }
        if (scale != 1 && scale != 2) {
            throw new IllegalArgumentException("--scale is 1 or 2, not " + scale);
        }
        if (output == null) {
            throw new IllegalArgumentException("name the PNG file to write, e.g. convscope snapshot --view slide"
                    + " slide.png");
        }
    }

    /** The width of the picture written: {@code width * scale}. */
    public int pictureWidth() {
        return width * scale;
    }

    /** The height of the picture written: {@code height * scale}. */
    public int pictureHeight() {
        return height * scale;
    }

    /** The app options that build the view as the window would. */
    public AppOptions appOptions() {
        return new AppOptions(language, sample, view);
    }

    /**
     * Reads the arguments that follow {@code snapshot}.
     *
     * @return the options, or empty when help was asked for ({@code --help} or {@code -h})
     * @throws IllegalArgumentException with a sentence saying what to write instead
     */
    public static Optional<SnapshotOptions> parse(List<String> args) {
        Section view = Section.SLIDE;
        Locale language = AppOptions.languageOf(Locale.getDefault());
        Sample sample = AppOptions.defaultSample();
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        int scale = 1;
        Path output = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return Optional.empty();
            }
            if (!arg.startsWith("-")) {
                if (output != null) {
                    throw new IllegalArgumentException("one PNG file at a time: '" + output + "' and '" + arg
                            + "' were both given");
                }
                output = Path.of(arg);
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(name + " needs a value; " + USAGE.lines().findFirst().orElseThrow());
            }
            switch (name) {
                case "--view" -> view = Arrays.stream(Section.values())
                        .filter(s -> s.key().equals(value))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "there is no view called '" + value + "'; the views are " + viewNames()));
                case "--lang" -> language = AppOptions.LANGUAGES.stream()
                        .filter(l -> l.getLanguage().equals(value))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "ConvScope speaks English (en) and Korean (ko); '--lang " + value + "' is neither"));
                case "--scale" -> scale = switch (value) {
                    case "1", "1x" -> 1;
                    case "2", "2x" -> 2;
                    default -> throw new IllegalArgumentException("--scale is 1 or 2, not '" + value + "'");
                };
                case "--size" -> {
                    int[] size = size(value);
                    width = size[0];
                    height = size[1];
                }
                case "--sample" -> sample = SampleImages.find(value);
                default -> throw new IllegalArgumentException("convscope snapshot has no option " + name
                        + "; its options are --view, --lang, --scale, --size and --sample");
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("name the PNG file to write, e.g. convscope snapshot --view "
                    + view.key() + " " + view.key() + ".png");
        }
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("a snapshot is a PNG image: name the file with .png, e.g. "
                    + output.getFileName() + ".png");
        }
        return Optional.of(new SnapshotOptions(view, language, sample, width, height, scale, output));
    }

    /** Reads {@code WxH}, width first as on a screen's specification (1920x1080). */
    private static int[] size(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
            }
        } catch (NumberFormatException e) {
            // the sentence below says what to write
        }
        throw new IllegalArgumentException("'" + text + "' is not a size: write width x height in pixels, e.g."
                + " --size 1920x1080");
    }

    private static String viewNames() {
        return String.join(", ", Arrays.stream(Section.values()).map(Section::key).toList());
    }
}

package org.convscope;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The sentence bundles of the core ({@code org/convscope/core/sentences*.properties}) and of the view-models
 * ({@code org/convscope/viewmodel/sentences*.properties}): read as plain UTF-8 properties, independently of
 * ResourceBundle, and compared with the source that uses them.
 */
class SentenceBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    /** Texts that are only placeholders and punctuation read the same in both languages. */
    private static final Pattern NO_WORDS = Pattern.compile("[{}0-9:, ]*");
    private static final Path MAIN = Path.of("src/main/java");

    /**
     * The classes whose refusals reach a person in a view: none of them may build an English sentence by hand
     * any more (each says it through a key of the core's bundle).
     */
    private static final List<String> SPEAKING_CLASSES = List.of(
            "core/ConvGeometry.java", "core/PaddingChoice.java", "core/Padding.java", "core/Kernel.java",
            "core/KernelLibrary.java", "core/FilterBank.java", "core/Pooling.java", "core/ChannelMix.java",
            "core/FeaturePipeline.java", "core/Activation.java", "core/rf/LayerSpec.java",
            "core/rf/ReceptiveField.java", "core/rf/StackLedger.java", "core/count/Layer.java",
            "core/count/LayerStack.java", "core/count/DenseBlock.java", "core/count/InceptionBlock.java",
            "core/count/ResidualBlock.java", "core/count/ResidualGradient.java", "core/GradientFlow.java", "io/ImageLoader.java", "io/SampleImages.java", "io/ImageSaver.java",
            "io/GifWriter.java", "io/NpyWriter.java", "io/PngFrames.java");
    /** A sentence written in the throw: {@code new IllegalArgumentException("...} or one built from pieces. */
    private static final Pattern HAND_WRITTEN = Pattern.compile(
            "new (IllegalArgumentException|ImageLoadException|IOException|UncheckedIOException)\\(\"");

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = Objects.requireNonNull(SentenceBundlesTest.class.getResourceAsStream(path), path);
             Reader in = new InputStreamReader(stream, UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/convscope/core/sentences", "/org/convscope/viewmodel/sentences"})
    void englishAndKoreanHaveTheSameKeysAndPlaceholders(String base) throws IOException {
        Properties english = bundle(base + ".properties");
        Properties korean = bundle(base + "_ko.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(korean.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String ko = korean.getProperty(key);
            assertFalse(en.isBlank() || ko.isBlank(), "empty sentence for " + key);
            assertEquals(placeholders(en), placeholders(ko), key);
            // Placeholders run 0, 1, 2, ... so no argument is silently dropped.
            Set<String> expected = new TreeSet<>();
            for (int i = 0; i < placeholders(en).size(); i++) {
                expected.add(Integer.toString(i));
            }
            assertEquals(expected, placeholders(en), "placeholders of " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/convscope/core/sentences", "/org/convscope/viewmodel/sentences"})
    void everyKoreanSentenceIsWrittenInKorean(String base) throws IOException {
        Properties english = bundle(base + ".properties");
        Properties korean = bundle(base + "_ko.properties");
        for (String key : korean.stringPropertyNames()) {
            String ko = korean.getProperty(key);
            boolean onlyPlaceholders = NO_WORDS.matcher(ko).matches();
            // Names the people in the room write as they are (sobel-x, valid) may stay, but a sentence must be Korean.
            assertTrue(onlyPlaceholders || HANGUL.matcher(ko).find(), key + " is not translated: " + ko);
            assertTrue(onlyPlaceholders || !ko.equals(english.getProperty(key)), key + " is the English text");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/convscope/core/sentences", "/org/convscope/viewmodel/sentences"})
    void everyKeyIsUsedInTheSource(String base) throws IOException {
        String source = allMainSource();
        List<String> unused = new ArrayList<>();
        for (String key : bundle(base + ".properties").stringPropertyNames()) {
            if (!source.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertEquals(List.of(), unused, "keys no code says");
    }

    @Test
    void theClassesWhoseRefusalsReachAViewWriteNoEnglishSentenceByHand() throws IOException {
        List<String> found = new ArrayList<>();
        for (String file : SPEAKING_CLASSES) {
            List<String> lines = Files.readAllLines(MAIN.resolve("org/convscope").resolve(file), UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (HAND_WRITTEN.matcher(lines.get(i)).find()) {
                    found.add(file + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static String allMainSource() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file, UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}

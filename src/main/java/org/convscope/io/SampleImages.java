package org.convscope.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convscope.core.Refusal;
import org.convscope.core.Sentence;
import org.convscope.core.Tensor;

/**
 * The sample photographs bundled with ConvScope, as classpath resources under {@value #FOLDER}. The list and the
 * credits come from the CREDITS.md table shipped beside them, so a picture and its licence cannot drift apart.
 */
public final class SampleImages {

    /** Classpath folder of the samples (the build copies the top-level assets/ folder there). */
    public static final String FOLDER = "/org/convscope/samples/";

    private static final String CREDITS = FOLDER + "CREDITS.md";

    /**
     * One bundled sample.
     *
     * @param name        the file name without its extension, as menus and the CLI use it ("camera")
     * @param fileName    the resource's file name ("camera.png")
     * @param size        as the credits describe it ("512x512, 8-bit gray")
     * @param description what the picture shows
     * @param licence     licence and author ("CC0, photographer Lav Varshney")
     */
    public record Sample(String name, String fileName, String size, String description, String licence) {

        public Sample {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(fileName, "fileName");
        }

        /** "camera.png: man with a camera (CC0, photographer Lav Varshney)", for an About box or a slide footer. */
        public String creditLine() {
            return fileName + ": " + description + " (" + licence + ")";
        }
    }

    private SampleImages() {
    }

    /** The samples in the order CREDITS.md lists them. */
    public static List<Sample> list() {
        List<Sample> samples = new ArrayList<>();
        try (BufferedReader credits = new BufferedReader(new InputStreamReader(open(CREDITS),
                StandardCharsets.UTF_8))) {
            for (String line = credits.readLine(); line != null; line = credits.readLine()) {
                String[] cells = line.strip().split("\\|");
                // A table row "| file | size | what | licence |" splits into an empty cell and four more.
                if (cells.length < 5 || !cells[1].strip().contains(".")) {
                    continue;
                }
                String fileName = cells[1].strip();
                open(FOLDER + fileName).close();
                samples.add(new Sample(fileName.substring(0, fileName.lastIndexOf('.')), fileName,
                        cells[2].strip(), cells[3].strip(), cells[4].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Sentence.of("sample.credits").english(), e);
        }
        return List.copyOf(samples);
    }

    /** The sample called {@code name} ("camera"; "camera.png" works too). */
    public static Sample find(String name) {
        List<Sample> samples = list();
        for (Sample s : samples) {
            if (s.name().equalsIgnoreCase(name) || s.fileName().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw Refusal.of("sample.unknown", name, String.join(", ", samples.stream().map(Sample::name).toList()));
    }

    /** Loads the sample called {@code name} as a gray or RGB tensor with values 0..255. */
    public static Tensor load(String name, ColorMode mode) throws ImageLoadException {
        Sample sample = find(name);
        try (InputStream in = open(FOLDER + sample.fileName())) {
            return new ImageLoader().load(in, sample.fileName(), mode);
        } catch (IOException e) {
            throw new ImageLoadException(Sentence.of("sample.unreadable", sample.fileName()), e);
        }
    }

    /** Opens a bundled resource, failing at once with its path when the build did not package it. */
    private static InputStream open(String path) {
        return Objects.requireNonNull(SampleImages.class.getResourceAsStream(path), "resource not found: " + path);
    }
}

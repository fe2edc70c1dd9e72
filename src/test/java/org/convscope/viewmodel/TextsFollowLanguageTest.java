package org.convscope.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.InMemoryRecentFiles;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;
import org.convscope.viewmodel.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A text a view-model already shows (the lab's status line and formula, refusals of the sliding-kernel and
 * receptive-field views) reads in the new language as soon as the language changes, not only from the next message
 * on. The expected texts are read straight from the bundle files, not through the code under test.
 */
class TextsFollowLanguageTest {

    private final Locale display = Locale.getDefault(Locale.Category.DISPLAY);

    @BeforeEach
    void english() {
        Sentences.setLanguage(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Sentences.setLanguage(display);
    }

    /** The properties file {@code path} on the class path, read as UTF-8. */
    private static Properties bundleFile(String path) {
        try (InputStream in = TextsFollowLanguageTest.class.getResourceAsStream(path)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Properties LAB_EN = bundleFile("/org/convscope/i18n/messages.properties");
    private static final Properties LAB_KO = bundleFile("/org/convscope/i18n/messages_ko.properties");
    private static final Properties SAID_EN = bundleFile("/org/convscope/viewmodel/sentences.properties");
    private static final Properties SAID_KO = bundleFile("/org/convscope/viewmodel/sentences_ko.properties");

    /** The lab as the app makes it: its strings looked up in the language of the moment. */
    private static ImageLabViewModel lab(CurrentThreadTaskExecutor executor) {
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new ImageLabViewModel(executor, LabEngine.javaEngine(), new InMemoryRecentFiles(),
                (key, args) -> new MessageFormat(ResourceBundle.getBundle("org.convscope.i18n.messages",
                        Sentences.language(), noFallback).getString(key), Sentences.language()).format(args));
    }

    @Test
    void theLabsStatusAndFormulaFollowTheLanguage() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        ImageLabViewModel lab = lab(executor);
        assertEquals(LAB_EN.getProperty("lab.status.noImage"), lab.statusProperty().get());
        Sentences.setLanguage(Locale.KOREAN);
        assertEquals(LAB_KO.getProperty("lab.status.noImage"), lab.statusProperty().get());

        lab.openPixels("gray", 12, 10, new int[12 * 10]);
        lab.addLibraryKernel("sobel-x");
        String formula = lab.formulaProperty().get();
        assertTrue(formula.startsWith(before(LAB_KO.getProperty("lab.formula.rows"))), formula);
        Sentences.setLanguage(Locale.ENGLISH);
        // The same formula, only its words changed: "행: " became "rows: ".
        assertEquals(formula.replace(before(LAB_KO.getProperty("lab.formula.rows")),
                        before(LAB_EN.getProperty("lab.formula.rows")))
                        .replace(before(LAB_KO.getProperty("lab.formula.columns")),
                                before(LAB_EN.getProperty("lab.formula.columns"))),
                lab.formulaProperty().get());
    }

    /** The words of a pattern before its first placeholder. */
    private static String before(String pattern) {
        return pattern.substring(0, pattern.indexOf("{0}"));
    }

    @Test
    void refusalsAlreadyShownFollowTheLanguage() {
        SlideViewModel slide = new SlideViewModel(1);
        slide.setInputValue(0, 0, 0, "1e9");
        assertEquals(SAID_EN.getProperty("slide.valueRange"), slide.getError());
        ReceptiveFieldViewModel receptive = new ReceptiveFieldViewModel();
        assertFalse(receptive.setInputSize(0));
        String refusal = SAID_KO.getProperty("receptive.inputSize")
                .replace("{0}", Integer.toString(ReceptiveFieldViewModel.MAX_INPUT)).replace("{1}", "0");

        Sentences.setLanguage(Locale.KOREAN);
        assertEquals(SAID_KO.getProperty("slide.valueRange"), slide.getError());
        assertEquals(refusal, receptive.getError());
        Sentences.setLanguage(Locale.ENGLISH);
        assertEquals(SAID_EN.getProperty("slide.valueRange"), slide.getError());
    }

    @Test
    void theLanguageDoesNotKeepAViewModelNobodyUses() {
        WeakReference<SlideViewModel> forgotten = new WeakReference<>(new SlideViewModel(1));
        for (int i = 0; i < 20 && forgotten.get() != null; i++) {
            System.gc();
        }
        assertNull(forgotten.get(), "a view-model let go of is collected although its texts follow the language");
    }
}

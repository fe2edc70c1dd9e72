package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.convscope.io.SampleImages;
import org.convscope.viewmodel.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    private final Locale systemLocale = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(systemLocale);
    }

    @Test
    void noArgumentsOpenTheAppInTheSystemLanguageOnCamera() {
        Locale.setDefault(Locale.KOREA);
        assertEquals(Optional.of(new AppOptions(Locale.KOREAN, SampleImages.find("camera"))), AppOptions.parse(List.of()));
        Locale.setDefault(Locale.GERMANY);
        assertEquals(Optional.of(new AppOptions(Locale.ENGLISH, SampleImages.find("camera"))), AppOptions.parse(List.of()));
    }

    @Test
    void languageAndSampleAreReadInBothSpellings() {
        Locale.setDefault(Locale.US);
        AppOptions expected = new AppOptions(Locale.KOREAN, SampleImages.find("chelsea"));
        assertEquals(Optional.of(expected), AppOptions.parse(List.of("--lang", "ko", "--sample", "chelsea")));
        assertEquals(Optional.of(expected), AppOptions.parse(List.of("--sample=chelsea", "--lang=ko")));
    }

    @Test
    void theWindowCanOpenOnAnyView() {
        Locale.setDefault(Locale.US);
        assertEquals(Optional.of(new AppOptions(Locale.ENGLISH, SampleImages.find("camera"), Section.RECEPTIVE)),
                AppOptions.parse(List.of("--view", "receptive")));
        assertEquals(Section.SLIDE, AppOptions.parse(List.of()).orElseThrow().view());
        assertEquals("there is no view called 'slides'; the views are slide, receptive, lab, arch, lesson",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--view=slides")))
                        .getMessage());
    }

    @Test
    void anythingElseIsLeftToTheCommandLine() {
        assertEquals(Optional.empty(), AppOptions.parse(List.of("conv", "--kernel", "sobel-x")));
        assertEquals(Optional.empty(), AppOptions.parse(List.of("--help")));
        assertEquals(Optional.empty(), AppOptions.parse(List.of("--version")));
        assertEquals(Optional.empty(), AppOptions.parse(List.of("--lang", "ko", "shape")));
    }

    @Test
    void badValuesAreExplained() {
        assertEquals("ConvScope speaks English (en) and Korean (ko); '--lang fr' is neither",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--lang", "fr"))).getMessage());
        assertEquals("--sample needs a value, e.g. --sample chelsea",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--sample"))).getMessage());
        assertEquals("there is no sample image called 'lena'; the samples are camera, chelsea, coffee, astronaut, brick, rocket",
                assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--sample", "lena"))).getMessage());
    }
}

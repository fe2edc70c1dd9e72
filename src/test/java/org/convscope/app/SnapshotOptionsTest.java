package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.convscope.io.SampleImages;
import org.convscope.viewmodel.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SnapshotOptionsTest {

    private final Locale systemLocale = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(systemLocale);
    }

    private static String refusal(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> SnapshotOptions.parse(List.of(args))).getMessage();
    }

    @Test
    void onlyTheFileGivesTheSlideViewAt720pInTheSystemLanguage() {
        Locale.setDefault(Locale.KOREA);
        assertEquals(Optional.of(new SnapshotOptions(Section.SLIDE, Locale.KOREAN, SampleImages.find("camera"), 1280,
                720, 1, Path.of("out.png"))), SnapshotOptions.parse(List.of("out.png")));
    }

    @Test
    void everyOptionWithASpaceOrAnEqualsSign() {
        SnapshotOptions options = SnapshotOptions.parse(List.of("--view", "receptive", "--lang=ko", "--scale", "2",
                "--size=1920x1080", "--sample", "chelsea", "slides/rf.png")).orElseThrow();
        assertEquals(new SnapshotOptions(Section.RECEPTIVE, Locale.KOREAN, SampleImages.find("chelsea"), 1920, 1080,
                2, Path.of("slides/rf.png")), options);
        assertEquals(3840, options.pictureWidth());
        assertEquals(2160, options.pictureHeight());
    }

    @Test
    void helpIsNotAnError() {
        assertEquals(Optional.empty(), SnapshotOptions.parse(List.of("--help")));
        assertEquals(Optional.empty(), SnapshotOptions.parse(List.of("--view", "lab", "-h")));
    }

    @Test
    void mistakesAreExplained() {
        assertEquals("there is no view called 'slides'; the views are slide, receptive, lab, arch, lesson",
                refusal("--view", "slides", "a.png"));
        assertEquals("--scale is 1 or 2, not '3'", refusal("--scale", "3", "a.png"));
        assertEquals("'1920*1080' is not a size: write width x height in pixels, e.g. --size 1920x1080",
                refusal("--size", "1920*1080", "a.png"));
        assertEquals("a snapshot of 320x200 pixels is not possible: the width can be 640 to 3840 and the height 360"
                + " to 3840, e.g. --size 1920x1080", refusal("--size", "320x200", "a.png"));
        assertEquals("name the PNG file to write, e.g. convscope snapshot --view arch arch.png",
                refusal("--view", "arch"));
        assertEquals("a snapshot is a PNG image: name the file with .png, e.g. slide.jpg.png", refusal("slide.jpg"));
        assertEquals("ConvScope speaks English (en) and Korean (ko); '--lang fr' is neither",
                refusal("--lang", "fr", "a.png"));
        assertEquals("convscope snapshot has no option --zoom; its options are --view, --lang, --scale, --size and"
                + " --sample", refusal("--zoom", "2", "a.png"));
        assertEquals("one PNG file at a time: 'a.png' and 'b.png' were both given", refusal("a.png", "b.png"));
    }
}

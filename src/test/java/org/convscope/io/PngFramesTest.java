package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFramesTest {

    @TempDir
    Path dir;

    /** Frame i: every pixel a colour made from i, so frames are told apart after decoding. */
    private static int[] frame(int i, int w, int h) {
        int[] argb = new int[w * h];
        for (int p = 0; p < argb.length; p++) {
            argb[p] = 0xFF000000 | (i * 40) << 16 | (p % w) * 8 << 8 | (p / w) * 8;
        }
        return argb;
    }

    @Test
    void framesAreNumberedFromOneAndDecodeBackToTheirPixels() throws IOException {
        Path folder = dir.resolve("frames");
        try (PngFrames frames = PngFrames.open(folder, 3)) {
            for (int i = 0; i < 3; i++) {
                frames.addFrame(6, 4, frame(i, 6, 4));
            }
            assertEquals(3, frames.frameCount());
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("frame-001.png", "frame-002.png", "frame-003.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (int i = 0; i < 3; i++) {
            BufferedImage image = ImageIO.read(folder.resolve("frame-00" + (i + 1) + ".png").toFile());
            assertEquals(6, image.getWidth());
            assertEquals(4, image.getHeight());
            int[] expected = frame(i, 6, 4);
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 6; x++) {
                    assertEquals(expected[y * 6 + x] & 0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF,
                            "frame " + (i + 1) + " pixel (" + x + ", " + y + ")");
                }
            }
        }
    }

    @Test
    void namesSortInFrameOrderAlsoPastNineHundredNinetyNine() {
        assertEquals("frame-001.png", PngFrames.frameName(1, 9));
        assertEquals("frame-049.png", PngFrames.frameName(49, 49));
        assertEquals("frame-0007.png", PngFrames.frameName(7, 2704));
        assertEquals("frame-2704.png", PngFrames.frameName(2704, 2704));
    }

    @Test
    void anEarlierLongerExportLeavesNoFramesBehindAndOtherFilesStay() throws IOException {
        Path folder = dir.resolve("frames");
        try (PngFrames frames = PngFrames.open(folder, 4)) {
            for (int i = 0; i < 4; i++) {
                frames.addFrame(2, 2, frame(i, 2, 2));
            }
        }
        Files.writeString(folder.resolve("notes.txt"), "kept");
        try (PngFrames frames = PngFrames.open(folder, 2)) {
            frames.addFrame(2, 2, frame(0, 2, 2));
            frames.addFrame(2, 2, frame(1, 2, 2));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("frame-001.png", "frame-002.png", "notes.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void framesOfAnotherSizeOneTooManyAndAnEmptySequenceAreRefused() throws IOException {
        PngFrames frames = PngFrames.open(dir.resolve("f"), 2);
        IOException empty = assertThrows(IOException.class, frames::close);
        assertTrue(empty.getMessage().contains("no frame"), empty.getMessage());

        frames.addFrame(4, 4, new int[16]);
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> frames.addFrame(5, 4, new int[20]));
        assertTrue(size.getMessage().contains("4x4"), size.getMessage());
        frames.addFrame(4, 4, new int[16]);
        IllegalArgumentException third = assertThrows(IllegalArgumentException.class,
                () -> frames.addFrame(4, 4, new int[16]));
        assertTrue(third.getMessage().contains("2 frames"), third.getMessage());
        assertFalse(Files.exists(dir.resolve("f").resolve("frame-003.png")));
    }

    @Test
    void aMissingParentFolderIsNamed() {
        Path folder = dir.resolve("missing").resolve("frames");
        IOException e = assertThrows(IOException.class, () -> PngFrames.open(folder, 2));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}

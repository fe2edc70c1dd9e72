package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifWriterTest {

    @TempDir
    Path dir;

    /** Frame i: left half colour i of the list, right half white, so each frame differs and uses few colours. */
    private static final int[] COLOURS = {0xFF0000, 0x00FF00, 0x0000FF, 0x123456, 0xABCDEF};

    private static int[] frame(int i, int w, int h) {
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = 0xFF000000 | (x < w / 2 ? COLOURS[i] : 0xFFFFFF);
            }
        }
        return argb;
    }

    @Test
    void animationDecodesBackToItsFramesSizeDelayAndLoop() throws IOException {
        Path file = dir.resolve("slide.gif");
        try (GifWriter gif = GifWriter.open(file, 250, true)) {
            for (int i = 0; i < COLOURS.length; i++) {
                gif.addFrame(40, 30, frame(i, 40, 30));
            }
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertEquals(COLOURS.length, reader.getNumImages(true));
            for (int i = 0; i < COLOURS.length; i++) {
                BufferedImage image = reader.read(i);
                assertEquals(40, image.getWidth());
                assertEquals(30, image.getHeight());
                assertEquals(COLOURS[i], image.getRGB(3, 7) & 0xFFFFFF, "frame " + i + " left half");
                assertEquals(0xFFFFFF, image.getRGB(35, 20) & 0xFFFFFF, "frame " + i + " right half");
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                assertEquals("25", control.getAttribute("delayTime"), "250 ms is 25 hundredths of a second");
            }
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode netscape = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", netscape.getAttribute("applicationID"));
            byte[] loop = (byte[]) netscape.getUserObject();
            assertEquals(0, loop[1] | loop[2] << 8, "loop count 0 means forever");
        } finally {
            reader.dispose();
        }
    }

    @Test
    void framesOfAnotherSizeAndEmptyAnimationsAreRefused() throws IOException {
        Path file = dir.resolve("bad.gif");
        try (GifWriter gif = GifWriter.open(file, 100, false)) {
            gif.addFrame(4, 4, new int[16]);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> gif.addFrame(5, 4, new int[20]));
            assertTrue(e.getMessage().contains("4x4"), e.getMessage());
        }
        Path empty = dir.resolve("empty.gif");
        IOException e = assertThrows(IOException.class, () -> GifWriter.open(empty, 100, false).close());
        assertTrue(e.getMessage().contains("no frame"), e.getMessage());
        assertFalse(Files.exists(empty));
        assertThrows(IOException.class, () -> GifWriter.open(dir.resolve("missing/x.gif"), 100, false));
    }
}

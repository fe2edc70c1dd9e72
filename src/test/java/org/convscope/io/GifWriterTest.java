package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Assumptions;
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

    private static final String IMAGE_FORMAT = "javax_imageio_gif_image_1.0";
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";

    /** {@code count} distinct opaque colours, none white, drawn with a fixed seed. */
    private static int[] distinctColours(int count, long seed) {
        Random random = new Random(seed);
        Set<Integer> colours = new LinkedHashSet<>();
        while (colours.size() < count) {
            int rgb = random.nextInt(0x1000000);
            if (rgb != 0xFFFFFF) {
                colours.add(rgb);
            }
        }
        return colours.stream().mapToInt(c -> 0xFF000000 | c).toArray();
    }

    /** Every frame of {@code file}, decoded by ImageIO, as 0xRRGGBB pixels. */
    private static List<int[]> decode(Path file, int width, int height) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            List<int[]> frames = new ArrayList<>();
            for (int i = 0; i < reader.getNumImages(true); i++) {
                BufferedImage image = reader.read(i);
                assertEquals(width, image.getWidth(), "frame " + i);
                assertEquals(height, image.getHeight(), "frame " + i);
                int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
                for (int p = 0; p < rgb.length; p++) {
                    rgb[p] &= 0xFFFFFF;
                }
                frames.add(rgb);
            }
            return frames;
        } finally {
            reader.dispose();
        }
    }

    /**
     * 49 frames (a 7x7 output's steps) whose pixels are drawn from 200 colours: every pixel decodes to the colour
     * it was written with, and the frames carry no colour table of their own (one global table for all).
     */
    @Test
    void framesWithAtMost256ColoursTogetherDecodeBackPixelExact() throws IOException {
        int[] colours = distinctColours(200, 7L);
        Random random = new Random(49L);
        int w = 90;
        int h = 40;
        List<int[]> written = new ArrayList<>();
        Path file = dir.resolve("exact.gif");
        try (GifWriter gif = GifWriter.open(file, 500, true)) {
            for (int i = 0; i < 49; i++) {
                int[] argb = new int[w * h];
                for (int p = 0; p < argb.length; p++) {
                    // Runs of one colour, as in a picture of cells, and single pixels between them.
                    argb[p] = p > 0 && random.nextInt(4) > 0 ? argb[p - 1] : colours[random.nextInt(colours.length)];
                }
                gif.addFrame(w, h, argb);
                written.add(argb);
            }
            assertEquals(49, gif.frameCount());
        }
        List<int[]> decoded = decode(file, w, h);
        assertEquals(49, decoded.size());
        for (int i = 0; i < 49; i++) {
            for (int p = 0; p < w * h; p++) {
                assertEquals(written.get(i)[p] & 0xFFFFFF, decoded.get(i)[p], "frame " + i + ", pixel " + p);
            }
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata().getAsTree(STREAM_FORMAT);
            IIOMetadataNode global = (IIOMetadataNode) stream.getElementsByTagName("GlobalColorTable").item(0);
            assertEquals("256", global.getAttribute("sizeOfGlobalColorTable"));
            for (int i = 0; i < 49; i++) {
                IIOMetadata metadata = reader.getImageMetadata(i);
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(IMAGE_FORMAT);
                assertEquals(0, root.getElementsByTagName("LocalColorTable").getLength(), "frame " + i);
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension")
                        .item(0);
                assertEquals("50", control.getAttribute("delayTime"), "500 ms is 50 hundredths of a second");
                IIOMetadataNode descriptor = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                assertEquals("FALSE", descriptor.getAttribute("interlaceFlag"));
            }
        } finally {
            reader.dispose();
        }
    }

    /**
     * A frame of 301 colours: white on most of it, then colour k on 300 - k pixels (column k). The 256 entries go
     * to white and the 255 most frequent colours, which decode exactly; each of the 45 rarest decodes to the
     * entry nearest to it, found here by brute force over the 256 colours that were kept.
     */
    @Test
    void beyond256ColoursTheFrequentOnesStayExactAndTheRestTakeTheNearest() throws IOException {
        int[] colours = distinctColours(300, 11L);
        int side = 300;
        int[] argb = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                argb[y * side + x] = y < side - x ? colours[x] : 0xFFFFFFFF;
            }
        }
        Path file = dir.resolve("many.gif");
        try (GifWriter gif = GifWriter.open(file, 100, false)) {
            gif.addFrame(side, side, argb);
            gif.addFrame(side, side, argb);
        }
        List<int[]> decoded = decode(file, side, side);
        assertEquals(2, decoded.size());
        int[] kept = new int[256];
        kept[0] = 0xFFFFFF;
        for (int k = 0; k < 255; k++) {
            kept[k + 1] = colours[k] & 0xFFFFFF;
        }
        for (int[] frame : decoded) {
            assertEquals(0xFFFFFF, frame[side * side - 1], "white, the most frequent colour");
            for (int x = 0; x < side; x++) {
                int original = colours[x] & 0xFFFFFF;
                int shown = frame[x];
                if (x < 255) {
                    assertEquals(original, shown, "colour " + x + " is among the 256 most frequent");
                } else {
                    int best = Integer.MAX_VALUE;
                    for (int candidate : kept) {
                        best = Math.min(best, distance(original, candidate));
                    }
                    assertEquals(best, distance(original, shown), "colour " + x + " shows as its nearest entry");
                    assertTrue(java.util.Arrays.stream(kept).anyMatch(c -> c == shown), "colour " + x);
                }
            }
        }
    }

    private static int distance(int a, int b) {
        int dr = (a >> 16 & 0xFF) - (b >> 16 & 0xFF);
        int dg = (a >> 8 & 0xFF) - (b >> 8 & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return dr * dr + dg * dg + db * db;
    }

    /** ImageMagick, another decoder, lists every frame with its size and delay (skipped where it is missing). */
    @Test
    void imageMagickListsEveryFrame() throws IOException, InterruptedException {
        Path identify = Path.of("/usr/bin/identify");
        Assumptions.assumeTrue(Files.isExecutable(identify), "ImageMagick's identify is not installed");
        Path file = dir.resolve("magick.gif");
        try (GifWriter gif = GifWriter.open(file, 250, true)) {
            for (int i = 0; i < COLOURS.length; i++) {
                gif.addFrame(40, 30, frame(i, 40, 30));
            }
        }
        Process process = new ProcessBuilder(identify.toString(), "-format", "%w %h %T\\n", file.toString())
                .redirectErrorStream(true).start();
        String listed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "identify did not finish");
        assertEquals(0, process.exitValue(), listed);
        assertEquals("40 30 25\n".repeat(COLOURS.length), listed.replace("\r", ""));
    }
}

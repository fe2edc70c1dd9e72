package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convscope.core.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSaverTest {

    @TempDir
    Path dir;

    private static Tensor ramp(int channels, int height, int width, float step) {
        float[] data = new float[channels * height * width];
        for (int i = 0; i < data.length; i++) {
            data[i] = i * step;
        }
        return new Tensor(channels, height, width, data);
    }

    @Test
    void grayTensorRoundTripsThroughPng() throws Exception {
        Tensor t = new Tensor(1, 2, 3, new float[] {-5, 0, 10.4f, 99.6f, 255, 400});
        Path file = dir.resolve("gray.png");
        assertEquals(new ValueRange(0, 255), ImageSaver.save(t, ValueMapping.CLAMP, file));
        Tensor back = new ImageLoader().load(file, ColorMode.GRAY);
        assertEquals(new Tensor(1, 2, 3, new float[] {0, 0, 10, 100, 255, 255}), back);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, ImageIO.read(file.toFile()).getType());
    }

    @Test
    void rgbTensorKeepsItsChannels() throws Exception {
        Tensor t = new Tensor(3, 1, 2, new float[] {10, 20, 30, 40, 50, 60});
        Path file = dir.resolve("rgb.png");
        ImageSaver.save(t, ValueMapping.CLAMP, file);
        assertEquals(t, new ImageLoader().load(file, ColorMode.RGB));
    }

    @Test
    void divergingChannelIsSavedInColour() throws Exception {
        Tensor t = new Tensor(2, 1, 3, new float[] {1, 2, 3, -8, 0, 8});
        Path file = dir.resolve("diverging.png");
        assertEquals(new ValueRange(-8, 8), ImageSaver.saveChannel(t, 1, ValueMapping.DIVERGING, file));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(0xFF053061, image.getRGB(0, 0));
        assertEquals(0xFFF7F7F7, image.getRGB(1, 0));
        assertEquals(0xFF67001F, image.getRGB(2, 0));
    }

    @Test
    void tensorsThatAreNotImagesAskForAChannel() {
        var e = assertThrows(IllegalArgumentException.class, () -> ImageSaver.render(ramp(16, 2, 2, 1),
                ValueMapping.MINMAX));
        assertEquals("a 16-channel tensor is not an image; choose a channel (0 to 15) or save a grid of all"
                + " channels", e.getMessage());
        var d = assertThrows(IllegalArgumentException.class, () -> ImageSaver.render(ramp(3, 2, 2, 1),
                ValueMapping.DIVERGING));
        assertEquals("a diverging colour map shows one channel at a time; choose a channel (0 to 2) or save a grid"
                + " of all channels", d.getMessage());
        var c = assertThrows(IllegalArgumentException.class, () -> ImageSaver.renderChannel(ramp(2, 2, 2, 1), 2,
                ValueMapping.MINMAX));
        assertEquals("channel 2 does not exist; this tensor has channels 0 to 1", c.getMessage());
    }

    @Test
    void gridTilesChannelsWithOneRangeAndGaps() throws Exception {
        // 5 channels of 2x3: ceil(sqrt(5)) = 3 tiles across, 2 down; 3*3 + 2*2 = 13 wide, 2*2 + 2 = 6 high.
        // Values 0..29 (one per element), MINMAX over all: v -> round(255 v / 29).
        Tensor t = ramp(5, 2, 3, 1);
        Path file = dir.resolve("grid.png");
        assertEquals(new ValueRange(0, 29), ImageSaver.saveGrid(t, ValueMapping.MINMAX, file));
        BufferedImage grid = ImageIO.read(file.toFile());
        assertEquals(13, grid.getWidth());
        assertEquals(6, grid.getHeight());
        for (int c = 0; c < 5; c++) {
            int left = (c % 3) * 5;
            int top = (c / 3) * 4;
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 3; x++) {
                    int expected = Math.round(255f * t.get(c, y, x) / 29);
                    assertEquals(expected, grid.getRaster().getSample(left + x, top + y, 0),
                            "channel " + c + " at " + y + "," + x);
                }
            }
        }
        assertEquals(255, grid.getRaster().getSample(3, 0, 0), "gap between tiles");
        assertEquals(255, grid.getRaster().getSample(0, 2, 0), "gap between rows");
        assertEquals(255, grid.getRaster().getSample(12, 5, 0), "the empty sixth tile");
    }

    @Test
    void missingFolderIsNamed() {
        Path file = dir.resolve("no/such/out.png");
        var e = assertThrows(java.io.IOException.class, () -> ImageSaver.save(ramp(1, 1, 1, 1), ValueMapping.CLAMP,
                file));
        assertEquals("cannot save " + file + ": the folder " + file.getParent() + " does not exist", e.getMessage());
    }
}

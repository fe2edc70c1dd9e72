package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.convscope.core.Tensor;
import org.junit.jupiter.api.Test;

class SampleImagesTest {

    @Test
    void listsTheBundledSamplesWithCredits() {
        List<SampleImages.Sample> samples = SampleImages.list();
        assertEquals(List.of("camera", "chelsea", "coffee", "astronaut", "brick", "rocket"),
                samples.stream().map(SampleImages.Sample::name).toList());
        assertEquals("camera.png: man with a camera (CC0, photographer Lav Varshney)",
                SampleImages.find("camera").creditLine());
        assertEquals("rocket.jpg", SampleImages.find("rocket").fileName());
    }

    @Test
    void loadsCameraWithTheValuesInTheFile() throws Exception {
        Tensor camera = SampleImages.load("camera", ColorMode.GRAY);
        assertEquals("1x512x512", camera.shape());
        BufferedImage reference;
        try (InputStream in = SampleImages.class.getResourceAsStream(SampleImages.FOLDER + "camera.png")) {
            reference = ImageIO.read(in);
        }
        for (int y = 0; y < 512; y += 37) {
            for (int x = 0; x < 512; x += 41) {
                assertEquals(reference.getRaster().getSample(x, y, 0), camera.get(0, y, x));
            }
        }
    }

    @Test
    void loadsColourSamplesInTheirCreditedSizes() throws Exception {
        assertEquals("3x300x451", SampleImages.load("chelsea", ColorMode.RGB).shape());
        assertEquals("3x427x640", SampleImages.load("rocket.jpg", ColorMode.RGB).shape());
        assertEquals("1x400x600", SampleImages.load("coffee", ColorMode.GRAY).shape());
    }

    @Test
    void unknownSampleNamesListTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> SampleImages.find("dog"));
        assertEquals("there is no sample image called 'dog'; the samples are camera, chelsea, coffee, astronaut,"
                + " brick, rocket", e.getMessage());
    }
}

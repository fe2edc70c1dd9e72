package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.convscope.core.Tensor;
import org.junit.jupiter.api.Test;

/** Converting a loaded image gives what loading it in the other mode gives, so the lab decodes once. */
class ColorModeTest {

    @Test
    void grayOfALoadedColourPhotoEqualsLoadingItGray() throws ImageLoadException {
        for (String sample : new String[] {"chelsea", "rocket"}) {
            Tensor rgb = SampleImages.load(sample, ColorMode.RGB);
            assertEquals(SampleImages.load(sample, ColorMode.GRAY), ColorMode.GRAY.convert(rgb), sample);
        }
    }

    @Test
    void rgbOfAGrayImageEqualsLoadingItInColour() throws ImageLoadException {
        Tensor gray = SampleImages.load("camera", ColorMode.GRAY);
        assertEquals(SampleImages.load("camera", ColorMode.RGB), ColorMode.RGB.convert(gray));
        assertSame(gray, ColorMode.GRAY.convert(gray));
    }
}

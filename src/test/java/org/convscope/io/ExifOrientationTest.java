package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convscope.core.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExifOrientationTest {

    /**
     * The stored image [[1 2 3] [4 5 6]] shown upright for each tag, written out by hand from the EXIF 2.32
     * meaning of tag 0x0112 (6 = "rotate 90 CW to display", 5 = transpose, 7 = transverse, 8 = "rotate 270 CW").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 | 2 | 3 | 1 2 3 4 5 6",
        "2 | 2 | 3 | 3 2 1 6 5 4",
        "3 | 2 | 3 | 6 5 4 3 2 1",
        "4 | 2 | 3 | 4 5 6 1 2 3",
        "5 | 3 | 2 | 1 4 2 5 3 6",
        "6 | 3 | 2 | 4 1 5 2 6 3",
        "7 | 3 | 2 | 6 3 5 2 4 1",
        "8 | 3 | 2 | 3 6 2 5 1 4",
    })
    void turnsUpright(int tag, int height, int width, String values) {
        Tensor stored = new Tensor(1, 2, 3, new float[] {1, 2, 3, 4, 5, 6});
        String[] tokens = values.split(" ");
        float[] expected = new float[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            expected[i] = Float.parseFloat(tokens[i]);
        }
        assertEquals(new Tensor(1, height, width, expected), ExifOrientation.upright(stored, tag));
    }
}

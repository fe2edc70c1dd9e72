package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelLibraryTest {

    private static float[] m(float... v) {
        return v;
    }

    @Test
    void sobelAndScharrMatchOpenCvDocs() {
        // OpenCV tutorial "Sobel Derivatives" (docs.opencv.org, imgproc/imgtrans/sobel_derivatives):
        // Gx = [-1 0 +1; -2 0 +2; -1 0 +1], Gy = [-1 -2 -1; 0 0 0; +1 +2 +1], and for Scharr
        // Gx = [-3 0 +3; -10 0 +10; -3 0 +3], Gy = [-3 -10 -3; 0 0 0; +3 +10 +3].
        assertArrayEquals(m(-1, 0, 1, -2, 0, 2, -1, 0, 1), KernelLibrary.sobelX().values());
        assertArrayEquals(m(-1, -2, -1, 0, 0, 0, 1, 2, 1), KernelLibrary.sobelY().values());
        assertArrayEquals(m(-3, 0, 3, -10, 0, 10, -3, 0, 3), KernelLibrary.scharrX().values());
        assertArrayEquals(m(-3, -10, -3, 0, 0, 0, 3, 10, 3), KernelLibrary.scharrY().values());
    }

    @Test
    void sobelAndPrewittAreWikipediasConvolutionMatricesFlipped() {
        // Wikipedia "Sobel operator" and "Prewitt operator" write Gx = [+1 0 -1; +2 0 -2; +1 0 -1] * A and
        // Gx = [+1 0 -1; +1 0 -1; +1 0 -1] * A, Gy = [+1 +1 +1; 0 0 0; -1 -1 -1] * A with * a true convolution;
        // ConvScope cross-correlates, so its matrices are those rotated 180 degrees.
        Kernel wikiSobelX = new Kernel("w", "", 3, 3, m(1, 0, -1, 2, 0, -2, 1, 0, -1));
        Kernel wikiPrewittX = new Kernel("w", "", 3, 3, m(1, 0, -1, 1, 0, -1, 1, 0, -1));
        Kernel wikiPrewittY = new Kernel("w", "", 3, 3, m(1, 1, 1, 0, 0, 0, -1, -1, -1));
        assertArrayEquals(wikiSobelX.flipped().values(), KernelLibrary.sobelX().values());
        assertArrayEquals(wikiPrewittX.flipped().values(), KernelLibrary.prewittX().values());
        assertArrayEquals(wikiPrewittY.flipped().values(), KernelLibrary.prewittY().values());
    }

    @Test
    void laplaciansMatchGonzalezAndWoods() {
        // Gonzalez & Woods, Digital Image Processing, 3rd ed., Fig. 3.37 (a) and (b).
        assertArrayEquals(m(0, 1, 0, 1, -4, 1, 0, 1, 0), KernelLibrary.laplacian4().values());
        assertArrayEquals(m(1, 1, 1, 1, -8, 1, 1, 1, 1), KernelLibrary.laplacian8().values());
    }

    @Test
    void setosaKernelsAndOutlineIsNegatedLaplacian8() {
        // setosa.io/ev/image-kernels: sharpen, emboss, outline.
        assertArrayEquals(m(0, -1, 0, -1, 5, -1, 0, -1, 0), KernelLibrary.sharpen().values());
        assertArrayEquals(m(-2, -1, 0, -1, 1, 1, 0, 1, 2), KernelLibrary.emboss().values());
        assertArrayEquals(m(-1, -1, -1, -1, 8, -1, -1, -1, -1), KernelLibrary.outline().values());
        float[] lap = KernelLibrary.laplacian8().values();
        float[] outline = KernelLibrary.outline().values();
        for (int i = 0; i < lap.length; i++) {
            assertEquals(-lap[i], outline[i]);
        }
    }

    @Test
    void sobelXIsPositiveWhereBrightnessIncreasesToTheRight() {
        // A 5x5 image whose columns get brighter to the right (x * 10), and one whose rows get brighter downwards.
        float[][] ramp = new float[5][5];
        float[][] down = new float[5][5];
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                ramp[y][x] = 10 * x;
                down[y][x] = 10 * y;
            }
        }
        // (1 + 2 + 1) rows, each seeing a difference of 20 across two columns: 4 * 20 = 80.
        assertEquals(80, correlateAtCentre(ramp, KernelLibrary.sobelX()), 1e-6);
        assertEquals(0, correlateAtCentre(ramp, KernelLibrary.sobelY()), 1e-6);
        assertEquals(80, correlateAtCentre(down, KernelLibrary.sobelY()), 1e-6);
        assertEquals(0, correlateAtCentre(ramp, KernelLibrary.laplacian4()), 1e-6);
        assertEquals(ramp[2][2], correlateAtCentre(ramp, KernelLibrary.identity()), 1e-6);
    }

    private static double correlateAtCentre(float[][] image, Kernel k) {
        int cy = image.length / 2 - k.rows() / 2;
        int cx = image[0].length / 2 - k.cols() / 2;
        double sum = 0;
        for (int r = 0; r < k.rows(); r++) {
            for (int c = 0; c < k.cols(); c++) {
                sum += k.get(r, c) * image[cy + r][cx + c];
            }
        }
        return sum;
    }

    @Test
    void gaussianMatchesTheSeparableClosedForm() {
        int size = 7;
        double sigma = 1.3;
        // Independent reference: the 2-D Gaussian is the outer product of the normalised 1-D one.
        double[] g = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            g[i] = Math.exp(-Math.pow(i - size / 2, 2) / (2 * sigma * sigma));
            total += g[i];
        }
        Kernel k = KernelLibrary.gaussian(size, sigma);
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                assertEquals(g[r] / total * g[c] / total, k.get(r, c), 1e-7);
            }
        }
        assertEquals(1.0, k.sum(), 1e-6);
        assertEquals("gaussian:7:1.3", k.name());
    }

    @Test
    void gaussian3x3SigmaOneHasThePublishedCentreWeight() {
        // Centre weight 1 / (1 + 2 exp(-1/2))^2 = 0.204180 (1-D weights 0.274069, 0.451863, 0.274069).
        Kernel k = KernelLibrary.gaussian(3, 1.0);
        assertEquals(0.204180, k.get(1, 1), 1e-6);
        assertEquals(0.274069 * 0.274069, k.get(0, 0), 1e-6);
    }

    @Test
    void boxAveragesAndSumsToOne() {
        Kernel k = KernelLibrary.box(4);
        assertEquals(16, k.paramCount());
        for (float v : k.values()) {
            assertEquals(1f / 16, v);
        }
        assertEquals(1.0, k.sum(), 1e-6);
    }

    @Test
    void gaussianRefusesEvenSizesAndBadSigma() {
        var even = assertThrows(IllegalArgumentException.class, () -> KernelLibrary.gaussian(4, 1));
        assertEquals("a Gaussian kernel needs an odd size so it has a centre; 4 is even, try 5", even.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KernelLibrary.gaussian(5, 0));
        assertThrows(IllegalArgumentException.class, () -> KernelLibrary.gaussian(5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> KernelLibrary.box(0));
    }

    @ParameterizedTest
    @CsvSource({"sobel-x,sobel-x", "SOBEL-Y,sobel-y", "' laplacian-8 ',laplacian-8", "box:5,box:5", "box,box:3",
            "gaussian:5:1.2,gaussian:5:1.2", "outline,outline", "emboss,emboss", "identity,identity",
            "scharr-x,scharr-x", "prewitt-y,prewitt-y", "sharpen,sharpen", "laplacian-4,laplacian-4"})
    void parsesNames(String spec, String expectedName) {
        assertEquals(expectedName, KernelLibrary.parse(spec).name());
    }

    @Test
    void everyListedKernelParsesBackFromItsName() {
        for (Kernel k : KernelLibrary.all()) {
            assertEquals(k, KernelLibrary.parse(k.name()), k.name());
            assertTrue(!k.description().isBlank(), k.name());
        }
    }

    @Test
    void gaussianWithoutSigmaUsesOpenCvsRule() {
        // sigma = 0.3 * ((5 - 1) / 2 - 1) + 0.8 = 1.1
        assertEquals(KernelLibrary.gaussian(5, 1.1), KernelLibrary.parse("gaussian:5"));
        assertEquals(KernelLibrary.gaussian(5, 1.1), KernelLibrary.parse("gaussian"));
    }

    @Test
    void parsesTypedMatricesWithSpacesCommasNewlinesAndFractions() {
        Kernel k = KernelLibrary.parse("1 0 -1; 2 0 -2; 1 0 -1");
        assertEquals(KernelLibrary.CUSTOM, k.name());
        assertEquals(3, k.rows());
        assertArrayEquals(KernelLibrary.sobelX().flipped().values(), k.values());

        Kernel mean = KernelLibrary.parse("1/9, 1/9, 1/9\n1/9 1/9 1/9\n1/9,1/9,1/9;");
        assertArrayEquals(KernelLibrary.box(3).values(), mean.values());

        Kernel decimals = KernelLibrary.parse("0.25 .5 -1.5e-1 \u22122");
        assertEquals(1, decimals.rows());
        assertArrayEquals(m(0.25f, 0.5f, -0.15f, -2f), decimals.values());
    }

    @Test
    void typedMatrixErrorsSayWhatToFix() {
        assertEquals("row 2 has 2 values but row 1 has 3; every row needs the same number",
                parseError("1 2 3; 4 5"));
        assertEquals("'x' in row 1 is not a number; write numbers like 2, -0.5 or 1/9", parseError("1 x 2"));
        assertEquals("'1/0' in row 2 divides by zero", parseError("1; 1/0"));
        assertEquals("the kernel is empty: type rows of numbers such as 1 0 -1; 2 0 -2; 1 0 -1",
                parseError(" ; \n ;"));
        assertTrue(parseError("   ").startsWith("no kernel given"));
        String big = "0 ".repeat(16).strip();
        assertEquals("a typed kernel can be at most 15x15, but this one is 1x16", parseError(big));
        assertEquals("'1e99' in row 1 is too large for a kernel weight", parseError("1e99 1"));
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        String message = parseError("sobl-x");
        assertTrue(message.startsWith("there is no kernel called 'sobl-x'; the known ones are identity, box:N,"),
                message);
        assertTrue(message.contains("laplacian-8") && message.contains("gaussian:N:SIGMA"), message);
        assertEquals("the box size 'big' is not a whole number; write it like box:5", parseError("box:big"));
        assertEquals("'sobel-x:3' has too many parts after ':'; write it like sobel-x", parseError("sobel-x:3"));
        assertEquals("the Gaussian's sigma 'wide' is not a number; write it like gaussian:5:1.2",
                parseError("gaussian:5:wide"));
    }

    private static String parseError(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> KernelLibrary.parse(spec)).getMessage();
    }
}

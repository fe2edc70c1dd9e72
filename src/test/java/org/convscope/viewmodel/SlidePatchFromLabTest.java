package org.convscope.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

import org.convscope.core.ConvGeometry;
import org.convscope.core.Tensor;
import org.convscope.io.ColorMode;
import org.convscope.io.ImageLoader;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.InMemoryRecentFiles;
import org.convscope.viewmodel.lab.Inspection;
import org.convscope.viewmodel.lab.LabChannels;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.lab.LabMessages;
import org.convscope.viewmodel.lab.SlidePatchRequest;
import org.convscope.viewmodel.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Open in the sliding-kernel view", end to end without a toolkit: the image lab convolves a photo, hands the patch
 * around one output pixel to the sliding-kernel view, and the cell in focus there holds the value nested loops give
 * on the photo itself, read from the file.
 */
class SlidePatchFromLabTest {

    private static final Path PHOTO;

    static {
        try {
            PHOTO = Path.of(Objects.requireNonNull(SlidePatchFromLabTest.class.getResource(
                    "/org/convscope/fixtures/photo-64x48.png")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sobel x, flipped, summed over R, G and B, at output (outY, outX) of the geometry, by nested loops on the
     * photo: {@code sum_c sum_ky,kx w(2-ky, 2-kx) in_c(outY s - pTop + ky d, outX s - pLeft + kx d)}, 0 outside.
     */
    private static double flippedSobelX(Tensor photo, ConvGeometry g, int outY, int outX) {
        float[][] sobelX = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            for (int ky = 0; ky < 3; ky++) {
                for (int kx = 0; kx < 3; kx++) {
                    int y = outY * g.stride() - g.pad().top() + ky * g.dilation();
                    int x = outX * g.stride() - g.pad().left() + kx * g.dilation();
                    if (y >= 0 && y < photo.height() && x >= 0 && x < photo.width()) {
                        sum += sobelX[2 - ky][2 - kx] * photo.get(c, y, x);
                    }
                }
            }
        }
        return sum;
    }

    @ParameterizedTest(name = "output ({0}, {1}) with stride {2}, dilation {3}")
    @CsvSource({"0, 0, 2, 2", "11, 17, 2, 2", "23, 31, 2, 2", "20, 40, 1, 3", "5, 60, 1, 1"})
    void theInspectedPixelIsInFocusWithTheSameSum(int outY, int outX, int stride, int dilation) throws Exception {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        ImageLabViewModel lab = new ImageLabViewModel(executor, LabEngine.javaEngine(), new InMemoryRecentFiles(),
                LabMessages.keys());
        lab.openFile(PHOTO);
        lab.addLibraryKernel("sobel-x");
        lab.channelsProperty().set(LabChannels.SUM);
        lab.flipProperty().set(true);
        lab.strideProperty().set(stride);
        lab.dilationProperty().set(dilation);
        lab.shownChannelProperty().set(0);
        executor.runDelayed();
        assertEquals("", lab.errorProperty().get());
        assertNotNull(lab.resultProperty().get());

        Tensor photo = new ImageLoader().load(PHOTO, ColorMode.RGB);
        ConvGeometry g = ConvGeometry.same(photo.height(), photo.width(), 3, 3, stride, dilation);
        assertTrue(outY < g.outH() && outX < g.outW(), "the test's pixel is in the output");
        double expected = flippedSobelX(photo, g, outY, outX);
        Inspection inspected = lab.inspect(outX, outY).orElseThrow();
        assertEquals(expected, inspected.sum(), 1e-3);

        lab.openInSlideView(outX, outY);
        SlidePatchRequest request = lab.slideRequestProperty().get();
        assertNotNull(request);
        SlideViewModel slide = new SlideViewModel(7L);
        assertTrue(slide.openPatch(request));
        assertEquals("", slide.getError());
        SlidePicture p = slide.getPicture();
        assertEquals(3, p.channels());
        assertEquals(stride, p.stride());
        assertEquals(dilation, p.dilation());
        int focus = slide.focusedOutput();
        Equation equation = slide.getEquation();
        assertEquals(focus / p.outputColumns(), equation.outputRow());
        assertEquals(focus % p.outputColumns(), equation.outputColumn());
        assertEquals(expected, p.outputValue(0, equation.outputRow(), equation.outputColumn()), 1e-3);
        // The window in focus reads the photo's pixels where the lab's window does (0 where it hangs over the edge).
        for (int c = 0; c < 3; c++) {
            for (int ky = 0; ky < 3; ky++) {
                for (int kx = 0; kx < 3; kx++) {
                    int y = outY * stride - g.pad().top() + ky * dilation;
                    int x = outX * stride - g.pad().left() + kx * dilation;
                    float photoValue = y >= 0 && y < photo.height() && x >= 0 && x < photo.width()
                            ? photo.get(c, y, x) : 0f;
                    assertEquals(photoValue, p.inputValue(c, p.tapRow(equation.outputRow(), ky),
                            p.tapColumn(equation.outputColumn(), kx)), "channel " + c + " tap " + ky + "," + kx);
                }
            }
        }
    }
}

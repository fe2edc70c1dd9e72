package org.convscope.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.convscope.viewmodel.lab.SlidePatchRequest;
import org.junit.jupiter.api.Test;

/** The sliding-kernel view's state, without a toolkit; every number is checked against nested loops. */
class SlideViewModelTest {

    private final SlideViewModel model = new SlideViewModel(7L);

    /** Output size by brute force: count the window positions that fit in the padded input. */
    private static int positions(int n, int before, int after, int k, int stride, int dilation) {
        int count = 0;
        for (int start = 0; start + dilation * (k - 1) < n + before + after; start += stride) {
            count++;
        }
        return count;
    }

    /** out_f(y, x) by nested loops over channels and taps, padding read as 0. */
    private static float reference(SlidePicture p, int f, int outY, int outX) {
        float total = 0;
        for (int c = 0; c < p.channels(); c++) {
            float sum = 0;
            for (int ky = 0; ky < p.kernelRows(); ky++) {
                for (int kx = 0; kx < p.kernelColumns(); kx++) {
                    int y = outY * p.stride() - p.padTop() + ky * p.dilation();
                    int x = outX * p.stride() - p.padLeft() + kx * p.dilation();
                    boolean inside = y >= 0 && y < p.inputRows() && x >= 0 && x < p.inputColumns();
                    sum += inside ? p.kernelValue(f, c, ky, kx) * p.inputValue(c, y, x) : 0f;
                }
            }
            total += sum;
        }
        return total;
    }

    /** True when input (y, x) lies on a tap of the window of output (outY, outX). */
    private static boolean inWindow(SlidePicture p, int outY, int outX, int y, int x) {
        for (int ky = 0; ky < p.kernelRows(); ky++) {
            for (int kx = 0; kx < p.kernelColumns(); kx++) {
                if (outY * p.stride() - p.padTop() + ky * p.dilation() == y
                        && outX * p.stride() - p.padLeft() + kx * p.dilation() == x) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void opensOnASevenBySevenInputWithSamePaddingAndOneStepPerOutputCell() {
        SlidePicture p = model.getPicture();
        assertEquals(7, p.inputRows());
        assertEquals(9, p.paddedRows());
        assertEquals(7, p.outputRows());
        assertEquals(7, p.outputColumns());
        assertEquals(49, model.stepCountBinding().get());
        assertEquals(0, model.getStep());
        assertFalse(model.canStepBackBinding().get());
        assertTrue(model.canStepForwardBinding().get());
        assertEquals("", model.getError());
        assertEquals("w_out = w_in - k + 1 + 2p = 7 - 3 + 1 + 2·1 = 7", model.simpleFormulaBinding().get());
    }

    @Test
    void everySettingGivesTheBruteForceSizeAndNestedLoopValues() {
        model.channelsProperty().set(3);
        model.filtersProperty().set(2);
        model.inputRowsProperty().set(9);
        model.inputColumnsProperty().set(6);
        model.kernelRowsProperty().set(4);
        model.kernelColumnsProperty().set(3);
        model.strideProperty().set(2);
        model.dilationProperty().set(2);
        model.paddingPresetProperty().set(PaddingPreset.EXPLICIT);
        model.padTopProperty().set(2);
        model.padBottomProperty().set(0);
        model.padLeftProperty().set(1);
        model.padRightProperty().set(3);

        SlidePicture p = model.getPicture();
        assertEquals("", model.getError());
        assertEquals(positions(9, 2, 0, 4, 2, 2), p.outputRows());
        assertEquals(positions(6, 1, 3, 3, 2, 2), p.outputColumns());
        for (int f = 0; f < 2; f++) {
            for (int y = 0; y < p.outputRows(); y++) {
                for (int x = 0; x < p.outputColumns(); x++) {
                    assertEquals(reference(p, f, y, x), p.outputValue(f, y, x), 1e-4, "filter " + f + " at " + y + "," + x);
                }
            }
        }
        assertEquals("", model.simpleFormulaBinding().get(), "the note's formula needs stride 1");
        assertEquals("floor((9 + 2 + 0 - 2·(4 - 1) - 1) / 2) + 1 = 3", model.rowsFormulaBinding().get());
    }

    @Test
    void fullAndValidPresetsChangeTheOutputSize() {
        model.paddingPresetProperty().set(PaddingPreset.FULL);
        assertEquals(positions(7, 2, 2, 3, 1, 1), model.getPicture().outputRows());
        model.paddingPresetProperty().set(PaddingPreset.VALID);
        assertEquals(5, model.getPicture().outputRows());
        assertEquals(25, model.stepCountBinding().get());
    }

    @Test
    void steppingForwardAndBackLightsUpExactlyTheWindowOfTheStep() {
        for (int i = 0; i < 10; i++) {
            model.stepForward();
        }
        assertEquals(10, model.getStep());
        assertWindowLit(1, 3);
        model.stepBack();
        assertEquals(9, model.getStep());
        assertWindowLit(1, 2);
        assertTrue(model.isOutputComputed(1, 2));
        assertFalse(model.isOutputComputed(1, 3));

        model.toEnd();
        assertEquals(48, model.getStep());
        assertFalse(model.canStepForwardBinding().get());
        model.stepForward();
        assertEquals(48, model.getStep());
        model.toStart();
        assertEquals(0, model.getStep());
        model.stepBack();
        assertEquals(0, model.getStep());
    }

    private void assertWindowLit(int outY, int outX) {
        SlidePicture p = model.getPicture();
        int lit = 0;
        for (int y = -p.padTop(); y < p.inputRows() + p.padBottom(); y++) {
            for (int x = -p.padLeft(); x < p.inputColumns() + p.padRight(); x++) {
                assertEquals(inWindow(p, outY, outX, y, x), model.isInputHighlighted(y, x), y + "," + x);
                lit += model.isInputHighlighted(y, x) ? 1 : 0;
            }
        }
        assertEquals(p.kernelRows() * p.kernelColumns(), lit);
        assertEquals(1, model.highlightedOutputCount());
        assertTrue(model.isOutputHighlighted(outY, outX));
    }

    @Test
    void playingAdvancesOneStepPerTickAndStopsAtTheLastStep() {
        model.paddingPresetProperty().set(PaddingPreset.VALID);
        model.play();
        assertTrue(model.isPlaying());
        for (int tick = 0; tick < 100; tick++) {
            model.advance();
        }
        assertEquals(24, model.getStep());
        assertFalse(model.isPlaying());

        model.play();
        assertEquals(0, model.getStep(), "play at the end starts again");
        model.advance();
        model.stepForward();
        assertFalse(model.isPlaying(), "a step by hand pauses");
        assertEquals(2, model.getStep());
    }

    @Test
    void speedDoublesAndHalvesBetweenAQuarterAndEight() {
        model.faster();
        model.faster();
        model.faster();
        model.faster();
        assertEquals(8, model.getSpeed());
        for (int i = 0; i < 8; i++) {
            model.slower();
        }
        assertEquals(0.25, model.getSpeed());
    }

    @Test
    void hoveringAnOutputLightsItsWindowAndShowsItsEquation() {
        model.hoverOutput(4, 5);
        assertWindowLit(4, 5);
        assertEquals(4, model.getEquation().outputRow());
        assertEquals(5, model.getEquation().outputColumn());
        model.clearHover();
        assertEquals(0, model.getEquation().outputRow());
    }

    @Test
    void hoveringAnInputLightsEveryOutputReadingItAndCountsThem() {
        model.paddingPresetProperty().set(PaddingPreset.VALID);
        SlidePicture p = model.getPicture();
        model.hoverInput(0, 0);
        assertEquals(1, model.reachCountProperty().get(), "a corner feeds one output of a valid 3x3 convolution");
        model.hoverInput(3, 3);
        assertEquals(9, model.reachCountProperty().get());
        int lit = 0;
        for (int y = 0; y < p.outputRows(); y++) {
            for (int x = 0; x < p.outputColumns(); x++) {
                assertEquals(inWindow(p, y, x, 3, 3), model.isOutputHighlighted(y, x));
                lit += model.isOutputHighlighted(y, x) ? 1 : 0;
            }
        }
        assertEquals(9, lit);
        assertNull(model.getEquation());
    }

    @Test
    void anImpossibleGeometryIsExplainedAndTheLastPictureStays() {
        model.paddingPresetProperty().set(PaddingPreset.VALID);
        model.inputRowsProperty().set(5);
        model.inputColumnsProperty().set(5);
        SlidePicture before = model.getPicture();

        model.kernelRowsProperty().set(9);
        model.kernelColumnsProperty().set(9);

        assertSame(before, model.getPicture());
        assertTrue(model.getError().contains("a 9x3 kernel does not fit in a 5x5 input")
                || model.getError().contains("a 9x9 kernel does not fit in a 5x5 input"), model.getError());
        Misfit misfit = model.misfitProperty().get();
        assertNotNull(misfit);
        assertEquals(5, misfit.paddedRows());

        model.paddingPresetProperty().set(PaddingPreset.FULL);
        assertEquals("", model.getError());
        assertNull(model.misfitProperty().get());
        assertEquals(13, model.getPicture().outputRows());
    }

    @Test
    void paddingProductsAreWrittenAsZeroAndTheSumIsTheOutput() {
        Equation equation = model.getEquation();
        SlidePicture p = model.getPicture();
        Equation.ChannelSum sum = equation.channels().get(0);
        assertEquals(9, sum.terms().size());
        int padding = 0;
        for (Equation.Term term : sum.terms()) {
            if (term.padding()) {
                padding++;
                assertTrue(term.text().endsWith("·0"), term.text());
            }
        }
        assertEquals(5, padding, "the top-left window of a same 3x3 convolution has 5 padding taps");
        assertEquals(p.outputText(0, 0, 0), sum.sumText());
        assertEquals(p.outputText(0, 0, 0), equation.totalText());
    }

    @Test
    void severalChannelsShowPartialSumsThatAddUpToTheOutput() {
        model.channelsProperty().set(3);
        model.filtersProperty().set(2);
        model.shownFilterProperty().set(1);
        model.setStep(24);
        Equation equation = model.getEquation();
        assertEquals(3, equation.channels().size());
        assertEquals(1, equation.filter());
        SlidePicture p = model.getPicture();
        float total = 0;
        for (Equation.ChannelSum sum : equation.channels()) {
            total += Float.parseFloat(sum.sumText());
        }
        assertEquals(reference(p, 1, 3, 3), total, 1e-4);
        assertTrue(equation.totalText().endsWith(" = " + p.outputText(1, 3, 3)), equation.totalText());
    }

    /**
     * TensorFlow's "same" padding puts pad_before = floor(total / 2) and the rest after
     * (tensorflow.org/api_docs/python/tf/nn/convolution, "same" padding); a 4x4 kernel needs a total of 3.
     */
    @Test
    void anEvenKernelWithSamePaddingExplainsTheSplitAndTheHalfCellShift() {
        model.kernelRowsProperty().set(4);
        model.kernelColumnsProperty().set(4);
        SamePaddingNote note = model.samePaddingNoteProperty().get();
        assertTrue(note.uneven());
        assertEquals(3, note.rows().total());
        assertEquals("1.5", note.rows().ideal());
        assertEquals(1, note.rows().before());
        assertEquals(2, note.rows().after());
        assertEquals(2, note.rows().otherBefore());
        assertEquals(1, note.rows().otherAfter());
        assertEquals("+0.5", note.rows().shift());
        assertEquals(7, model.getPicture().outputRows());

        model.sameConventionProperty().set(SameConvention.EXTRA_BEFORE);
        assertEquals(2, model.getPicture().padTop());
        assertEquals("-0.5", model.samePaddingNoteProperty().get().columns().shift());

        model.kernelRowsProperty().set(3);
        model.kernelColumnsProperty().set(3);
        assertFalse(model.samePaddingNoteProperty().get().uneven());
    }

    @Test
    void aStrideThatDoesNotFitLeavesCellsUnusedAndCountsThem() {
        model.paddingPresetProperty().set(PaddingPreset.VALID);
        model.strideProperty().set(3);
        SlidePicture p = model.getPicture();
        int unused = 0;
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 7; x++) {
                boolean read = false;
                for (int oy = 0; oy < p.outputRows(); oy++) {
                    for (int ox = 0; ox < p.outputColumns(); ox++) {
                        read |= inWindow(p, oy, ox, y, x);
                    }
                }
                assertEquals(!read, p.isUnused(y, x), y + "," + x);
                unused += read ? 0 : 1;
            }
        }
        assertEquals(13, unused);
        assertEquals(13, model.unusedCellCountBinding().get());
    }

    @Test
    void typedValuesChangeTheOutputAndBadTextIsExplained() {
        model.setInputValue(0, 0, 0, "100");
        assertEquals(100, model.getPicture().inputValue(0, 0, 0));
        assertEquals(reference(model.getPicture(), 0, 0, 0), model.getPicture().outputValue(0, 0, 0), 1e-4);
        model.setKernelValue(0, 0, 1, 1, "-0.5");
        assertEquals(-0.5f, model.getPicture().kernelValue(0, 0, 1, 1));

        SlidePicture before = model.getPicture();
        model.setInputValue(0, 0, 0, "seven");
        assertEquals("'seven' is not a number: type a value such as 3, -1 or 0.5", model.getError());
        assertEquals(new SlideViewModel.TypingError(false, "seven"), model.typingErrorProperty().get(),
                "the view translates the mistake from this, not from the English sentence");
        assertSame(before, model.getPicture());
        model.setInputValue(0, 0, 0, "1e9");
        assertEquals(new SlideViewModel.TypingError(true, "1e9"), model.typingErrorProperty().get());
        assertSame(before, model.getPicture());
        model.setInputValue(0, 0, 0, "4");
        assertEquals(null, model.typingErrorProperty().get());
        assertEquals("", model.getError());
    }

    @Test
    void aSamplePatchGivesPixelValues() {
        model.useSamplePatch("camera");
        assertEquals("", model.getError());
        SlidePicture p = model.getPicture();
        boolean large = false;
        for (int y = 0; y < p.inputRows(); y++) {
            for (int x = 0; x < p.inputColumns(); x++) {
                float v = p.inputValue(0, y, x);
                assertTrue(v >= 0 && v <= 255 && v == Math.rint(v), "pixel " + v);
                large |= v > 9;
            }
        }
        assertTrue(large, "the values should be pixels, not the small random integers");
    }

    // A patch opened from the image lab

    /** A seeded request: values with fractions (as 16-bit or composited pixels give), weights in -1..1. */
    private static SlidePatchRequest request(int channels, int rows, int cols, int kRows, int kCols, int stride,
                                             int dilation, int focusRow, int focusColumn, long seed) {
        Random random = new Random(seed);
        float[] patch = new float[channels * rows * cols];
        for (int i = 0; i < patch.length; i++) {
            patch[i] = random.nextInt(65536) / 257f;
        }
        float[] kernel = new float[channels * kRows * kCols];
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] = random.nextInt(9) / 4f - 1;
        }
        return new SlidePatchRequest(channels, rows, cols, patch, kRows, kCols, kernel, stride, dilation, focusRow,
                focusColumn);
    }

    /**
     * out(outY, outX) of the request by nested loops over its own arrays, valid padding, in double; and the bound on
     * a float sum's error over those n products (Higham: n u sum |products|, u = 2^-24).
     */
    private static double[] patchReference(SlidePatchRequest r, int outY, int outX) {
        float[] patch = r.patch();
        float[] kernel = r.kernel();
        double sum = 0;
        double magnitude = 0;
        for (int c = 0; c < r.channels(); c++) {
            for (int ky = 0; ky < r.kernelRows(); ky++) {
                for (int kx = 0; kx < r.kernelCols(); kx++) {
                    int y = outY * r.stride() + ky * r.dilation();
                    int x = outX * r.stride() + kx * r.dilation();
                    double product = (double) kernel[(c * r.kernelRows() + ky) * r.kernelCols() + kx]
                            * patch[(c * r.rows() + y) * r.cols() + x];
                    sum += product;
                    magnitude += Math.abs(product);
                }
            }
        }
        int n = r.channels() * r.kernelRows() * r.kernelCols();
        return new double[] {sum, n * Math.ulp(1f) / 2 * magnitude};
    }

    private void assertShows(SlidePatchRequest r) {
        assertEquals("", model.getError());
        SlidePicture p = model.getPicture();
        assertEquals(r.rows(), p.inputRows());
        assertEquals(r.cols(), p.inputColumns());
        assertEquals(r.channels(), p.channels());
        assertEquals(1, p.filters());
        assertEquals(r.kernelRows(), p.kernelRows());
        assertEquals(r.kernelCols(), p.kernelColumns());
        assertEquals(r.stride(), p.stride());
        assertEquals(r.dilation(), p.dilation());
        assertEquals(PaddingPreset.VALID, model.paddingPresetProperty().get());
        assertEquals(0, p.padTop() + p.padBottom() + p.padLeft() + p.padRight());
        float[] patch = r.patch();
        float[] kernel = r.kernel();
        for (int c = 0; c < r.channels(); c++) {
            for (int y = 0; y < r.rows(); y++) {
                for (int x = 0; x < r.cols(); x++) {
                    assertEquals(patch[(c * r.rows() + y) * r.cols() + x], p.inputValue(c, y, x));
                }
            }
            for (int ky = 0; ky < r.kernelRows(); ky++) {
                for (int kx = 0; kx < r.kernelCols(); kx++) {
                    assertEquals(kernel[(c * r.kernelRows() + ky) * r.kernelCols() + kx], p.kernelValue(0, c, ky, kx));
                }
            }
        }
        int stepsDown = positions(r.rows(), 0, 0, r.kernelRows(), r.stride(), r.dilation());
        int stepsAcross = positions(r.cols(), 0, 0, r.kernelCols(), r.stride(), r.dilation());
        assertEquals(stepsDown, p.outputRows());
        assertEquals(stepsAcross, p.outputColumns());
        for (int outY = 0; outY < stepsDown; outY++) {
            for (int outX = 0; outX < stepsAcross; outX++) {
                double[] expected = patchReference(r, outY, outX);
                assertEquals(expected[0], p.outputValue(0, outY, outX), expected[1],
                        "output (" + outY + ", " + outX + ")");
            }
        }
        assertFalse(model.isPlaying());
        assertEquals(r.focusRow() * stepsAcross + r.focusColumn(), model.getStep());
        Equation focus = model.getEquation();
        assertEquals(r.focusRow(), focus.outputRow());
        assertEquals(r.focusColumn(), focus.outputColumn());
    }

    @Test
    void aLabPatchIsShownWithItsKernelStrideAndDilationAndTheInspectedCellInFocus() {
        model.play();
        SlidePatchRequest rgb = request(3, 9, 11, 3, 3, 2, 1, 1, 2, 11);
        assertTrue(model.openPatch(rgb));
        assertShows(rgb);

        SlidePatchRequest dilated = request(1, 12, 10, 4, 3, 1, 2, 3, 1, 12);
        assertTrue(model.openPatch(dilated));
        assertShows(dilated);
        assertEquals(7, model.getPicture().extentRows(), "d(k-1)+1 = 2*3+1");

        SlidePatchRequest largest = request(3, SlideViewModel.MAX_INPUT, SlideViewModel.MAX_INPUT,
                SlideViewModel.MAX_KERNEL, SlideViewModel.MAX_KERNEL, 3, 2, 0, 1, 13);
        assertTrue(model.openPatch(largest));
        assertShows(largest);
    }

    @Test
    void thePatchStaysWhenTheStudentThenChangesThePadding() {
        SlidePatchRequest r = request(1, 6, 6, 3, 3, 1, 1, 0, 0, 14);
        model.openPatch(r);
        model.paddingPresetProperty().set(PaddingPreset.SAME);
        SlidePicture p = model.getPicture();
        assertEquals(6, p.outputRows());
        assertEquals(r.patch()[2 * 6 + 3], p.inputValue(0, 2, 3));
        assertEquals(reference(p, 0, 0, 0), p.outputValue(0, 0, 0), 1e-3);
    }

    @Test
    void aPatchTheViewCannotShowIsExplainedAndChangesNothing() {
        SlidePicture before = model.getPicture();
        int rows = model.inputRowsProperty().get();

        assertFalse(model.openPatch(request(1, 20, 20, 3, 3, 12, 1, 0, 0, 15)));
        assertEquals("the sliding-kernel view steps by 1 to 8 cells, not 12; inspect this pixel in the image lab,"
                + " or choose a smaller stride there", model.getError());
        assertFalse(model.openPatch(request(1, 20, 20, 3, 3, 1, 7, 0, 0, 15)));
        assertEquals("the sliding-kernel view shows dilations from 1 to 5, not 7; inspect this pixel in the image"
                + " lab, or choose a smaller dilation there", model.getError());
        assertFalse(model.openPatch(request(1, 20, 20, 13, 13, 1, 1, 0, 0, 15)));
        assertEquals("the sliding-kernel view shows kernels up to 11x11, not 13x13; inspect this pixel in the image"
                + " lab", model.getError());
        assertFalse(model.openPatch(request(1, 40, 20, 3, 3, 1, 1, 0, 0, 15)));
        assertEquals("the sliding-kernel view shows inputs up to 32x32, not 40x20; inspect this pixel in the image"
                + " lab", model.getError());
        assertFalse(model.openPatch(request(1, 4, 4, 3, 3, 1, 2, 0, 0, 15)));
        assertEquals("a 3x3 kernel with dilation 2 spans 5x5 and does not fit in a 4x4 input: use a smaller kernel"
                + " or dilation, or more padding", model.getError(), "the core's sentence");

        assertSame(before, model.getPicture());
        assertEquals(rows, model.inputRowsProperty().get());
        assertEquals(PaddingPreset.SAME, model.paddingPresetProperty().get());

        SlidePatchRequest good = request(2, 5, 5, 3, 3, 1, 1, 2, 2, 16);
        assertTrue(model.openPatch(good));
        assertShows(good);
    }
}

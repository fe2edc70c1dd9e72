package org.convscope.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}

package org.convscope.viewmodel;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import org.convscope.core.ConvGeometry;
import org.convscope.core.Padding;
import org.convscope.core.PaddingChoice;
import org.convscope.core.Refusal;
import org.convscope.core.SamePaddingConvention;
import org.convscope.core.Sentence;
import org.convscope.core.SlidingSchedule;
import org.convscope.core.Tensor;
import org.convscope.io.ColorMode;
import org.convscope.io.ImageLoadException;
import org.convscope.io.SampleImages;
import org.convscope.viewmodel.lab.SlidePatchRequest;

/**
 * State of the sliding-kernel view: the settings a student changes (input size and values, channels, filters,
 * kernel, stride, dilation, padding), the step the animation is at, what the pointer is over, and what follows
 * from them (the {@link SlidePicture}, which cells light up, the equation, the formulas).
 *
 * <p>Settings are writable properties the controls bind to; every change asks the core for a new geometry. A
 * combination the core refuses sets {@link #errorProperty()} to its sentence and keeps the last valid picture,
 * so the view never freezes or goes blank. Stepping lives here, not in a timer: the view's timeline only calls
 * {@link #advance()}, so every step can be tested without time.
 *
 * <p>Values are kept for the largest setup (32x32 input, 11x11 kernel, 3 channels, 3 filters); a smaller setup
 * uses the top-left part, so growing the input back shows the same numbers again.
 */
public final class SlideViewModel {

    public static final int MAX_INPUT = 32;
    public static final int MAX_KERNEL = 11;
    public static final int MAX_CHANNELS = 3;
    public static final int MAX_FILTERS = 3;
    public static final int MAX_STRIDE = 8;
    public static final int MAX_DILATION = 5;
    public static final int MAX_PADDING = 10;
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 8;
    /** Largest magnitude a typed value may have, so that written-out sums stay readable. */
    public static final float MAX_VALUE = 1e6f;

    /** Default values: small integers keep the written-out sums short enough to read aloud. */
    private static final int INPUT_LOW = 0;
    private static final int INPUT_HIGH = 9;
    private static final int WEIGHT_LOW = -2;
    private static final int WEIGHT_HIGH = 2;

    private final Random random;
    private final long openingSeed;
    private final float[][] inputStore = new float[MAX_CHANNELS][MAX_INPUT * MAX_INPUT];
    private final float[][][] kernelStore = new float[MAX_FILTERS][MAX_CHANNELS][MAX_KERNEL * MAX_KERNEL];

    private final IntegerProperty inputRows = setting("inputRows", 7);
    private final IntegerProperty inputColumns = setting("inputColumns", 7);
    private final IntegerProperty channels = setting("channels", 1);
    private final IntegerProperty filters = setting("filters", 1);
    private final IntegerProperty kernelRows = setting("kernelRows", 3);
    private final IntegerProperty kernelColumns = setting("kernelColumns", 3);
    private final IntegerProperty stride = setting("stride", 1);
    private final IntegerProperty dilation = setting("dilation", 1);
    private final ObjectProperty<PaddingPreset> paddingPreset = setting("paddingPreset", PaddingPreset.SAME);
    private final IntegerProperty padTop = setting("padTop", 1);
    private final IntegerProperty padBottom = setting("padBottom", 1);
    private final IntegerProperty padLeft = setting("padLeft", 1);
    private final IntegerProperty padRight = setting("padRight", 1);
    private final ObjectProperty<SameConvention> sameConvention = setting("sameConvention", SameConvention.EXTRA_AFTER);
    private final IntegerProperty shownChannel = new SimpleIntegerProperty(this, "shownChannel", 0);
    private final IntegerProperty shownFilter = new SimpleIntegerProperty(this, "shownFilter", 0);

    private final ReadOnlyObjectWrapper<SlidePicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final DisplayText error = new DisplayText(this, "error");
    private final ReadOnlyObjectWrapper<TypingError> typingError = new ReadOnlyObjectWrapper<>(this, "typingError");
    private final ReadOnlyObjectWrapper<Misfit> misfit = new ReadOnlyObjectWrapper<>(this, "misfit");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1);
    private final ReadOnlyIntegerWrapper hoveredOutput = new ReadOnlyIntegerWrapper(this, "hoveredOutput", -1);
    private final ReadOnlyIntegerWrapper hoveredInputRow = new ReadOnlyIntegerWrapper(this, "hoveredInputRow", -1);
    private final ReadOnlyIntegerWrapper hoveredInputColumn = new ReadOnlyIntegerWrapper(this, "hoveredInputColumn", -1);
    private final ReadOnlyIntegerWrapper reachCount = new ReadOnlyIntegerWrapper(this, "reachCount", -1);
    private final ReadOnlyObjectWrapper<Equation> equation = new ReadOnlyObjectWrapper<>(this, "equation");
    private final ReadOnlyObjectWrapper<SamePaddingNote> samePaddingNote =
            new ReadOnlyObjectWrapper<>(this, "samePaddingNote");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);

    private final IntegerBinding stepCount;
    private final BooleanBinding canStepBack;
    private final BooleanBinding canStepForward;
    private final StringBinding simpleFormula;
    private final StringBinding rowsFormula;
    private final StringBinding columnsFormula;
    private final IntegerBinding unusedCellCount;

    /** Which input cells (padded grid, row-major) and output cells light up; rebuilt on focus changes only. */
    private boolean[] inputLit = new boolean[0];
    private boolean[] outputLit = new boolean[0];
    private int[] reached = new int[0];
    private int inputLitCount;
    private int outputLitCount;
    private boolean building;

    /** A view-model with default values drawn from {@code new Random(seed)}. */
    public SlideViewModel(long seed) {
        random = new Random(seed);
        openingSeed = seed;
        fillRandom();
        rebuild();
        stepCount = Bindings.createIntegerBinding(() -> getPicture().stepCount(), picture);
        canStepBack = step.greaterThan(0);
        canStepForward = step.lessThan(stepCount.subtract(1));
        simpleFormula = Bindings.createStringBinding(() -> getPicture().simpleFormula(), picture);
        rowsFormula = Bindings.createStringBinding(() -> getPicture().rowsFormula(), picture);
        columnsFormula = Bindings.createStringBinding(() -> getPicture().columnsFormula(), picture);
        unusedCellCount = Bindings.createIntegerBinding(() -> getPicture().unusedCellCount(), picture);
        for (ObservableValue<?> setting : List.of(inputRows, inputColumns, channels, filters, kernelRows,
                kernelColumns, stride, dilation, paddingPreset, padTop, padBottom, padLeft, padRight, sameConvention)) {
            setting.addListener((obs, old, now) -> rebuild());
        }
        shownChannel.addListener((obs, old, now) -> refocus());
        shownFilter.addListener((obs, old, now) -> refocus());
    }

    private IntegerProperty setting(String name, int initial) {
        return new SimpleIntegerProperty(this, name, initial);
    }

    private <T> ObjectProperty<T> setting(String name, T initial) {
        return new SimpleObjectProperty<>(this, name, initial);
    }

    // Settings

    /** Input height, 1 to {@value #MAX_INPUT}. */
    public IntegerProperty inputRowsProperty() {
        return inputRows;
    }

    /** Input width, 1 to {@value #MAX_INPUT}. */
    public IntegerProperty inputColumnsProperty() {
        return inputColumns;
    }

    /** Input depth C, 1 to {@value #MAX_CHANNELS}; every filter has C kernel planes. */
    public IntegerProperty channelsProperty() {
        return channels;
    }

    /** Filters, one output channel each, 1 to {@value #MAX_FILTERS}. */
    public IntegerProperty filtersProperty() {
        return filters;
    }

    /** Kernel height, 1 to {@value #MAX_KERNEL}, odd or even. */
    public IntegerProperty kernelRowsProperty() {
        return kernelRows;
    }

    /** Kernel width, 1 to {@value #MAX_KERNEL}. */
    public IntegerProperty kernelColumnsProperty() {
        return kernelColumns;
    }

    public IntegerProperty strideProperty() {
        return stride;
    }

    public IntegerProperty dilationProperty() {
        return dilation;
    }

    public ObjectProperty<PaddingPreset> paddingPresetProperty() {
        return paddingPreset;
    }

    /** Padding rows above the input, used when the preset is {@link PaddingPreset#EXPLICIT}. */
    public IntegerProperty padTopProperty() {
        return padTop;
    }

    public IntegerProperty padBottomProperty() {
        return padBottom;
    }

    public IntegerProperty padLeftProperty() {
        return padLeft;
    }

    public IntegerProperty padRightProperty() {
        return padRight;
    }

    /** Which side gets the extra cell of "same" padding for an even kernel. */
    public ObjectProperty<SameConvention> sameConventionProperty() {
        return sameConvention;
    }

    /** The input channel drawn in the input and kernel grids, from 0. */
    public IntegerProperty shownChannelProperty() {
        return shownChannel;
    }

    /** The filter (output channel) drawn in the kernel and output grids, from 0. */
    public IntegerProperty shownFilterProperty() {
        return shownFilter;
    }

    // Results

    /** The last valid setup; never null. */
    public ReadOnlyObjectProperty<SlidePicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public SlidePicture getPicture() {
        return picture.get();
    }

    /** Why the current settings or the last edit cannot be used, as the core says it; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** What was wrong with the last value typed into a cell, for a translated message; null otherwise. */
    public ReadOnlyObjectProperty<TypingError> typingErrorProperty() {
        return typingError.getReadOnlyProperty();
    }

    /**
     * A value typed into a cell that cannot be used.
     *
     * @param tooLarge true when it is a number past {@link #MAX_VALUE}, false when it is not a number at all
     * @param text     what was typed
     */
    public record TypingError(boolean tooLarge, String text) {
    }

    /** The numbers of a kernel that does not fit, for a translated message; null otherwise. */
    public ReadOnlyObjectProperty<Misfit> misfitProperty() {
        return misfit.getReadOnlyProperty();
    }

    /** The explanation of uneven "same" padding; null unless the preset is same with stride 1. */
    public ReadOnlyObjectProperty<SamePaddingNote> samePaddingNoteProperty() {
        return samePaddingNote.getReadOnlyProperty();
    }

    /** The note's formula with numbers, or empty when stride, dilation or uneven padding rule it out. */
    public StringBinding simpleFormulaBinding() {
        return simpleFormula;
    }

    public StringBinding rowsFormulaBinding() {
        return rowsFormula;
    }

    public StringBinding columnsFormulaBinding() {
        return columnsFormula;
    }

    /** Input cells no window reads (a stride that does not divide evenly, or dilation gaps). */
    public IntegerBinding unusedCellCountBinding() {
        return unusedCellCount;
    }

    // Stepping

    /** The output cell being computed, row-major from 0; cells up to it are filled in. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public int getStep() {
        return step.get();
    }

    /** One step per output cell. */
    public IntegerBinding stepCountBinding() {
        return stepCount;
    }

    public BooleanBinding canStepBackBinding() {
        return canStepBack;
    }

    public BooleanBinding canStepForwardBinding() {
        return canStepForward;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Animation speed, {@value #MIN_SPEED}x to {@value #MAX_SPEED}x. */
    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public double getSpeed() {
        return speed.get();
    }

    public void setSpeed(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("the speed must be a number between " + MIN_SPEED + " and " + MAX_SPEED);
        }
        speed.set(Math.max(MIN_SPEED, Math.min(MAX_SPEED, value)));
    }

    /** Twice as fast, up to {@value #MAX_SPEED}x. */
    public void faster() {
        setSpeed(getSpeed() * 2);
    }

    /** Half as fast, down to {@value #MIN_SPEED}x. */
    public void slower() {
        setSpeed(getSpeed() / 2);
    }

    /** A step by hand pauses the animation, so the student controls the pace. */
    public void stepForward() {
        pause();
        setStep(getStep() + 1);
    }

    public void stepBack() {
        pause();
        setStep(getStep() - 1);
    }

    public void toStart() {
        pause();
        setStep(0);
    }

    public void toEnd() {
        pause();
        setStep(stepCount.get() - 1);
    }

    /** Moves to a step, clamped to the steps there are (the scrubber). */
    public void setStep(int value) {
        step.set(Math.max(0, Math.min(stepCount.get() - 1, value)));
        refocus();
    }

    /** Plays from the current step, or from the start when at the end. */
    public void play() {
        if (!canStepForward.get()) {
            setStep(0);
        }
        playing.set(stepCount.get() > 1);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlaying() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    /** One tick of the animation: the next step, stopping at the last one. */
    public void advance() {
        if (!isPlaying()) {
            return;
        }
        setStep(getStep() + 1);
        if (!canStepForward.get()) {
            pause();
        }
    }

    /** Clicking an output cell moves the kernel there. */
    public void selectOutput(int outY, int outX) {
        pause();
        setStep(getPicture().schedule().outIndex(outY, outX));
    }

    // Pointer

    /** The output cell under the pointer (row-major), -1 when none. */
    public ReadOnlyIntegerProperty hoveredOutputProperty() {
        return hoveredOutput.getReadOnlyProperty();
    }

    /** Outputs reading the input cell under the pointer; -1 when the pointer is not over an input cell. */
    public ReadOnlyIntegerProperty reachCountProperty() {
        return reachCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty hoveredInputRowProperty() {
        return hoveredInputRow.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty hoveredInputColumnProperty() {
        return hoveredInputColumn.getReadOnlyProperty();
    }

    /** The pointer is over output (outY, outX): its window lights up and its equation is shown. */
    public void hoverOutput(int outY, int outX) {
        SlidePicture p = getPicture();
        int index = outY >= 0 && outY < p.outputRows() && outX >= 0 && outX < p.outputColumns()
                ? outY * p.outputColumns() + outX : -1;
        hoveredInputRow.set(-1);
        hoveredInputColumn.set(-1);
        hoveredOutput.set(index);
        refocus();
    }

    /** The pointer is over input (y, x): every output reading it lights up. Padding cells light up nothing. */
    public void hoverInput(int y, int x) {
        SlidePicture p = getPicture();
        boolean inside = y >= 0 && y < p.inputRows() && x >= 0 && x < p.inputColumns();
        hoveredOutput.set(-1);
        hoveredInputRow.set(inside ? y : -1);
        hoveredInputColumn.set(inside ? x : -1);
        refocus();
    }

    public void clearHover() {
        hoveredOutput.set(-1);
        hoveredInputRow.set(-1);
        hoveredInputColumn.set(-1);
        refocus();
    }

    /** The sum of the output in focus (hovered, else the current step); null while an input cell is hovered. */
    public ReadOnlyObjectProperty<Equation> equationProperty() {
        return equation.getReadOnlyProperty();
    }

    public Equation getEquation() {
        return equation.get();
    }

    /** Changes whenever the drawn picture changes (setup, step, highlight, shown channel): the view redraws. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The output cell in focus, row-major: the hovered one, else the current step; -1 while an input is hovered. */
    public int focusedOutput() {
        if (hoveredOutput.get() >= 0) {
            return hoveredOutput.get();
        }
        return hoveredInputRow.get() >= 0 ? -1 : getStep();
    }

    /** True when input cell (y, x) lights up; (y, x) may be a padding cell (y &lt; 0 and so on). */
    public boolean isInputHighlighted(int y, int x) {
        SlidePicture p = getPicture();
        int r = y + p.padTop();
        int c = x + p.padLeft();
        return r >= 0 && r < p.paddedRows() && c >= 0 && c < p.paddedColumns() && inputLit[r * p.paddedColumns() + c];
    }

    public boolean isOutputHighlighted(int outY, int outX) {
        return outputLit[outY * getPicture().outputColumns() + outX];
    }

    /** True when the animation has reached output (outY, outX), so its value is shown. */
    public boolean isOutputComputed(int outY, int outX) {
        return outY * getPicture().outputColumns() + outX <= getStep();
    }

    public int highlightedInputCount() {
        return inputLitCount;
    }

    public int highlightedOutputCount() {
        return outputLitCount;
    }

    // Values

    /** The seed the values this view-model opened on were drawn from, as given to the constructor. */
    public long openingSeed() {
        return openingSeed;
    }

    /**
     * Puts back the values {@code new SlideViewModel(seed)} opens on, in the input and in every kernel, whatever
     * was typed, drawn at random or taken from an image since; {@link #randomValues()} then draws what it would
     * draw after opening. A lesson step resets its values this way, exactly.
     */
    public void seedValues(long seed) {
        random.setSeed(seed);
        fillRandom();
        rebuild();
    }

    /** New small random integers for the input and every kernel. */
    public void randomValues() {
        fillRandom();
        rebuild();
    }

    private void fillRandom() {
        for (float[] plane : inputStore) {
            for (int i = 0; i < plane.length; i++) {
                plane[i] = INPUT_LOW + random.nextInt(INPUT_HIGH - INPUT_LOW + 1);
            }
        }
        for (float[][] filter : kernelStore) {
            for (float[] plane : filter) {
                for (int i = 0; i < plane.length; i++) {
                    plane[i] = WEIGHT_LOW + random.nextInt(WEIGHT_HIGH - WEIGHT_LOW + 1);
                }
            }
        }
    }

    /** The names of the sample images a patch can be taken from. */
    public List<String> sampleNames() {
        return SampleImages.list().stream().map(SampleImages.Sample::name).toList();
    }

    /**
     * Takes the input values from the centre of a sample image, 0 to 255: gray for one channel, red, green and
     * blue for more.
     */
    public void useSamplePatch(String sampleName) {
        try {
            ColorMode mode = channels.get() == 1 ? ColorMode.GRAY : ColorMode.RGB;
            Tensor image = SampleImages.load(sampleName, mode);
            int top = Math.max(0, (image.height() - MAX_INPUT) / 2);
            int left = Math.max(0, (image.width() - MAX_INPUT) / 2);
            for (int c = 0; c < MAX_CHANNELS; c++) {
                int source = Math.min(c, image.channels() - 1);
                for (int y = 0; y < MAX_INPUT; y++) {
                    for (int x = 0; x < MAX_INPUT; x++) {
                        int iy = Math.min(top + y, image.height() - 1);
                        int ix = Math.min(left + x, image.width() - 1);
                        inputStore[c][y * MAX_INPUT + x] = image.get(source, iy, ix);
                    }
                }
            }
            rebuild();
        } catch (ImageLoadException | IllegalArgumentException e) {
            error.set(Sentence.from(e));
        }
    }

    /**
     * Shows a patch of a real image and the kernel sliding over it, as the image lab's "open in the sliding-kernel
     * view" asks: input size, channels, values, one filter with the request's weights, stride, dilation and valid
     * padding, with the animation paused on the inspected output cell so its window and equation are in focus.
     * A request the view cannot show (a stride above {@value #MAX_STRIDE}, a dilation above {@value #MAX_DILATION},
     * a patch or kernel past its limits, a weight past {@link #MAX_VALUE}) sets {@link #errorProperty()} to a
     * sentence that says so and changes nothing else.
     *
     * @return true when the view now shows the patch
     */
    public boolean openPatch(SlidePatchRequest request) {
        Sentence refusal = patchRefusal(request);
        if (refusal != null) {
            error.set(refusal);
            return false;
        }
        pause();
        int c = request.channels();
        int rows = request.rows();
        int cols = request.cols();
        int kRows = request.kernelRows();
        int kCols = request.kernelCols();
        float[] patch = request.patch();
        float[] kernel = request.kernel();
        // The settings change together: one rebuild at the end, so no half-set combination is ever refused.
        building = true;
        try {
            for (int ch = 0; ch < c; ch++) {
                for (int y = 0; y < rows; y++) {
                    System.arraycopy(patch, (ch * rows + y) * cols, inputStore[ch], y * MAX_INPUT, cols);
                }
                for (int ky = 0; ky < kRows; ky++) {
                    System.arraycopy(kernel, (ch * kRows + ky) * kCols, kernelStore[0][ch], ky * MAX_KERNEL, kCols);
                }
            }
            inputRows.set(rows);
            inputColumns.set(cols);
            channels.set(c);
            filters.set(1);
            kernelRows.set(kRows);
            kernelColumns.set(kCols);
            stride.set(request.stride());
            dilation.set(request.dilation());
            paddingPreset.set(PaddingPreset.VALID);
            shownChannel.set(0);
            shownFilter.set(0);
            hoveredOutput.set(-1);
            hoveredInputRow.set(-1);
            hoveredInputColumn.set(-1);
        } finally {
            building = false;
        }
        rebuild();
        SlidePicture p = getPicture();
        int focusRow = Math.max(0, Math.min(request.focusRow(), p.outputRows() - 1));
        int focusColumn = Math.max(0, Math.min(request.focusColumn(), p.outputColumns() - 1));
        setStep(focusRow * p.outputColumns() + focusColumn);
        return true;
    }

    /** Why the view cannot show {@code r}, or null when it can. */
    private static Sentence patchRefusal(SlidePatchRequest r) {
        if (r.channels() > MAX_CHANNELS) {
            return Sentences.sentence("slide.patch.channels", MAX_CHANNELS, r.channels());
        }
        if (r.rows() > MAX_INPUT || r.cols() > MAX_INPUT) {
            return Sentences.sentence("slide.patch.input", MAX_INPUT, r.rows(), r.cols());
        }
        if (r.kernelRows() > MAX_KERNEL || r.kernelCols() > MAX_KERNEL) {
            return Sentences.sentence("slide.patch.kernel", MAX_KERNEL, r.kernelRows(), r.kernelCols());
        }
        if (r.stride() > MAX_STRIDE) {
            return Sentences.sentence("slide.patch.stride", MAX_STRIDE, r.stride());
        }
        if (r.dilation() > MAX_DILATION) {
            return Sentences.sentence("slide.patch.dilation", MAX_DILATION, r.dilation());
        }
        for (float[] values : List.of(r.patch(), r.kernel())) {
            for (float v : values) {
                if (!Float.isFinite(v) || Math.abs(v) > MAX_VALUE) {
                    return Sentences.sentence("slide.patch.value", v);
                }
            }
        }
        try {
            ConvGeometry.valid(r.rows(), r.cols(), r.kernelRows(), r.kernelCols(), r.stride(), r.dilation());
            return null;
        } catch (IllegalArgumentException e) {
            return Sentence.from(e);
        }
    }

    /** Sets input cell (y, x) of channel c from what the student typed. */
    public void setInputValue(int c, int y, int x, String text) {
        SlidePicture p = getPicture();
        if (c < 0 || c >= p.channels() || y < 0 || y >= p.inputRows() || x < 0 || x >= p.inputColumns()) {
            error.set(Sentences.sentence("slide.outsideInput", y, x, c + 1, p.inputRows(), p.inputColumns(),
                    p.channels()));
            return;
        }
        parse(text, value -> inputStore[c][y * MAX_INPUT + x] = value);
    }

    /** Sets weight (ky, kx) of channel c of filter f from what the student typed. */
    public void setKernelValue(int f, int c, int ky, int kx, String text) {
        SlidePicture p = getPicture();
        if (f < 0 || f >= p.filters() || c < 0 || c >= p.channels() || ky < 0 || ky >= p.kernelRows()
                || kx < 0 || kx >= p.kernelColumns()) {
            error.set(Sentences.sentence("slide.outsideKernel", ky, kx, p.kernelRows(), p.kernelColumns()));
            return;
        }
        parse(text, value -> kernelStore[f][c][ky * MAX_KERNEL + kx] = value);
    }

    private interface FloatSink {
        void accept(float value);
    }

    private void parse(String text, FloatSink sink) {
        String t = text == null ? "" : text.strip().replace('−', '-').replace(',', '.');
        float value;
        String typed = text == null ? "" : text.strip();
        try {
            value = Float.parseFloat(t);
        } catch (NumberFormatException e) {
            error.set(Sentences.sentence("slide.notANumber", typed));
            typingError.set(new TypingError(false, typed));
            return;
        }
        if (!Float.isFinite(value) || Math.abs(value) > MAX_VALUE) {
            error.set(Sentences.sentence("slide.valueRange"));
            typingError.set(new TypingError(true, typed));
            return;
        }
        typingError.set(null);
        sink.accept(value);
        rebuild();
    }

    // Rebuilding

    private void rebuild() {
        if (building) {
            return;
        }
        building = true;
        try {
            int c = channels.get();
            int f = filters.get();
            checkRange("slide.what.inputHeight", inputRows.get(), MAX_INPUT);
            checkRange("slide.what.inputWidth", inputColumns.get(), MAX_INPUT);
            checkRange("slide.what.kernelHeight", kernelRows.get(), MAX_KERNEL);
            checkRange("slide.what.kernelWidth", kernelColumns.get(), MAX_KERNEL);
            checkRange("slide.what.channels", c, MAX_CHANNELS);
            checkRange("slide.what.filters", f, MAX_FILTERS);
            checkRange("slide.what.stride", stride.get(), MAX_STRIDE);
            checkRange("slide.what.dilation", dilation.get(), MAX_DILATION);
            ConvGeometry geometry = paddingChoice().geometry(inputRows.get(), inputColumns.get(), kernelRows.get(),
                    kernelColumns.get(), stride.get(), dilation.get());
            SlidePicture next = new SlidePicture(geometry, inputPlanes(geometry, c), kernelPlanes(geometry, f, c));
            error.clear();
            typingError.set(null);
            misfit.set(null);
            inputLit = new boolean[geometry.paddedH() * geometry.paddedW()];
            outputLit = new boolean[geometry.outH() * geometry.outW()];
            reached = new int[next.maxOutputsReading()];
            picture.set(next);
            shownChannel.set(Math.min(shownChannel.get(), c - 1));
            shownFilter.set(Math.min(shownFilter.get(), f - 1));
            samePaddingNote.set(note(geometry));
            step.set(Math.min(step.get(), next.stepCount() - 1));
            if (hoveredOutput.get() >= next.stepCount()) {
                hoveredOutput.set(-1);
            }
            if (hoveredInputRow.get() >= geometry.inH() || hoveredInputColumn.get() >= geometry.inW()) {
                hoveredInputRow.set(-1);
                hoveredInputColumn.set(-1);
            }
        } catch (IllegalArgumentException e) {
            error.set(Sentence.from(e));
            typingError.set(null);
            misfit.set(misfitOrNull());
        } finally {
            building = false;
        }
        refocus();
    }

    private static void checkRange(String what, int value, int max) {
        if (value < 1 || value > max) {
            throw new Refusal(Sentences.sentence("slide.range", Sentences.sentence(what), max, value));
        }
    }

    private PaddingChoice paddingChoice() {
        return switch (paddingPreset.get()) {
            case VALID -> new PaddingChoice.Valid();
            case SAME -> new PaddingChoice.Same(coreConvention(sameConvention.get()));
            case FULL -> new PaddingChoice.Full();
            case EXPLICIT -> new PaddingChoice.Explicit(
                    new Padding(padTop.get(), padBottom.get(), padLeft.get(), padRight.get()));
        };
    }

    private static SamePaddingConvention coreConvention(SameConvention convention) {
        return convention == SameConvention.EXTRA_BEFORE ? SamePaddingConvention.EXTRA_BEFORE
                : SamePaddingConvention.EXTRA_AFTER;
    }

    /** The numbers of a kernel too large for the padded input, or null when the problem is something else. */
    private Misfit misfitOrNull() {
        PaddingPreset preset = paddingPreset.get();
        if (preset != PaddingPreset.VALID && preset != PaddingPreset.EXPLICIT || dilation.get() < 1) {
            return null;
        }
        boolean explicit = preset == PaddingPreset.EXPLICIT;
        int paddedRows = inputRows.get() + (explicit ? padTop.get() + padBottom.get() : 0);
        int paddedColumns = inputColumns.get() + (explicit ? padLeft.get() + padRight.get() : 0);
        int extentRows = ConvGeometry.extent(kernelRows.get(), dilation.get());
        int extentColumns = ConvGeometry.extent(kernelColumns.get(), dilation.get());
        if (extentRows <= paddedRows && extentColumns <= paddedColumns) {
            return null;
        }
        return new Misfit(kernelRows.get(), kernelColumns.get(), extentRows, extentColumns, inputRows.get(),
                inputColumns.get(), paddedRows, paddedColumns);
    }

    private float[][] inputPlanes(ConvGeometry g, int c) {
        float[][] planes = new float[c][g.inH() * g.inW()];
        for (int ch = 0; ch < c; ch++) {
            for (int y = 0; y < g.inH(); y++) {
                System.arraycopy(inputStore[ch], y * MAX_INPUT, planes[ch], y * g.inW(), g.inW());
            }
        }
        return planes;
    }

    private float[][][] kernelPlanes(ConvGeometry g, int f, int c) {
        float[][][] planes = new float[f][c][g.kH() * g.kW()];
        for (int fi = 0; fi < f; fi++) {
            for (int ch = 0; ch < c; ch++) {
                for (int ky = 0; ky < g.kH(); ky++) {
                    System.arraycopy(kernelStore[fi][ch], ky * MAX_KERNEL, planes[fi][ch], ky * g.kW(), g.kW());
                }
            }
        }
        return planes;
    }

    private SamePaddingNote note(ConvGeometry g) {
        if (paddingPreset.get() != PaddingPreset.SAME || g.stride() != 1) {
            return null;
        }
        ConvGeometry other = ConvGeometry.same(g.inH(), g.inW(), g.kH(), g.kW(), g.stride(), g.dilation(),
                coreConvention(sameConvention.get().other()));
        return new SamePaddingNote(
                axis(g.kH(), g.dilation(), g.pad().top(), g.pad().bottom(), other.pad().top(), other.pad().bottom()),
                axis(g.kW(), g.dilation(), g.pad().left(), g.pad().right(), other.pad().left(), other.pad().right()));
    }

    private static SamePaddingNote.Axis axis(int k, int d, int before, int after, int otherBefore, int otherAfter) {
        double ideal = ConvGeometry.idealSamePadding(k, d);
        double shift = ideal - before;
        String shiftText = (shift > 0 ? "+" : "") + SlidingSchedule.formatNumber(shift);
        return new SamePaddingNote.Axis(k, d * (k - 1), SlidingSchedule.formatNumber(ideal), before, after,
                otherBefore, otherAfter, shiftText);
    }

    /** Recomputes what lights up and the equation after a step, hover or setup change. */
    private void refocus() {
        SlidePicture p = getPicture();
        if (p == null || building) {
            return;
        }
        Arrays.fill(inputLit, false);
        Arrays.fill(outputLit, false);
        inputLitCount = 0;
        outputLitCount = 0;
        int focus = focusedOutput();
        if (focus >= 0) {
            int outY = focus / p.outputColumns();
            int outX = focus % p.outputColumns();
            outputLit[focus] = true;
            outputLitCount = 1;
            for (int ky = 0; ky < p.kernelRows(); ky++) {
                int r = p.tapRow(outY, ky) + p.padTop();
                for (int kx = 0; kx < p.kernelColumns(); kx++) {
                    inputLit[r * p.paddedColumns() + p.tapColumn(outX, kx) + p.padLeft()] = true;
                    inputLitCount++;
                }
            }
            reachCount.set(-1);
            equation.set(p.equation(Math.min(shownFilter.get(), p.filters() - 1), outY, outX));
        } else {
            int y = hoveredInputRow.get();
            int x = hoveredInputColumn.get();
            inputLit[(y + p.padTop()) * p.paddedColumns() + x + p.padLeft()] = true;
            inputLitCount = 1;
            int n = p.outputsReading(y, x, reached);
            for (int i = 0; i < n; i++) {
                outputLit[reached[i]] = true;
            }
            outputLitCount = n;
            reachCount.set(n);
            equation.set(null);
        }
        revision.set(revision.get() + 1);
    }
}

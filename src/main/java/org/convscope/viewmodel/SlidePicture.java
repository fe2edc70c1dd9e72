package org.convscope.viewmodel;

import java.util.ArrayList;
import java.util.List;

import org.convscope.core.ConvGeometry;
import org.convscope.core.OutputSizeFormula;
import org.convscope.core.SlidingSchedule;

/**
 * One valid setup of the sliding-kernel view as the core works it out: the geometry, the sliding schedule, the
 * input and kernel values, every output value, and each number already written as text, so that drawing a frame
 * allocates nothing. Immutable; a new setting gives a new picture.
 *
 * <p>Input coordinates (y, x) follow the core: padding cells have y &lt; 0, y &ge; inputRows() (and the same for
 * x). Output (outY, outX) of filter f is
 * <pre>  out_f(outY, outX) = sum over c of sum over ky, kx of kernel_f,c(ky, kx) * in_c(outY s - pTop + ky d, outX s - pLeft + kx d)</pre>
 * added per channel first, as the equation shows it.
 */
public final class SlidePicture {

    private final ConvGeometry geometry;
    private final SlidingSchedule schedule;
    private final float[][] input;
    private final float[][][] kernel;
    private final float[][] output;
    private final String[][] inputText;
    private final String[][][] kernelText;
    private final String[][] outputText;
    private final float[] inputMin;
    private final float[] inputMax;
    private final float[] outputMin;
    private final float[] outputMax;
    private final boolean[] unusedRow;
    private final boolean[] unusedColumn;
    private final int unusedCells;

    /**
     * @param input  [channel][y * inW + x], copied
     * @param kernel [filter][channel][ky * kW + kx], copied
     */
    SlidePicture(ConvGeometry geometry, float[][] input, float[][][] kernel) {
        this.geometry = geometry;
        this.schedule = new SlidingSchedule(geometry);
        this.input = deepCopy(input);
        this.kernel = new float[kernel.length][][];
        for (int f = 0; f < kernel.length; f++) {
            this.kernel[f] = deepCopy(kernel[f]);
        }
        int outCount = schedule.outputCount();
        output = new float[kernel.length][outCount];
        for (int f = 0; f < kernel.length; f++) {
            for (int o = 0; o < outCount; o++) {
                output[f][o] = total(f, o / geometry.outW(), o % geometry.outW());
            }
        }
        inputText = texts(this.input);
        outputText = texts(output);
        kernelText = new String[kernel.length][][];
        for (int f = 0; f < kernel.length; f++) {
            kernelText[f] = texts(this.kernel[f]);
        }
        inputMin = new float[input.length];
        inputMax = new float[input.length];
        range(this.input, inputMin, inputMax);
        outputMin = new float[output.length];
        outputMax = new float[output.length];
        range(output, outputMin, outputMax);
        unusedRow = mark(geometry.inH(), geometry.unusedRows());
        unusedColumn = mark(geometry.inW(), geometry.unusedColumns());
        int usedRows = geometry.inH() - geometry.unusedRows().length;
        int usedColumns = geometry.inW() - geometry.unusedColumns().length;
        unusedCells = geometry.inH() * geometry.inW() - usedRows * usedColumns;
    }

    private float total(int f, int outY, int outX) {
        float sum = 0f;
        for (int c = 0; c < input.length; c++) {
            sum += schedule.sum(outY, outX, input[c], kernel[f][c]);
        }
        return sum;
    }

    private static float[][] deepCopy(float[][] planes) {
        float[][] copy = new float[planes.length][];
        for (int i = 0; i < planes.length; i++) {
            copy[i] = planes[i].clone();
        }
        return copy;
    }

    private static String[][] texts(float[][] planes) {
        String[][] text = new String[planes.length][];
        for (int i = 0; i < planes.length; i++) {
            text[i] = new String[planes[i].length];
            for (int j = 0; j < planes[i].length; j++) {
                text[i][j] = SlidingSchedule.formatNumber(planes[i][j]);
            }
        }
        return text;
    }

    private static void range(float[][] planes, float[] min, float[] max) {
        for (int i = 0; i < planes.length; i++) {
            min[i] = Float.POSITIVE_INFINITY;
            max[i] = Float.NEGATIVE_INFINITY;
            for (float v : planes[i]) {
                min[i] = Math.min(min[i], v);
                max[i] = Math.max(max[i], v);
            }
        }
    }

    private static boolean[] mark(int n, int[] indices) {
        boolean[] marked = new boolean[n];
        for (int i : indices) {
            marked[i] = true;
        }
        return marked;
    }

    ConvGeometry geometry() {
        return geometry;
    }

    SlidingSchedule schedule() {
        return schedule;
    }

    public int inputRows() {
        return geometry.inH();
    }

    public int inputColumns() {
        return geometry.inW();
    }

    public int channels() {
        return input.length;
    }

    public int filters() {
        return kernel.length;
    }

    public int kernelRows() {
        return geometry.kH();
    }

    public int kernelColumns() {
        return geometry.kW();
    }

    public int stride() {
        return geometry.stride();
    }

    public int dilation() {
        return geometry.dilation();
    }

    public int padTop() {
        return geometry.pad().top();
    }

    public int padBottom() {
        return geometry.pad().bottom();
    }

    public int padLeft() {
        return geometry.pad().left();
    }

    public int padRight() {
        return geometry.pad().right();
    }

    /** Rows of the padded input: inH + top + bottom. */
    public int paddedRows() {
        return geometry.paddedH();
    }

    /** Columns of the padded input: inW + left + right. */
    public int paddedColumns() {
        return geometry.paddedW();
    }

    public int outputRows() {
        return geometry.outH();
    }

    public int outputColumns() {
        return geometry.outW();
    }

    /** Rows the dilated kernel spans: d(kH-1) + 1. */
    public int extentRows() {
        return geometry.extentH();
    }

    /** Columns the dilated kernel spans: d(kW-1) + 1. */
    public int extentColumns() {
        return geometry.extentW();
    }

    /** Steps of the animation: one per output cell, outH * outW. */
    public int stepCount() {
        return schedule.outputCount();
    }

    /** True when (y, x) is a padding cell, which holds 0. */
    public boolean isPadding(int y, int x) {
        return y < 0 || y >= geometry.inH() || x < 0 || x >= geometry.inW();
    }

    /** The value of input cell (y, x) of channel c, 0 in the padding. */
    public float inputValue(int c, int y, int x) {
        return isPadding(y, x) ? 0f : input[c][y * geometry.inW() + x];
    }

    /** The value of input cell (y, x) as text; "0" in the padding. */
    public String inputText(int c, int y, int x) {
        return isPadding(y, x) ? "0" : inputText[c][y * geometry.inW() + x];
    }

    /** Where the input value lies between the channel's smallest (0) and largest (1) value; 0 in the padding. */
    public double inputShade(int c, int y, int x) {
        return isPadding(y, x) ? 0 : shade(inputValue(c, y, x), inputMin[c], inputMax[c]);
    }

    private static double shade(float v, float min, float max) {
        return max > min ? (v - min) / (max - min) : 0.5;
    }

    public float kernelValue(int f, int c, int ky, int kx) {
        return kernel[f][c][ky * geometry.kW() + kx];
    }

    public String kernelText(int f, int c, int ky, int kx) {
        return kernelText[f][c][ky * geometry.kW() + kx];
    }

    public float outputValue(int f, int outY, int outX) {
        return output[f][schedule.outIndex(outY, outX)];
    }

    public String outputText(int f, int outY, int outX) {
        return outputText[f][outY * geometry.outW() + outX];
    }

    /** Where the output value lies between the filter's smallest (0) and largest (1) output. */
    public double outputShade(int f, int outY, int outX) {
        return shade(output[f][outY * geometry.outW() + outX], outputMin[f], outputMax[f]);
    }

    /** Input row of the window's top-left tap for output row outY: outY s - pTop (negative in the padding). */
    public int windowTop(int outY) {
        return geometry.windowTop(outY);
    }

    /** Input column of the window's top-left tap for output column outX: outX s - pLeft. */
    public int windowLeft(int outX) {
        return geometry.windowLeft(outX);
    }

    /** Input row read by kernel row ky in output row outY: windowTop(outY) + ky d. */
    public int tapRow(int outY, int ky) {
        return schedule.inputRowOf(outY, ky);
    }

    /** Input column read by kernel column kx in output column outX: windowLeft(outX) + kx d. */
    public int tapColumn(int outX, int kx) {
        return schedule.inputColumnOf(outX, kx);
    }

    /** True when no window ever reads input cell (y, x): a stride that does not fit leaves it out. */
    public boolean isUnused(int y, int x) {
        return unusedRow[y] || unusedColumn[x];
    }

    /** Input cells that no window reads: inH inW - (used rows)(used columns). */
    public int unusedCellCount() {
        return unusedCells;
    }

    /** How many output cells read input cell (y, x); corner cells reach fewer than centre cells. */
    public int outputsReadingCount(int y, int x) {
        return schedule.outputsReadingCount(y, x);
    }

    /** Fills {@code dest} with the row-major output indices reading (y, x) and returns how many; allocates nothing. */
    public int outputsReading(int y, int x, int[] dest) {
        return schedule.outputsReading(y, x, dest);
    }

    /** The most outputs any input cell reaches, the size of the array {@link #outputsReading} needs. */
    public int maxOutputsReading() {
        return schedule.maxOutputsReading();
    }

    /** Note's formula for the columns, {@code w_out = w_in - k + 1 + 2p = ...}; empty when it does not apply. */
    public String simpleFormula() {
        return OutputSizeFormula.simpleApplies(geometry) ? OutputSizeFormula.simple(geometry) : "";
    }

    /** The general formula for the rows with the current numbers. */
    public String rowsFormula() {
        return OutputSizeFormula.rows(geometry);
    }

    /** The general formula for the columns with the current numbers. */
    public String columnsFormula() {
        return OutputSizeFormula.columns(geometry);
    }

    /** The sum giving output (outY, outX) of filter f, with per-channel partial sums. Allocates the texts. */
    public Equation equation(int f, int outY, int outX) {
        int out = schedule.outIndex(outY, outX);
        List<Equation.ChannelSum> sums = new ArrayList<>(input.length);
        StringBuilder total = new StringBuilder();
        for (int c = 0; c < input.length; c++) {
            String text = schedule.formatSum(outY, outX, input[c], kernel[f][c]);
            int equals = text.lastIndexOf(" = ");
            String[] products = text.substring(0, equals).split(" \\+ ");
            List<Equation.Term> terms = new ArrayList<>(products.length);
            for (int tap = 0; tap < products.length; tap++) {
                terms.add(new Equation.Term(products[tap], schedule.inPadding(out, tap)));
            }
            String partial = text.substring(equals + 3);
            sums.add(new Equation.ChannelSum(terms, partial));
            if (c > 0) {
                total.append(" + ");
            }
            total.append(partial.startsWith("-") ? "(" + partial + ")" : partial);
        }
        String value = outputText[f][out];
        return new Equation(outY, outX, f, sums, input.length == 1 ? value : total + " = " + value);
    }
}

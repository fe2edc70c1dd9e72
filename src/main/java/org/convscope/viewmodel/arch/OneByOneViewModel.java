package org.convscope.viewmodel.arch;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.convscope.core.Conv2d;
import org.convscope.core.ReferenceConv;
import org.convscope.core.Tensor;
import org.convscope.core.count.Layer;
import org.convscope.core.count.Shape;

/**
 * The 1x1-convolution topic: a k x k layer against a 1x1 layer on the same H x W x C_in input to C_out channels;
 * a bottleneck (1x1 reduce to r channels, then k x k to C_out) against the plain k x k layer; and a 1x1 kernel at
 * one pixel as a dot product along the channel axis, stepped one output channel at a time.
 *
 * <p>Starts on the lecture note's example: 11x11x256 to 11x11x128, where a 3x3 layer has 294,912 weights and a 1x1
 * layer 32,768; the bottleneck reduces to r = 64. Convolutions keep the size (padding (k - 1) / 2, stride 1), so k
 * is odd. Every count comes from the core's layer counters; the dot product's values are seeded small integers,
 * pushed through the core's reference convolution.
 */
public final class OneByOneViewModel {

    /** Largest height or width offered: an ImageNet input. */
    public static final int MAX_SIDE = 224;
    /** Largest channel count offered: ResNet-50's widest maps. */
    public static final int MAX_CHANNELS = 2048;
    /** Largest kernel offered. */
    public static final int MAX_KERNEL = 11;
    /** The dot product's values are the same every time, so a lecture can point at them. */
    private static final long SEED = 2026L;

    private final ReadOnlyIntegerWrapper height = new ReadOnlyIntegerWrapper(this, "height", 11);
    private final ReadOnlyIntegerWrapper width = new ReadOnlyIntegerWrapper(this, "width", 11);
    private final ReadOnlyIntegerWrapper inChannels = new ReadOnlyIntegerWrapper(this, "inChannels", 256);
    private final ReadOnlyIntegerWrapper outChannels = new ReadOnlyIntegerWrapper(this, "outChannels", 128);
    private final ReadOnlyIntegerWrapper kernel = new ReadOnlyIntegerWrapper(this, "kernel", 3);
    private final ReadOnlyIntegerWrapper reduced = new ReadOnlyIntegerWrapper(this, "reduced", 64);
    private final ReadOnlyIntegerWrapper outputChannel = new ReadOnlyIntegerWrapper(this, "outputChannel", 0);
    private final ReadOnlyObjectWrapper<BlockCost> kxk = new ReadOnlyObjectWrapper<>(this, "kxk");
    private final ReadOnlyObjectWrapper<BlockCost> oneByOne = new ReadOnlyObjectWrapper<>(this, "oneByOne");
    private final ReadOnlyObjectWrapper<BlockCost> bottleneck = new ReadOnlyObjectWrapper<>(this, "bottleneck");
    private final ReadOnlyObjectWrapper<DotProduct> dotProduct = new ReadOnlyObjectWrapper<>(this, "dotProduct");
    private final ReadOnlyDoubleWrapper bottleneckWeightSaving = new ReadOnlyDoubleWrapper(this, "weightSaving");
    private final ReadOnlyDoubleWrapper bottleneckMacSaving = new ReadOnlyDoubleWrapper(this, "macSaving");
    /** The pixel's column and the filters, drawn again only when C_in or C_out change. */
    private Tensor column;
    private float[] filters;

    public OneByOneViewModel() {
        update();
    }

    public ReadOnlyIntegerProperty heightProperty() {
        return height.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty widthProperty() {
        return width.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty inChannelsProperty() {
        return inChannels.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty outChannelsProperty() {
        return outChannels.getReadOnlyProperty();
    }

    /** The side k of the larger kernel compared with 1x1 (3 in the note). */
    public ReadOnlyIntegerProperty kernelProperty() {
        return kernel.getReadOnlyProperty();
    }

    /** The bottleneck's width r: the 1x1 layer reduces C_in channels to r before the k x k layer. */
    public ReadOnlyIntegerProperty reducedProperty() {
        return reduced.getReadOnlyProperty();
    }

    /** The output channel j whose dot product is shown, from 0. */
    public ReadOnlyIntegerProperty outputChannelProperty() {
        return outputChannel.getReadOnlyProperty();
    }

    /** The k x k layer, C_in to C_out. */
    public ReadOnlyObjectProperty<BlockCost> kxkProperty() {
        return kxk.getReadOnlyProperty();
    }

    /** The 1x1 layer, C_in to C_out. */
    public ReadOnlyObjectProperty<BlockCost> oneByOneProperty() {
        return oneByOne.getReadOnlyProperty();
    }

    /** The bottleneck: 1x1 from C_in to r, then k x k from r to C_out. */
    public ReadOnlyObjectProperty<BlockCost> bottleneckProperty() {
        return bottleneck.getReadOnlyProperty();
    }

    /** The dot product of the output channel shown. */
    public ReadOnlyObjectProperty<DotProduct> dotProductProperty() {
        return dotProduct.getReadOnlyProperty();
    }

    /**
     * How many per cent fewer weights the bottleneck has than the plain k x k layer, {@code 100 (1 - b / p)};
     * negative when it has more (r too wide to save anything).
     */
    public ReadOnlyDoubleProperty bottleneckWeightSavingProperty() {
        return bottleneckWeightSaving.getReadOnlyProperty();
    }

    /** How many per cent fewer multiply-accumulates the bottleneck needs, as {@link #bottleneckWeightSavingProperty}. */
    public ReadOnlyDoubleProperty bottleneckMacSavingProperty() {
        return bottleneckMacSaving.getReadOnlyProperty();
    }

    public void setHeight(int value) {
        height.set(checked("the height", value, 1, MAX_SIDE));
        update();
    }

    public void setWidth(int value) {
        width.set(checked("the width", value, 1, MAX_SIDE));
        update();
    }

    public void setInChannels(int value) {
        inChannels.set(checked("the number of input channels C_in", value, 1, MAX_CHANNELS));
        column = null;
        update();
    }

    public void setOutChannels(int value) {
        outChannels.set(checked("the number of output channels C_out", value, 1, MAX_CHANNELS));
        column = null;
        outputChannel.set(Math.min(outputChannel.get(), value - 1));
        update();
    }

    /** @throws IllegalArgumentException for an even kernel, which cannot keep the size with equal padding */
    public void setKernel(int value) {
        checked("the kernel size k", value, 1, MAX_KERNEL);
        if (value % 2 == 0) {
            throw new IllegalArgumentException("a " + value + "x" + value + " kernel cannot keep the size with the"
                    + " same padding on every side: choose an odd k such as " + (value - 1) + " or " + (value + 1));
        }
        kernel.set(value);
        update();
    }

    public void setReduced(int value) {
        reduced.set(checked("the bottleneck width r", value, 1, MAX_CHANNELS));
        update();
    }

    /** Shows output channel {@code j} (from 0). */
    public void showOutputChannel(int j) {
        outputChannel.set(checked("the output channel", j, 0, outChannels.get() - 1));
        updateDotProduct();
    }

    /** The next output channel, wrapping from the last to the first: one step of the animation. */
    public void nextOutputChannel() {
        showOutputChannel((outputChannel.get() + 1) % outChannels.get());
    }

    private void update() {
        Shape input = new Shape(inChannels.get(), height.get(), width.get());
        int k = kernel.get();
        int cOut = outChannels.get();
        Layer.Conv big = Layer.conv(cOut, k, 1, (k - 1) / 2);
        kxk.set(BlockCost.of(input, List.of(big)));
        oneByOne.set(BlockCost.of(input, List.of(Layer.conv(cOut, 1, 1, 0))));
        bottleneck.set(BlockCost.of(input, List.of(Layer.conv(reduced.get(), 1, 1, 0), big)));
        bottleneckWeightSaving.set(percentLess(bottleneck.get().weights(), kxk.get().weights()));
        bottleneckMacSaving.set(percentLess(bottleneck.get().macs(), kxk.get().macs()));
        updateDotProduct();
    }

    private void updateDotProduct() {
        int cIn = inChannels.get();
        int cOut = outChannels.get();
        if (column == null) {
            // Non-negative inputs, as after a ReLU; small signed weights; every product and sum exact in float.
            Random random = new Random(SEED);
            column = new Tensor(cIn, 1, 1, randomIntegers(random, cIn, 0, 9));
            filters = randomIntegers(random, cOut * cIn, -3, 3);
        }
        Tensor out = new ReferenceConv().convolve(column, Conv2d.of(cIn, cOut, 1), filters, null);
        int j = outputChannel.get();
        List<Double> inputs = new ArrayList<>(cIn);
        List<Double> weights = new ArrayList<>(cIn);
        List<Double> products = new ArrayList<>(cIn);
        for (int c = 0; c < cIn; c++) {
            double x = column.get(c, 0, 0);
            double w = filters[j * cIn + c];
            inputs.add(x);
            weights.add(w);
            products.add(w * x);
        }
        List<Double> outputs = new ArrayList<>(cOut);
        for (int o = 0; o < cOut; o++) {
            outputs.add((double) out.get(o, 0, 0));
        }
        dotProduct.set(new DotProduct(j, inputs, weights, products, outputs));
    }

    private static double percentLess(long cost, long reference) {
        return 100.0 * (1 - (double) cost / reference);
    }

    private static float[] randomIntegers(Random random, int n, int low, int high) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = low + random.nextInt(high - low + 1);
        }
        return values;
    }

    private static int checked(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}

package org.convscope.viewmodel.arch;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import org.convscope.core.Padding;
import org.convscope.core.count.Layer;
import org.convscope.core.count.LayerStack;
import org.convscope.core.count.Network;
import org.convscope.core.count.NetworkCatalogue;
import org.convscope.core.count.NetworkRow;
import org.convscope.core.count.Shape;
import org.convscope.core.rf.LayerSpec;
import org.convscope.core.rf.ReceptiveField;
import org.convscope.core.rf.StackComparison;
import org.convscope.core.rf.StackLedger;

/**
 * AlexNet as Krizhevsky et al. 2012 trained it on two GPUs, from {@link NetworkCatalogue#alexNet()}: the layer table
 * from 227x227x3, how each layer's channels sit on the two GPUs and which layers read both GPUs' maps, and the 11x11
 * stride-4 first layer against 3x3 layers with the same receptive field ({@link StackComparison#ALEXNET_FIRST_LAYER}).
 */
public final class AlexNetViewModel {

    /** What a layer does. */
    public enum Operation { CONV, MAX_POOL, FULLY_CONNECTED }

    /**
     * Where a layer's input comes from on the two GPUs of the original: the image (both GPUs read all of it), the
     * half on the layer's own GPU (grouped convolutions, poolings), or both halves (the layers that cross).
     */
    public enum GpuInput { IMAGE, OWN_GPU, BOTH_GPUS }

    /**
     * A row of the layer table. Kernel, stride and padding are 0 for a dense layer.
     *
     * @param size   the output's height (= width), 1 for a dense layer
     * @param split  whether the layer's output is split over the two GPUs; the classifier's 1000 scores are not
     * @param perGpu the channels (features for a dense layer) each GPU holds: half of the output when split
     */
    public record LayerRow(String name, Operation operation, int kernel, int stride, int padding, int groups,
                           String input, String output, int size, boolean split, int perGpu, long weights,
                           long biases, long macs, int receptiveField, GpuInput gpuInput) {
    }

    /**
     * A stack of the first-layer comparison: its layers in the syntax of the receptive-field view joined by arrows,
     * the receptive field r and effective stride j of its output, the output size, the weights with C channels into
     * and out of every layer (as the sum of k^2 times C^2 and as a number), and its weights with AlexNet's own
     * channels, 3 into the first layer and 96 out of every layer.
     */
    public record Stack(String layers, int depth, long receptiveField, long effectiveStride, int outputSize,
                        long weightsPerChannelSquared, long weights, long alexNetWeights) {
    }

    /** Largest C the first-layer comparison accepts. */
    public static final int MAX_CHANNELS = 1024;

    /** AlexNet's first layer turns the 3 colour channels into 96 maps. */
    private static final int IMAGE_CHANNELS = 3;
    private static final int FIRST_LAYER_CHANNELS = 96;

    private final Shape input;
    private final List<LayerRow> rows;
    private final String variant;
    private final long parameters;
    private final long macs;
    private final IntegerProperty channels = new SimpleIntegerProperty(this, "channels", FIRST_LAYER_CHANNELS);
    private final ReadOnlyObjectWrapper<Stack> largeKernel = new ReadOnlyObjectWrapper<>(this, "largeKernel");
    private final ReadOnlyObjectWrapper<Stack> smallKernels = new ReadOnlyObjectWrapper<>(this, "smallKernels");

    public AlexNetViewModel() {
        Network alexNet = NetworkCatalogue.alexNet();
        List<LayerRow> table = new ArrayList<>();
        List<NetworkRow> layers = alexNet.rows();
        for (NetworkRow row : layers) {
            table.add(rowOf(row, table.isEmpty(), table.size() < layers.size() - 1));
        }
        rows = List.copyOf(table);
        input = alexNet.input();
        variant = alexNet.variant();
        parameters = alexNet.parameters();
        macs = alexNet.macs();
        channels.addListener(obs -> recount());
        recount();
    }

    private static LayerRow rowOf(NetworkRow row, boolean first, boolean split) {
        Layer layer = row.count().layer();
        String in = row.count().inputs().get(0).toString();
        Shape out = row.count().output();
        Operation operation;
        int kernel = 0;
        int stride = 0;
        int padding = 0;
        int groups = 1;
        GpuInput gpuInput;
        if (layer instanceof Layer.Conv conv) {
            operation = Operation.CONV;
            kernel = conv.kernelH();
            stride = conv.stride();
            padding = conv.padding().top();
            groups = conv.groups();
            gpuInput = first ? GpuInput.IMAGE : groups == 2 ? GpuInput.OWN_GPU : GpuInput.BOTH_GPUS;
        } else if (layer instanceof Layer.Pool pool) {
            operation = Operation.MAX_POOL;
            kernel = pool.kernel();
            stride = pool.stride();
            padding = pool.padding().top();
            gpuInput = GpuInput.OWN_GPU;
        } else if (layer instanceof Layer.FullyConnected) {
            operation = Operation.FULLY_CONNECTED;
            gpuInput = GpuInput.BOTH_GPUS;
        } else {
            throw new IllegalStateException("AlexNet has no " + layer + " layer");
        }
        return new LayerRow(row.name(), operation, kernel, stride, padding, groups, in, out.toString(),
                out.height(), split, split ? out.channels() / 2 : out.channels(), row.count().weights(),
                row.count().biases(), row.count().macs(), row.receptiveField(), gpuInput);
    }

    private void recount() {
        StackComparison comparison = StackComparison.ALEXNET_FIRST_LAYER;
        int c = Math.max(1, channels.get());
        largeKernel.set(stackOf(comparison.stackA(), comparison.inputSize(), c));
        smallKernels.set(stackOf(comparison.stackB(), comparison.inputSize(), c));
    }

    private static Stack stackOf(List<LayerSpec> layers, int inputSize, int c) {
        ReceptiveField field = new ReceptiveField(inputSize, inputSize, layers);
        ReceptiveField.Row last = field.row(layers.size() - 1);
        StackLedger ledger = StackLedger.of(layers, c, inputSize, inputSize);
        // With AlexNet's channels the first layer reads 3 colours and every layer writes 96 maps.
        LayerStack alexNet = new LayerStack(new Shape(IMAGE_CHANNELS, inputSize, inputSize));
        for (LayerSpec spec : layers) {
            alexNet.then(new Layer.Conv(FIRST_LAYER_CHANNELS, spec.kernel(), spec.kernel(), spec.stride(),
                    Padding.uniform(spec.padding()), spec.dilation(), 1, true));
        }
        String text = layers.stream().map(LayerSpec::toString).collect(Collectors.joining(" → "));
        return new Stack(text, layers.size(), last.size(), last.jump(), last.geometry().outH(),
                ledger.weightsPerChannelSquared(), ledger.weights(), alexNet.weights());
    }

    /** Channels of the input image: 3 colours. */
    public int imageChannels() {
        return input.channels();
    }

    /** Height (= width) of the input image: 227. */
    public int imageSize() {
        return input.height();
    }

    /** The table: conv1 to fc8, in order. */
    public List<LayerRow> rows() {
        return rows;
    }

    /** Which AlexNet is counted, one sentence from the catalogue. */
    public String variant() {
        return variant;
    }

    /** Learned parameters of the whole network (60,965,224 for Caffe's bvlc_alexnet). */
    public long parameters() {
        return parameters;
    }

    /** Multiply-accumulates for one 227x227 image. */
    public long macs() {
        return macs;
    }

    /** C in the first-layer comparison: channels into and out of every layer. */
    public IntegerProperty channelsProperty() {
        return channels;
    }

    /** The 11x11 stride-4 first layer. */
    public ReadOnlyObjectProperty<Stack> largeKernelProperty() {
        return largeKernel.getReadOnlyProperty();
    }

    public Stack getLargeKernel() {
        return largeKernel.get();
    }

    /** 3x3 layers with the same receptive field and effective stride. */
    public ReadOnlyObjectProperty<Stack> smallKernelsProperty() {
        return smallKernels.getReadOnlyProperty();
    }

    public Stack getSmallKernels() {
        return smallKernels.get();
    }
}

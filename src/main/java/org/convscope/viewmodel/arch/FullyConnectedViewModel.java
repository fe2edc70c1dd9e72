package org.convscope.viewmodel.arch;

import java.util.List;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.convscope.core.count.Layer;
import org.convscope.core.count.NetworkCatalogue;
import org.convscope.core.count.Shape;

/**
 * The fully-connected topic: a C x H x W feature map turned into class scores three ways, each counted by the core:
 * flattened into a dense layer of N units; a convolutional head (a 1x1 convolution to K classes, then global
 * average pooling); and global average pooling then a dense layer to K classes. Beside them, the parameters per
 * layer of AlexNet and VGG-16, where the dense layers hold most of them.
 *
 * <p>Starts on AlexNet's last feature map, 6x6x256, with its fc6 width N = 4096 and K = 1000 classes.
 */
public final class FullyConnectedViewModel {

    /** Largest height or width offered. */
    public static final int MAX_SIDE = 64;
    /** Largest channel count, unit count or class count offered. */
    public static final int MAX_WIDTH = 16_384;

    /** Feature maps of the catalogued networks that end in dense layers. */
    public enum Preset {
        /** AlexNet's pool5: 256 x 6 x 6. */
        ALEXNET(256, 6, 6),
        /** VGG-16's pool5: 512 x 7 x 7. */
        VGG16(512, 7, 7);

        private final int channels;
        private final int height;
        private final int width;

        Preset(int channels, int height, int width) {
            this.channels = channels;
            this.height = height;
            this.width = width;
        }
    }

    private final ReadOnlyIntegerWrapper channels = new ReadOnlyIntegerWrapper(this, "channels");
    private final ReadOnlyIntegerWrapper height = new ReadOnlyIntegerWrapper(this, "height");
    private final ReadOnlyIntegerWrapper width = new ReadOnlyIntegerWrapper(this, "width");
    private final ReadOnlyIntegerWrapper units = new ReadOnlyIntegerWrapper(this, "units", 4096);
    private final ReadOnlyIntegerWrapper classes = new ReadOnlyIntegerWrapper(this, "classes", 1000);
    private final ReadOnlyObjectWrapper<BlockCost> dense = new ReadOnlyObjectWrapper<>(this, "dense");
    private final ReadOnlyObjectWrapper<BlockCost> convHead = new ReadOnlyObjectWrapper<>(this, "convHead");
    private final ReadOnlyObjectWrapper<BlockCost> poolHead = new ReadOnlyObjectWrapper<>(this, "poolHead");
    private final List<NetworkBars> networks = List.of(NetworkBars.of(NetworkCatalogue.alexNet()),
            NetworkBars.of(NetworkCatalogue.vgg16()));

    public FullyConnectedViewModel() {
        choosePreset(Preset.ALEXNET);
    }

    /** Sets the feature map to a preset's; N and K stay. */
    public void choosePreset(Preset preset) {
        channels.set(preset.channels);
        height.set(preset.height);
        width.set(preset.width);
        update();
    }

    public ReadOnlyIntegerProperty channelsProperty() {
        return channels.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty heightProperty() {
        return height.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty widthProperty() {
        return width.getReadOnlyProperty();
    }

    /** N, the dense layer's units. */
    public ReadOnlyIntegerProperty unitsProperty() {
        return units.getReadOnlyProperty();
    }

    /** K, the classes the two lighter heads map to. */
    public ReadOnlyIntegerProperty classesProperty() {
        return classes.getReadOnlyProperty();
    }

    /** Flatten, then a dense layer of N units: C H W N weights. */
    public ReadOnlyObjectProperty<BlockCost> denseProperty() {
        return dense.getReadOnlyProperty();
    }

    /** A 1x1 convolution to K channels, then global average pooling: C K weights. */
    public ReadOnlyObjectProperty<BlockCost> convHeadProperty() {
        return convHead.getReadOnlyProperty();
    }

    /** Global average pooling, then a dense layer to K classes: C K weights, H W times fewer MACs than the conv head. */
    public ReadOnlyObjectProperty<BlockCost> poolHeadProperty() {
        return poolHead.getReadOnlyProperty();
    }

    /** AlexNet's and VGG-16's parameters per layer, from the catalogue. */
    public List<NetworkBars> networks() {
        return networks;
    }

    public void setChannels(int value) {
        channels.set(checked("the number of channels C", value, MAX_WIDTH));
        update();
    }

    public void setHeight(int value) {
        height.set(checked("the height H", value, MAX_SIDE));
        update();
    }

    public void setWidth(int value) {
        width.set(checked("the width W", value, MAX_SIDE));
        update();
    }

    public void setUnits(int value) {
        units.set(checked("the number of units N", value, MAX_WIDTH));
        update();
    }

    public void setClasses(int value) {
        classes.set(checked("the number of classes K", value, MAX_WIDTH));
        update();
    }

    private void update() {
        Shape map = new Shape(channels.get(), height.get(), width.get());
        int k = classes.get();
        dense.set(BlockCost.of(map, List.of(new Layer.FullyConnected(units.get()))));
        convHead.set(BlockCost.of(map, List.of(Layer.conv(k, 1, 1, 0), new Layer.GlobalAveragePool())));
        poolHead.set(BlockCost.of(map, List.of(new Layer.GlobalAveragePool(), new Layer.FullyConnected(k))));
    }

    private static int checked(String what, int value, int max) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(what + " must be between 1 and " + max + ", not " + value);
        }
        return value;
    }
}

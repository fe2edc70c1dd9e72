package org.convscope.core.count;

/**
 * One row of a catalogued network's table: the layer's name in its reference implementation (torchvision's
 * module path, Caffe's layer name), what the layer counts on its inputs, and the receptive field of its output in
 * input pixels (the side of the square window one output sees), along the widest path from the image.
 */
public record NetworkRow(String name, LayerCount count, int receptiveField) {

    public NetworkRow {
        if (name == null || name.isBlank() || count == null) {
            throw new IllegalArgumentException("a network row needs a layer name and its count");
        }
        if (receptiveField < 1) {
            throw new IllegalArgumentException("a receptive field is at least 1 pixel, not " + receptiveField);
        }
    }
}

package org.convscope.core.count;

/**
 * One row of a catalogued network's table: the layer's name in its reference implementation (torchvision's
 * module path, Caffe's layer name) and what the layer counts on its inputs.
 */
public record NetworkRow(String name, LayerCount count) {

    public NetworkRow {
        if (name == null || name.isBlank() || count == null) {
            throw new IllegalArgumentException("a network row needs a layer name and its count");
        }
    }
}

package org.convscope.core.count;

/**
 * A layer inside a block, with its name relative to the block in the reference implementation's words
 * ({@code branch2.0.conv}, {@code conv1}, {@code downsample.0}); a network prefixes the block's own name.
 */
public record BlockLayer(String name, Layer layer) {

    public BlockLayer {
        if (name == null || name.isBlank() || layer == null) {
            throw new IllegalArgumentException("a layer in a block needs a name and the layer itself");
        }
    }
}

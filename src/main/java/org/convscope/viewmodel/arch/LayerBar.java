package org.convscope.viewmodel.arch;

/** One bar of a weights-per-layer chart: a layer with parameters, whether it is dense, and its parameters. */
public record LayerBar(String layer, boolean dense, long parameters) {
}

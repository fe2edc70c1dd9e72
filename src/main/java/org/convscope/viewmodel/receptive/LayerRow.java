package org.convscope.viewmodel.receptive;

/**
 * One row of a stack's table: the layer (numbered from 1, written as in the stack syntax, e.g. conv3p1), its
 * kernel k, stride s, padding p and dilation d, its output size, receptive field r, effective stride j and the
 * centre of its first output's field in input cells.
 */
public record LayerRow(int number, String layer, boolean pool, int kernel, int stride, int padding, int dilation,
                       int outputHeight, int outputWidth, long receptiveField, long effectiveStride,
                       double firstCentre) {
}

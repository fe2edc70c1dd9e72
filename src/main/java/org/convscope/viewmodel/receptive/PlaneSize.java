package org.convscope.viewmodel.receptive;

/** The height and width of one plane of a stack: plane 0 is the input, plane l the output of layer l. */
public record PlaneSize(int height, int width) {
}

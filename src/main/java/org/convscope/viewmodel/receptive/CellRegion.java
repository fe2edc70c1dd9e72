package org.convscope.viewmodel.receptive;

/**
 * The cells of one plane that the selected output cell depends on, as the core computes them if padding were real:
 * rows {@code top .. top + height - 1} and columns {@code left .. left + width - 1}; it can reach past the
 * plane's edges into the padding. On the top plane it is the selected cell itself.
 */
public record CellRegion(int plane, long top, long left, long height, long width) {
}

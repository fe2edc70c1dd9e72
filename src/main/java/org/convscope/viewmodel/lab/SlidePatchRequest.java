package org.convscope.viewmodel.lab;

/**
 * "Open this patch in the sliding-kernel view": a small piece of the lab's input around an inspected pixel and the
 * kernel that slides over it, with valid padding (padding cells of the image arrive as zeros in the patch).
 *
 * <p>{@code patch} is {@code channels x rows x cols} row-major, {@code kernel} is {@code channels x kernelRows x
 * kernelCols} (the weights as applied, flipped when the lab flips). The inspected pixel is output cell
 * ({@code focusRow}, {@code focusColumn}) of the valid convolution of the patch.
 */
public record SlidePatchRequest(int channels, int rows, int cols, float[] patch, int kernelRows, int kernelCols,
                                float[] kernel, int stride, int dilation, int focusRow, int focusColumn) {

    public SlidePatchRequest {
        if (channels < 1 || rows < 1 || cols < 1 || kernelRows < 1 || kernelCols < 1 || stride < 1 || dilation < 1) {
            throw new IllegalArgumentException("a patch needs at least one channel, row, column and kernel cell");
        }
        if (patch == null || patch.length != channels * rows * cols) {
            throw new IllegalArgumentException("a " + channels + "x" + rows + "x" + cols + " patch needs "
                    + channels * rows * cols + " values");
        }
        if (kernel == null || kernel.length != channels * kernelRows * kernelCols) {
            throw new IllegalArgumentException("a " + channels + "x" + kernelRows + "x" + kernelCols + " kernel needs "
                    + channels * kernelRows * kernelCols + " weights");
        }
        patch = patch.clone();
        kernel = kernel.clone();
    }

    /** A copy of the patch values. */
    @Override
    public float[] patch() {
        return patch.clone();
    }

    /** A copy of the kernel weights. */
    @Override
    public float[] kernel() {
        return kernel.clone();
    }
}

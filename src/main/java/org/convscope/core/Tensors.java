package org.convscope.core;

/** Operations on whole tensors. */
public final class Tensors {

    private Tensors() {
    }

    /**
     * The channels of {@code parts}, in order, stacked into one new tensor (as torch.cat(dim=0) on CHW tensors, the
     * join of an Inception block or a U-Net skip connection). All parts must have the same height and width.
     */
    public static Tensor concat(Tensor... parts) {
        if (parts == null || parts.length == 0) {
            throw new IllegalArgumentException("there are no tensors to concatenate");
        }
        Tensor first = parts[0];
        long channels = 0;
        for (Tensor t : parts) {
            if (t.height() != first.height() || t.width() != first.width()) {
                throw new IllegalArgumentException("cannot stack a " + first.shape() + " and a " + t.shape()
                        + " tensor: channel concatenation needs the same height and width");
            }
            channels += t.channels();
        }
        if (channels * first.planeSize() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(channels + " channels of " + first.height() + "x" + first.width()
                    + " are more than one Java array can hold");
        }
        float[] out = new float[(int) channels * first.planeSize()];
        int at = 0;
        for (Tensor t : parts) {
            System.arraycopy(t.data(), 0, out, at, t.size());
            at += t.size();
        }
        return new Tensor((int) channels, first.height(), first.width(), out);
    }
}

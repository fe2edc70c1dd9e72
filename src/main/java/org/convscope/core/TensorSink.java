package org.convscope.core;

/** An {@link OutputSink} that copies every band into one {@link Tensor}, for outputs that fit in memory. */
public final class TensorSink implements OutputSink {

    private Tensor target;

    /** Collects into a new tensor allocated when the engine announces the output shape. */
    public TensorSink() {
    }

    /** Collects into {@code target}, whose shape must match the output; its values are overwritten. */
    public TensorSink(Tensor target) {
        if (target == null) {
            throw new IllegalArgumentException("there is no output tensor to collect into");
        }
        this.target = target;
    }

    @Override
    public void begin(int channels, int height, int width) {
        if (target == null) {
            target = Tensor.zeros(channels, height, width);
        } else if (target.channels() != channels || target.height() != height || target.width() != width) {
            throw new IllegalArgumentException("the output is " + channels + "x" + height + "x" + width
                    + " but the tensor to collect it into is " + target.shape());
        }
    }

    @Override
    public void accept(int y0, int rows, float[] band) {
        int w = target.width();
        float[] out = target.data();
        for (int c = 0; c < target.channels(); c++) {
            System.arraycopy(band, c * rows * w, out, target.index(c, y0, 0), rows * w);
        }
    }

    /** The collected output; null before {@link #begin}. */
    public Tensor tensor() {
        return target;
    }
}

package org.convscope.core;

/**
 * Receives a convolution's output in horizontal bands, top to bottom, as an engine computes them, so that an
 * output larger than the heap (a 16-channel map of a 4K photo) can be streamed to a file instead of held whole.
 */
public interface OutputSink {

    /** Called once, before any band, with the shape of the whole output. */
    void begin(int channels, int height, int width);

    /**
     * Output rows {@code [y0, y0 + rows)} of every channel, laid out channels x rows x width (CHW, row-major).
     * The array belongs to the engine and is reused after the call returns: copy what you keep.
     */
    void accept(int y0, int rows, float[] band);
}

package org.convscope.io;

import java.io.IOException;

/**
 * Where the frames of an exported animation go, one at a time: an animated GIF ({@link GifWriter}) or a folder of
 * numbered PNG images ({@link PngFrames}). Frames are ARGB pixels row by row, as a view's snapshot gives them.
 */
public interface FrameSink extends AutoCloseable {

    /**
     * Appends one frame of {@code width * height} pixels.
     *
     * @throws IllegalArgumentException when the pixel count or the size does not match
     */
    void addFrame(int width, int height, int[] argb) throws IOException;

    /** The number of frames written so far. */
    int frameCount();

    /** Finishes the output; an animation without a frame is refused. */
    @Override
    void close() throws IOException;
}

package org.convscope.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.convscope.core.OutputSink;
import org.convscope.core.Refusal;
import org.convscope.core.Sentence;
import org.convscope.core.Tensor;

/**
 * Writes float32 arrays of shape (C, H, W) in NumPy's .npy format, version 1.0, so {@code numpy.load} reads a
 * ConvScope result directly. The file is the magic string {@code \x93NUMPY}, the version bytes 1 0, the header
 * length as a little-endian uint16, the header
 * <pre>  {'descr': '&lt;f4', 'fortran_order': False, 'shape': (C, H, W), }</pre>
 * padded with spaces and ended by a newline so the data starts at a multiple of 64 bytes, then the C*H*W values as
 * little-endian float32 in C order (CHW, row-major), exactly as {@link Tensor} holds them.
 */
public final class NpyWriter {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    private static final int ALIGNMENT = 64;
    /** Floats converted per positional write: 1 MB buffers, whatever the band size. */
    private static final int CHUNK_FLOATS = 1 << 18;

    private NpyWriter() {
    }

    /** Writes {@code t} to {@code file} (replacing it) as a (C, H, W) float32 array. */
    public static void write(Tensor t, Path file) throws IOException {
        try (Sink sink = open(file)) {
            sink.begin(t.channels(), t.height(), t.width());
            sink.accept(0, t.height(), t.data());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A sink that streams a convolution's output into {@code file} band by band with positional writes, so the
     * whole result never has to be in memory. The file is created at {@link Sink#begin}; close the sink when the
     * engine is done.
     */
    public static Sink open(Path file) {
        return new Sink(file);
    }

    /**
     * The header of a version 1.0 .npy file holding a float32 (C, H, W) array, padded so its length is a
     * multiple of 64: {@code 10 + headerLength = 64 k}.
     */
    public static byte[] header(int channels, int height, int width) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + channels + ", " + height + ", "
                + width + "), }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
        String text = dict + " ".repeat(padding) + "\n";
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 2 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC).putShort((short) text.length()).put(text.getBytes(StandardCharsets.US_ASCII));
        return header.array();
    }

    /**
     * An {@link OutputSink} writing an .npy file. Each band's channel slices go straight to their place in the
     * file: rows {@code [y0, y0 + rows)} of channel c start at byte {@code header + 4 ((c H + y0) W)}. Closing the
     * sink before every row arrived deletes the file (a cancelled run leaves nothing that looks complete) and
     * says so. I/O failures during {@link #begin} and {@link #accept} are {@link UncheckedIOException}s, since
     * the sink interface cannot declare them.
     */
    public static final class Sink implements OutputSink, Closeable {

        private final Path file;
        private FileChannel channel;
        private ByteBuffer buffer;
        /** A float view of {@link #buffer}, little-endian like it. */
        private FloatBuffer floats;
        private int channels;
        private int height;
        private int width;
        private long dataStart;
        private long rowsWritten;

        private Sink(Path file) {
            this.file = file;
        }

        @Override
        public void begin(int channels, int height, int width) {
            if (channel != null) {
                throw new IllegalStateException("begin was already called for " + file);
            }
            if (channels < 1 || height < 1 || width < 1) {
                throw Refusal.of("save.emptyOutput", channels, height, width);
            }
            this.channels = channels;
            this.height = height;
            this.width = width;
            byte[] header = header(channels, height, width);
            dataStart = header.length;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                writeFully(ByteBuffer.wrap(header), 0);
            } catch (IOException e) {
                throw writeFailed(e);
            }
            long bandFloats = Math.min(CHUNK_FLOATS, (long) height * width);
            buffer = ByteBuffer.allocateDirect((int) bandFloats * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            floats = buffer.asFloatBuffer();
        }

        @Override
        public void accept(int y0, int rows, float[] band) {
            if (channel == null) {
                throw new IllegalStateException("begin must be called before the first band");
            }
            if (y0 < 0 || rows < 1 || y0 + rows > height) {
                throw Refusal.of("save.bandRows", y0, y0 + rows - 1, height);
            }
            int slice = rows * width;
            if (band.length < channels * slice) {
                throw Refusal.of("save.bandValues", rows, channels * slice, band.length);
            }
            try {
                for (int c = 0; c < channels; c++) {
                    long position = dataStart + Float.BYTES * (((long) c * height + y0) * width);
                    write(band, c * slice, slice, position);
                }
            } catch (IOException e) {
                throw writeFailed(e);
            }
            rowsWritten += rows;
        }

        /** Closes the file; when rows are missing, deletes it and says how many arrived. */
        @Override
        public void close() throws IOException {
            if (channel == null) {
                return;
            }
            channel.close();
            channel = null;
            if (rowsWritten < height) {
                Files.deleteIfExists(file);
                throw new SaveException(Sentence.of("save.incomplete", rowsWritten, height, file));
            }
        }

        private UncheckedIOException writeFailed(IOException e) {
            SaveException failure = new SaveException(Sentence.of("save.writeFailed", file, e.getMessage()), e);
            return new UncheckedIOException(failure.getMessage(), failure);
        }

        private void write(float[] values, int from, int count, long position) throws IOException {
            for (int done = 0; done < count; ) {
                int n = Math.min(count - done, floats.capacity());
                floats.clear();
                floats.put(values, from + done, n);
                buffer.clear().limit(n * Float.BYTES);
                writeFully(buffer, position + (long) done * Float.BYTES);
                done += n;
            }
        }

        private void writeFully(ByteBuffer bytes, long position) throws IOException {
            long at = position;
            while (bytes.hasRemaining()) {
                at += channel.write(bytes, at);
            }
        }
    }
}

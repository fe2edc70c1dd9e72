package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import org.convscope.core.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyWriterTest {

    @TempDir
    Path dir;

    @Test
    void matchesNumpysOwnFileByteForByte() throws Exception {
        // numpy_2x3x4.npy was written by NumPy 2.4.6:
        // np.save('numpy_2x3x4.npy', np.arange(24, dtype='<f4').reshape(2, 3, 4) * 0.5 - 3)
        float[] values = new float[24];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.5f - 3;
        }
        Path file = dir.resolve("ours.npy");
        NpyWriter.write(new Tensor(2, 3, 4, values), file);
        byte[] numpy;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("numpy_2x3x4.npy"))) {
            numpy = in.readAllBytes();
        }
        assertArrayEquals(numpy, Files.readAllBytes(file));
    }

    @Test
    void headerFollowsTheNpySpec() {
        // NEP 1 / numpy.lib.format: magic "\x93NUMPY", version 1.0, uint16 LE header length, the dict repr padded
        // with spaces and ended with '\n' so that 10 + header length is divisible by 64.
        byte[] header = NpyWriter.header(16, 2160, 3840);
        assertEquals(0, header.length % 64);
        assertArrayEquals(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}, Arrays.copyOf(header, 8));
        int length = (header[8] & 0xFF) | (header[9] & 0xFF) << 8;
        assertEquals(header.length - 10, length);
        String text = new String(header, 10, length, StandardCharsets.US_ASCII);
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (16, 2160, 3840), }";
        assertEquals(dict + " ".repeat(length - dict.length() - 1) + "\n", text);
        assertEquals(128, header.length); // 10 + 71 + 1 = 82 rounds up to 128
    }

    @Test
    void streamedBandsLandInPlace() throws Exception {
        int c = 3;
        int h = 10;
        int w = 7;
        Random random = new Random(11);
        Tensor whole = Tensor.zeros(c, h, w);
        for (int i = 0; i < whole.size(); i++) {
            whole.data()[i] = (float) random.nextGaussian() * 100;
        }
        Path file = dir.resolve("streamed.npy");
        // Bands of 4 rows, the last one 2; the engine's band array is reused and larger than the last band needs.
        float[] band = new float[c * 4 * w];
        try (NpyWriter.Sink sink = NpyWriter.open(file)) {
            sink.begin(c, h, w);
            for (int y0 = 0; y0 < h; y0 += 4) {
                int rows = Math.min(4, h - y0);
                Arrays.fill(band, Float.NaN);
                for (int ch = 0; ch < c; ch++) {
                    for (int r = 0; r < rows; r++) {
                        System.arraycopy(whole.data(), whole.index(ch, y0 + r, 0), band, (ch * rows + r) * w, w);
                    }
                }
                sink.accept(y0, rows, band);
            }
        }
        assertEquals(whole, NpyFiles.read(file));
    }

    @Test
    void incompleteOutputIsDeleted() throws Exception {
        Path file = dir.resolve("cancelled.npy");
        NpyWriter.Sink sink = NpyWriter.open(file);
        sink.begin(1, 4, 2);
        sink.accept(0, 1, new float[2]);
        var e = assertThrows(IOException.class, sink::close);
        assertEquals("the output stopped after 1 of 4 rows, so " + file + " was deleted rather than left incomplete",
                e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void bandsOutsideTheOutputAreRefused() {
        NpyWriter.Sink sink = NpyWriter.open(dir.resolve("x.npy"));
        assertThrows(IllegalStateException.class, () -> sink.accept(0, 1, new float[4]));
        sink.begin(2, 3, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> sink.accept(2, 2, new float[8]));
        assertEquals("rows 2 to 3 are outside the 3 rows of the output", e.getMessage());
        var s = assertThrows(IllegalArgumentException.class, () -> sink.accept(0, 2, new float[7]));
        assertEquals("a band of 2 rows needs 8 values, not 7", s.getMessage());
    }
}

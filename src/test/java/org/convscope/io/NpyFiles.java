package org.convscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convscope.core.Tensor;

/** Reads back the .npy files the tests write, with code of its own rather than the writer's. */
public final class NpyFiles {

    private NpyFiles() {
    }

    /** A minimal .npy reader for float32 C-order 3-D arrays, independent of the writer's code. */
    public static Tensor read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.position(8);
        int headerLength = bytes.getShort() & 0xFFFF;
        String header = new String(bytes.array(), 10, headerLength, StandardCharsets.US_ASCII);
        Matcher shape = Pattern.compile("'shape': \\((\\d+), (\\d+), (\\d+)\\)").matcher(header);
        assertEquals(true, shape.find(), header);
        assertEquals(true, header.contains("'descr': '<f4'") && header.contains("'fortran_order': False"), header);
        int c = Integer.parseInt(shape.group(1));
        int h = Integer.parseInt(shape.group(2));
        int w = Integer.parseInt(shape.group(3));
        bytes.position(10 + headerLength);
        assertEquals(c * h * w * 4, bytes.remaining());
        float[] data = new float[c * h * w];
        bytes.asFloatBuffer().get(data);
        return new Tensor(c, h, w, data);
    }
}

package org.convscope.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TensorsTest {

    @Test
    void concatStacksChannelsInOrder() {
        Tensor a = new Tensor(1, 1, 2, new float[] {1, 2});
        Tensor b = new Tensor(2, 1, 2, new float[] {3, 4, 5, 6});
        Tensor ab = Tensors.concat(a, b);
        assertEquals("3x1x2", ab.shape());
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, ab.data());
        assertEquals(5, ab.get(2, 0, 0));
    }

    @Test
    void concatRefusesDifferentPlanes() {
        assertEquals("cannot stack a 3x32x32 and a 1x16x16 tensor: channel concatenation needs the same height "
                        + "and width",
                assertThrows(IllegalArgumentException.class,
                        () -> Tensors.concat(Tensor.zeros(3, 32, 32), Tensor.zeros(1, 16, 16))).getMessage());
    }
}

package org.convscope.core.blas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.convscope.core.Conv2d;
import org.convscope.core.ConvEngineContract;
import org.convscope.core.Im2colConv;
import org.convscope.core.Padding;
import org.convscope.core.ReferenceConv;
import org.convscope.core.Tensor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The im2col engine on native BLAS meets the engine contract, also with many threads at once. */
class BlasConvTest extends ConvEngineContract {

    @BeforeEach
    void needsNativeBlas() {
        NativeBlasAssumption.assumeNativeBlas();
    }

    @Override
    protected Im2colConv engine(long scratchBytes) {
        return new BlasConv(scratchBytes);
    }

    /**
     * Eight threads each run 12 convolutions of several bands through one engine at the same time. Unlocked, jblas's
     * OpenBLAS gave wrong answers in 10 of 300 concurrent runs; with the lock every result must match the reference.
     */
    @Test
    void manyThreadsAtOnceAllGetTheRightAnswer() throws Exception {
        Random rnd = new Random(8);
        List<Case> cases = new ArrayList<>();
        List<Tensor> expected = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Conv2d conv = Conv2d.of(3, 8, 3 + 2 * (i % 2)).withPadding(Padding.uniform(1 + i % 2));
            Case c = randomCase(rnd, conv, 40 + i, 50 - i, i % 3 != 0);
            cases.add(c);
            expected.add(new ReferenceConv().convolve(c.input(), c.conv(), c.weights(), c.bias()));
        }
        BlasConv engine = new BlasConv(64 * 1024);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Tensor[]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int first = t;
                results.add(pool.submit(() -> {
                    Tensor[] out = new Tensor[12];
                    for (int r = 0; r < 12; r++) {
                        Case c = cases.get((first * 5 + r) % cases.size());
                        out[r] = engine.convolve(c.input(), c.conv(), c.weights(), c.bias());
                    }
                    return out;
                }));
            }
            for (int t = 0; t < 8; t++) {
                Tensor[] out = results.get(t).get();
                for (int r = 0; r < 12; r++) {
                    int which = (t * 5 + r) % cases.size();
                    assertMatchesReference(cases.get(which), out[r]);
                    assertEquals(expected.get(which).shape(), out[r].shape());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

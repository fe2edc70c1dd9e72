package org.convscope.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Floating-point work done, in GFLOP. JMH divides an OPERATIONS counter by the iteration's time, so the secondary
 * result {@code gflop} reads directly as GFLOP/s.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class GflopCounter {

    public double gflop;

    @Setup(Level.Iteration)
    public void reset() {
        gflop = 0;
    }

    /** Adds one operation of {@code flops} floating-point operations. */
    public void add(long flops) {
        gflop += flops / 1e9;
    }
}

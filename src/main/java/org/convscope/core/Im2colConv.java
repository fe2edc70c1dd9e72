package org.convscope.core;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Convolution as matrix multiplication (im2col), or directly for layers with few filters per group, in bands of
 * output rows so that scratch memory stays under a budget whatever the image size.
 *
 * <p>For one band of {@code r} output rows and one group, im2col lays the input cells each output value reads
 * into the columns of a {@code K x N} matrix B, {@code K = (inChannels / groups) kH kW} (one row per kernel tap),
 * {@code N = r outW} (one column per output cell). With the group's filters as the rows of an {@code M x K} matrix A
 * ({@code M = outChannels / groups}), the band's output for that group is {@code C = A B}: exactly the group's
 * channels x rows x width in CHW order. A flipped kernel is handled by reading the weights rotated when A is built.
 * The bias rides in the product: A gets one more column holding each filter's bias and B one more row of ones, so
 * {@code C = [W | bias] [B ; 1] = W B + bias} with no extra pass over the output (one more multiply-add per value).
 *
 * <p>Pipeline: while the calling thread multiplies band i, one helper thread (a daemon, created per call and shut
 * down before it returns) builds the im2col matrix of band i + 1 in the second of two buffers. Scratch memory is
 * {@code 4 N (2K + outChannels [+ M with groups])} bytes: two im2col buffers and the output band; the band height
 * is the largest that keeps this under the budget, and at least one row (which may exceed a very small budget).
 * It is also kept to about {@link #TILE_BYTES} of im2col matrix: jblas copies every array it is handed on each call,
 * and a tile that stays in the cache is copied and multiplied at full speed, while tiles of tens of MiB go through
 * fresh memory on every call (measured on a 2-core EPYC: a 32-row 7x7x3 tile ran more than ten times slower than a
 * 4-row one; for 3 -> 16 channels 5x5 on 1920x1080, tiles of 0.6, 1.2, 2.3 and 4 MB gave 28, 30, 26 and 26 GFLOP/s).
 *
 * <p>The product itself is a {@link Gemm}: native BLAS or {@link JavaGemm}; everything else is shared.
 * Giving the second core a share of the native product (columns or filter rows through a one-core Java GEMM at about
 * 8 GFLOP/s) was measured slower, not faster: 3 -> 16 5x5 at 23-27 against 29 GFLOP/s, because the hand-over costs
 * 35-40 us on bands of about 285 us and native sgemm on fewer rows is no quicker.
 *
 * <p>Direct path. With few filters per group ({@code M <= }{@link #DIRECT_MAX_FILTERS}: 3 -> 1 channels, depthwise
 * layers) {@code A B} is a matrix-vector product or close to one: every float of B is written by im2col, copied by
 * jblas and read for only M multiply-adds, so the product runs at memory speed (3 -> 1 channels 3x3 on 1920x1080,
 * 2-core EPYC: sgemm alone at the im2col shape 3.3 to 3.5 GFLOP/s, the engine through it about 2). There the engine
 * skips im2col and GEMM: for each output row and filter it adds each kernel tap's weight times an input row into the
 * output row, four input rows per pass ({@link #directRows}). The input rows stay in the cache, the only scratch is
 * the output band (about {@link #TILE_BYTES}), and the calling thread computes the top half of each band while the
 * helper thread computes the bottom half. For 3 -> 1 channels 3x3 that gave 8 to 10 GFLOP/s (JMH, machine shared
 * with other work). The direct rate hardly depends on M while GEMM's grows with it, which sets the threshold: with 3
 * input channels 3x3, direct against im2col + BLAS, best of 30 runs on the same loaded machine: 9.1 against 5.3
 * GFLOP/s for M = 2, 11.8 against 9.5 for M = 4 (5x5: 12.2 against 10.2), 11.7 against 13.1 for M = 6, 6.8 against
 * 17.3 for M = 8.
 */
public class Im2colConv implements ConvEngine {

    /** Default scratch budget: 64 MiB. */
    public static final long DEFAULT_SCRATCH_BYTES = 64L << 20;

    /** The largest im2col tile aimed at, whatever the budget allows: 1.25 MiB (see the class comment). */
    public static final long TILE_BYTES = 1280L << 10;

    /** The most filters per group that run on the direct path rather than im2col + GEMM (see the class comment). */
    public static final int DIRECT_MAX_FILTERS = 4;

    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final Gemm gemm;
    private final long scratchBytes;

    /**
     * @param gemm         the matrix product to use
     * @param scratchBytes the most scratch memory one call may use (im2col buffers plus the output band)
     */
    public Im2colConv(Gemm gemm, long scratchBytes) {
        this.gemm = Objects.requireNonNull(gemm, "gemm");
        if (scratchBytes < 1) {
            throw new IllegalArgumentException("the scratch memory budget must be at least 1 byte, not " + scratchBytes);
        }
        this.scratchBytes = scratchBytes;
    }

    @Override
    public String name() {
        return "im2col + " + gemm.name();
    }

    /** The scratch memory budget in bytes. */
    public long scratchBytes() {
        return scratchBytes;
    }

    /**
     * Output rows per band: {@link #directBandRows} on the direct path, {@link #im2colBandRows} otherwise. Always at
     * least 1 (which may exceed a very small budget) and at most outH.
     */
    public int bandRows(Conv2d conv, ConvGeometry geometry) {
        return isDirect(conv) ? directBandRows(conv, geometry) : im2colBandRows(conv, geometry);
    }

    /**
     * Output rows per band of the im2col path: the largest r with {@code 4 r outW (2K + outChannels [+ M]) <= budget}
     * and {@code 4 r outW K <= TILE_BYTES}, at least 1 and at most outH, where K counts the bias row too (see the
     * class comment for K and M). {@code r outW} is also the n of each GEMM.
     */
    public int im2colBandRows(Conv2d conv, ConvGeometry geometry) {
        int outW = geometry.outW();
        long k = conv.fanIn() + 1L;
        long floatsPerRow = outW * (2 * k + conv.outChannels() + (conv.groups() > 1 ? conv.groupOutChannels() : 0));
        long rows = Math.min(scratchBytes / (4 * floatsPerRow), TILE_BYTES / (4 * outW * k));
        return limitRows(rows, MAX_ARRAY / (outW * Math.max(k, conv.outChannels())), conv, geometry);
    }

    /**
     * Output rows per band of the direct path, whose only scratch is the output band: the largest r with
     * {@code 4 r outW outChannels <= min(budget, TILE_BYTES)}, at least 1 and at most outH.
     */
    public int directBandRows(Conv2d conv, ConvGeometry geometry) {
        long floatsPerRow = (long) geometry.outW() * conv.outChannels();
        return limitRows(Math.min(scratchBytes, TILE_BYTES) / (4 * floatsPerRow), MAX_ARRAY / floatsPerRow, conv,
                geometry);
    }

    private static int limitRows(long rows, long arrayLimit, Conv2d conv, ConvGeometry geometry) {
        if (arrayLimit < 1) {
            throw new IllegalArgumentException("one output row of " + conv + " needs a larger array than one Java "
                    + "array can hold: use fewer channels or a smaller kernel");
        }
        return (int) Math.max(1, Math.min(Math.min(rows, arrayLimit), geometry.outH()));
    }

    /** Whether {@code conv} runs on the direct path: at most {@link #DIRECT_MAX_FILTERS} filters per group. */
    public static boolean isDirect(Conv2d conv) {
        return conv.groupOutChannels() <= DIRECT_MAX_FILTERS;
    }

    @Override
    public void convolve(Tensor input, Conv2d conv, float[] weights, float[] bias, OutputSink sink, ConvMonitor monitor) {
        ConvGeometry geo = conv.checkOperands(input, weights, bias);
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(monitor, "monitor");
        int outH = geo.outH();
        int rows = bandRows(conv, geo);
        boolean direct = isDirect(conv);
        float[][] filters = groupFilters(conv, weights, bias);
        float[] band = new float[conv.outChannels() * rows * geo.outW()];
        // the helper builds the next im2col matrix, or computes the bottom half of each direct band
        boolean helped = direct ? Math.min(rows, outH) > 1 : outH > rows || conv.groups() > 1;

        sink.begin(conv.outChannels(), outH, geo.outW());
        monitor.progress(0, outH);
        checkCancelled(monitor, 0, outH);
        ExecutorService helper = helped ? Executors.newSingleThreadExecutor(Im2colConv::daemon) : null;
        try {
            if (direct) {
                convolveDirect(input, conv, geo, filters, bias != null, rows, band, sink, monitor, helper);
            } else {
                convolveIm2col(input, conv, geo, filters, bias != null, rows, band, sink, monitor, helper);
            }
        } finally {
            if (helper != null) {
                helper.shutdownNow();
            }
        }
    }

    /** The im2col path, pipelined as the class comment says: band by band, group by group. */
    private void convolveIm2col(Tensor input, Conv2d conv, ConvGeometry geo, float[][] filters, boolean withBias,
                                int rows, float[] band, OutputSink sink, ConvMonitor monitor, ExecutorService helper) {
        int outH = geo.outH();
        int outW = geo.outW();
        int groups = conv.groups();
        int m = conv.groupOutChannels();
        int k = conv.fanIn() + (withBias ? 1 : 0);
        int tasks = (outH + rows - 1) / rows * groups;
        float[] groupOut = groups > 1 ? new float[m * rows * outW] : band;
        float[][] cols = {new float[k * rows * outW], tasks > 1 ? new float[k * rows * outW] : null};
        im2col(input, conv, geo, 0, Math.min(rows, outH), 0, withBias, cols[0]);
        Future<?> pending = null;
        for (int t = 0; t < tasks; t++) {
            await(pending);
            if (t + 1 < tasks) {
                int next = t + 1;
                int nextY0 = next / groups * rows;
                pending = helper.submit(() -> im2col(input, conv, geo, nextY0, Math.min(rows, outH - nextY0),
                        next % groups, withBias, cols[next % 2]));
            } else {
                pending = null;
            }
            int g = t % groups;
            int y0 = t / groups * rows;
            int r = Math.min(rows, outH - y0);
            int n = r * outW;
            gemm.multiply(m, n, k, filters[g], cols[t % 2], groupOut);
            if (groups > 1) {
                System.arraycopy(groupOut, 0, band, g * m * n, m * n);
            }
            if (g == groups - 1) {
                deliver(sink, monitor, y0, r, outH, band);
            }
        }
    }

    /**
     * The direct path: band by band, the calling thread computes the top half of the band's rows and the helper
     * thread the bottom half, into disjoint rows of the same band array (see {@link #directRows}). Each thread has
     * its own tap tables, allocated once per call.
     */
    private static void convolveDirect(Tensor input, Conv2d conv, ConvGeometry geo, float[][] filters,
                                       boolean withBias, int rows, float[] band, OutputSink sink, ConvMonitor monitor,
                                       ExecutorService helper) {
        int outH = geo.outH();
        int tapRows = conv.groupInChannels() * conv.kH();
        int[][] topTaps = {new int[tapRows], new int[tapRows]};
        int[][] bottomTaps = {new int[tapRows], new int[tapRows]};
        for (int y0 = 0; y0 < outH; y0 += rows) {
            int r = Math.min(rows, outH - y0);
            int top = y0;
            int half = (r + 1) / 2;
            Future<?> bottom = r > 1
                    ? helper.submit(() -> directRows(input, conv, geo, filters, withBias, top, r, half, r, band,
                            bottomTaps))
                    : null;
            directRows(input, conv, geo, filters, withBias, y0, r, 0, half, band, topTaps);
            await(bottom);
            deliver(sink, monitor, y0, r, outH, band);
        }
    }

    /** Hands a finished band to the sink, reports progress, and stops here if the monitor says so. */
    private static void deliver(OutputSink sink, ConvMonitor monitor, int y0, int r, int outH, float[] band) {
        sink.accept(y0, r, band);
        monitor.progress(y0 + r, outH);
        if (y0 + r < outH) {
            checkCancelled(monitor, y0 + r, outH);
        }
    }

    /**
     * Rows {@code [from, to)} of the band of {@code r} output rows starting at {@code y0}, every channel, computed
     * directly into {@code band} (channels x r x outW):
     * <pre>  out[o, y, x] = bias[o] + sum over (c, i, j) of
     *                 w[o, c, i, j] in[g Cg + c, y s - padTop + i d, x s - padLeft + j d]</pre>
     * with g the group of o and w laid out as {@link #groupFilters} does (so rotated for a flipped kernel). For one
     * output row, {@code taps} lists the input rows (c, i) that are inside the image, skipping rows of padding; for
     * each kernel column j every listed row shares the same range of output columns whose input column is not
     * padding ({@link #firstInside}, {@link #endInside}), so four rows at a time (three for the last three) are added
     * into the output row in one pass ({@link #addTaps}), which loads and stores the output row a quarter (a third) as
     * often as one pass per tap.
     *
     * @param taps two scratch arrays of at least {@code Cg kH} ints: input row offsets and weight offsets
     */
    private static void directRows(Tensor input, Conv2d conv, ConvGeometry geo, float[][] filters, boolean withBias,
                                   int y0, int r, int from, int to, float[] band, int[][] taps) {
        int inH = input.height();
        int inW = input.width();
        int outW = geo.outW();
        int s = conv.stride();
        int d = conv.dilation();
        int kH = conv.kH();
        int kW = conv.kW();
        int cg = conv.groupInChannels();
        int m = conv.groupOutChannels();
        int fanIn = conv.fanIn();
        int k = fanIn + (withBias ? 1 : 0);
        int[] rowAt = taps[0];
        int[] weightAt = taps[1];
        float[] in = input.data();
        for (int g = 0; g < conv.groups(); g++) {
            float[] a = filters[g];
            for (int yy = from; yy < to; yy++) {
                int top = geo.windowTop(y0 + yy);
                int iLo = firstInside(top, d, inH, kH);
                int iHi = endInside(top, d, inH, kH);
                int rowsInside = 0;
                for (int c = 0; c < cg; c++) {
                    for (int i = iLo; i < iHi; i++) {
                        rowAt[rowsInside] = ((g * cg + c) * inH + top + i * d) * inW;
                        weightAt[rowsInside] = (c * kH + i) * kW;
                        rowsInside++;
                    }
                }
                for (int o = 0; o < m; o++) {
                    int dst = ((g * m + o) * r + yy) * outW;
                    Arrays.fill(band, dst, dst + outW, withBias ? a[o * k + fanIn] : 0f);
                    for (int j = 0; j < kW; j++) {
                        int dx = j * d - geo.pad().left();
                        int xLo = firstInside(dx, s, inW, outW);
                        int xHi = endInside(dx, s, inW, outW);
                        int w = o * k + j;
                        int t = 0;
                        for (; t + 3 < rowsInside; t += 4) {
                            addTaps(band, dst, xLo, xHi, in, s, rowAt[t] + dx, a[w + weightAt[t]],
                                    rowAt[t + 1] + dx, a[w + weightAt[t + 1]], rowAt[t + 2] + dx,
                                    a[w + weightAt[t + 2]], rowAt[t + 3] + dx, a[w + weightAt[t + 3]]);
                        }
                        if (t + 3 == rowsInside) {
                            addTaps(band, dst, xLo, xHi, in, s, rowAt[t] + dx, a[w + weightAt[t]],
                                    rowAt[t + 1] + dx, a[w + weightAt[t + 1]], rowAt[t + 2] + dx,
                                    a[w + weightAt[t + 2]]);
                            t += 3;
                        }
                        for (; t < rowsInside; t++) {
                            addTap(band, dst, xLo, xHi, in, s, rowAt[t] + dx, a[w + weightAt[t]]);
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code out[dst + x] += w0 in[src0 + x s] + w1 in[src1 + x s] + w2 in[src2 + x s] + w3 in[src3 + x s]} for
     * {@code xLo <= x < xHi}; with stride 1 a loop HotSpot vectorises.
     */
    private static void addTaps(float[] out, int dst, int xLo, int xHi, float[] in, int s, int src0, float w0,
                                int src1, float w1, int src2, float w2, int src3, float w3) {
        if (s == 1) {
            for (int x = xLo; x < xHi; x++) {
                out[dst + x] += w0 * in[src0 + x] + w1 * in[src1 + x] + w2 * in[src2 + x] + w3 * in[src3 + x];
            }
        } else {
            for (int x = xLo; x < xHi; x++) {
                int sx = x * s;
                out[dst + x] += w0 * in[src0 + sx] + w1 * in[src1 + sx] + w2 * in[src2 + sx] + w3 * in[src3 + sx];
            }
        }
    }

    /**
     * {@code out[dst + x] += w0 in[src0 + x s] + w1 in[src1 + x s] + w2 in[src2 + x s]} for {@code xLo <= x < xHi}:
     * three rows in one pass, the whole of a 3x3 kernel column on one channel (gray images, depthwise layers).
     */
    private static void addTaps(float[] out, int dst, int xLo, int xHi, float[] in, int s, int src0, float w0,
                                int src1, float w1, int src2, float w2) {
        if (s == 1) {
            for (int x = xLo; x < xHi; x++) {
                out[dst + x] += w0 * in[src0 + x] + w1 * in[src1 + x] + w2 * in[src2 + x];
            }
        } else {
            for (int x = xLo; x < xHi; x++) {
                int sx = x * s;
                out[dst + x] += w0 * in[src0 + sx] + w1 * in[src1 + sx] + w2 * in[src2 + sx];
            }
        }
    }

    /** {@code out[dst + x] += w in[src + x s]} for {@code xLo <= x < xHi}: one tap, an axpy when s = 1. */
    private static void addTap(float[] out, int dst, int xLo, int xHi, float[] in, int s, int src, float w) {
        if (s == 1) {
            for (int x = xLo; x < xHi; x++) {
                out[dst + x] += w * in[src + x];
            }
        } else {
            for (int x = xLo; x < xHi; x++) {
                out[dst + x] += w * in[src + x * s];
            }
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "convscope-im2col");
        t.setDaemon(true);
        return t;
    }

    private static void checkCancelled(ConvMonitor monitor, int done, int total) {
        if (monitor.isCancelled()) {
            throw new CancellationException("convolution cancelled after " + done + " of " + total + " rows");
        }
    }

    private static void await(Future<?> pending) {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("convolution interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Per group, the filters as an {@code M x K} row-major matrix: row o' (output channel g M + o'), column
     * {@code (c kH + i) kW + j}, holding weight (c, i, j), or weight (c, kH-1-i, kW-1-j) for a flipped kernel; with a
     * bias, one more column holding the filter's bias.
     */
    private static float[][] groupFilters(Conv2d conv, float[] weights, float[] bias) {
        int m = conv.groupOutChannels();
        int fanIn = conv.fanIn();
        int k = fanIn + (bias != null ? 1 : 0);
        int taps = conv.kH() * conv.kW();
        float[][] filters = new float[conv.groups()][];
        for (int g = 0; g < conv.groups(); g++) {
            float[] a = new float[m * k];
            for (int o = 0; o < m; o++) {
                System.arraycopy(weights, (g * m + o) * fanIn, a, o * k, fanIn);
                if (conv.flip()) {
                    for (int start = o * k; start < o * k + fanIn; start += taps) {
                        reverse(a, start, start + taps);
                    }
                }
                if (bias != null) {
                    a[o * k + fanIn] = bias[g * m + o];
                }
            }
            filters[g] = a;
        }
        return filters;
    }

    /** Reversing a kernel's kH x kW taps in row-major order is rotating it by 180 degrees. */
    private static void reverse(float[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            float t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * The im2col matrix of output rows {@code [y0, y0 + r)} for {@code group}, into {@code cols} as K x (r outW):
     * {@code cols[(c kH + i) kW + j][(y - y0) outW + x] = in[group Cg + c, y s - padTop + i d, x s - padLeft + j d]},
     * zero where that cell is padding, and with {@code onesRow} one more row of ones (for the bias). Each kernel tap
     * copies contiguous runs of an input row.
     */
    static void im2col(Tensor input, Conv2d conv, ConvGeometry geo, int y0, int r, int group, boolean onesRow,
                       float[] cols) {
        int inH = input.height();
        int inW = input.width();
        int outW = geo.outW();
        int n = r * outW;
        int s = conv.stride();
        int d = conv.dilation();
        int cg = conv.groupInChannels();
        float[] in = input.data();
        for (int c = 0; c < cg; c++) {
            int plane = (group * cg + c) * inH * inW;
            for (int i = 0; i < conv.kH(); i++) {
                for (int j = 0; j < conv.kW(); j++) {
                    int rowStart = ((c * conv.kH() + i) * conv.kW() + j) * n;
                    int dx = j * d - geo.pad().left();
                    int xLo = firstInside(dx, s, inW, outW);
                    int xHi = endInside(dx, s, inW, outW);
                    for (int yy = 0; yy < r; yy++) {
                        int iy = geo.windowTop(y0 + yy) + i * d;
                        int dst = rowStart + yy * outW;
                        if (iy < 0 || iy >= inH) {
                            Arrays.fill(cols, dst, dst + outW, 0f);
                            continue;
                        }
                        Arrays.fill(cols, dst, dst + xLo, 0f);
                        int src = plane + iy * inW + dx;
                        if (s == 1) {
                            System.arraycopy(in, src + xLo, cols, dst + xLo, xHi - xLo);
                        } else {
                            for (int x = xLo; x < xHi; x++) {
                                cols[dst + x] = in[src + x * s];
                            }
                        }
                        Arrays.fill(cols, dst + xHi, dst + outW, 0f);
                    }
                }
            }
        }
        if (onesRow) {
            Arrays.fill(cols, conv.fanIn() * n, (conv.fanIn() + 1) * n, 1f);
        }
    }

    /**
     * The first of {@code count} positions {@code offset + t step} (t = 0, 1, ...) inside {@code [0, size)}:
     * {@code clamp(ceil(-offset / step), 0, count)}. For output columns: offset {@code j d - padLeft}, step s; for
     * kernel rows: offset {@code y s - padTop}, step d.
     */
    private static int firstInside(int offset, int step, int size, int count) {
        return clamp(-Math.floorDiv(offset, step), count);
    }

    /**
     * One past the last of {@code count} positions {@code offset + t step} inside {@code [0, size)}:
     * {@code max(first, clamp(floor((size - 1 - offset) / step) + 1, 0, count))}, so the range is never negative.
     */
    private static int endInside(int offset, int step, int size, int count) {
        return Math.max(firstInside(offset, step, size, count),
                clamp(Math.floorDiv(size - 1 - offset, step) + 1, count));
    }

    private static int clamp(int x, int hi) {
        return Math.max(0, Math.min(x, hi));
    }
}

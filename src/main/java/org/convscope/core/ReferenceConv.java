package org.convscope.core;

import java.util.concurrent.CancellationException;

/**
 * The convolution written as the formula in {@link Conv2d} reads: nested loops over output channel, row, column,
 * input channel and kernel tap, summed in double. Slow and obviously right; every fast engine is tested against it.
 * Delivers one output row per band.
 */
public final class ReferenceConv implements ConvEngine {

    @Override
    public String name() {
        return "reference (nested loops)";
    }

    @Override
    public void convolve(Tensor input, Conv2d conv, float[] weights, float[] bias, OutputSink sink, ConvMonitor monitor) {
        ConvGeometry g = conv.checkOperands(input, weights, bias);
        int outH = g.outH();
        int outW = g.outW();
        int cg = conv.groupInChannels();
        int mg = conv.groupOutChannels();
        int kH = conv.kH();
        int kW = conv.kW();
        int d = conv.dilation();
        float[] row = new float[conv.outChannels() * outW];
        sink.begin(conv.outChannels(), outH, outW);
        for (int y = 0; y < outH; y++) {
            if (monitor.isCancelled()) {
                throw new CancellationException("convolution cancelled after " + y + " of " + outH + " rows");
            }
            for (int o = 0; o < conv.outChannels(); o++) {
                int group = o / mg;
                for (int x = 0; x < outW; x++) {
                    double sum = bias == null ? 0 : bias[o];
                    for (int c = 0; c < cg; c++) {
                        for (int i = 0; i < kH; i++) {
                            int iy = g.windowTop(y) + i * d;
                            if (iy < 0 || iy >= input.height()) {
                                continue;
                            }
                            for (int j = 0; j < kW; j++) {
                                int ix = g.windowLeft(x) + j * d;
                                if (ix < 0 || ix >= input.width()) {
                                    continue;
                                }
                                int wi = conv.flip() ? kH - 1 - i : i;
                                int wj = conv.flip() ? kW - 1 - j : j;
                                float w = weights[((o * cg + c) * kH + wi) * kW + wj];
                                sum += (double) w * input.get(group * cg + c, iy, ix);
                            }
                        }
                    }
                    row[o * outW + x] = (float) sum;
                }
            }
            sink.accept(y, 1, row);
            monitor.progress(y + 1, outH);
        }
    }
}

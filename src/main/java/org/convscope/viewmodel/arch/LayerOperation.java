package org.convscope.viewmodel.arch;

import org.convscope.core.Padding;
import org.convscope.core.count.Layer;

/**
 * What a layer does, in parts the view words in the UI's language ("conv 3x3 to 64, stride 2" or "합성곱 3×3,
 * 출력 64, 스트라이드 2"). Fields a kind of layer does not have are 0, 1 or false.
 *
 * @param kind      which kind of layer
 * @param kernelH   kernel height (convolution, pooling)
 * @param kernelW   kernel width (convolution, pooling)
 * @param outputs   output channels of a convolution, output features of a dense layer
 * @param stride    the stride; 1 when there is none
 * @param padding   the padding, "" when there is none, a number when it is the same on every side
 * @param dilation  the dilation of a convolution, 1 otherwise
 * @param groups    the groups of a convolution, 1 otherwise
 * @param bias      whether a convolution or dense layer adds a bias
 * @param maxPool   whether a pooling takes the maximum (else the average)
 * @param ceilMode  whether a pooling rounds its output size up
 */
public record LayerOperation(LayerKind kind, int kernelH, int kernelW, int outputs, int stride, String padding,
                             int dilation, int groups, boolean bias, boolean maxPool, boolean ceilMode) {

    static LayerOperation of(Layer layer) {
        LayerKind kind = LayerKind.of(layer);
        if (layer instanceof Layer.Conv c) {
            return new LayerOperation(kind, c.kernelH(), c.kernelW(), c.outChannels(), c.stride(),
                    padding(c.padding()), c.dilation(), c.groups(), c.bias(), false, false);
        }
        if (layer instanceof Layer.FullyConnected f) {
            return new LayerOperation(kind, 0, 0, f.outFeatures(), 1, "", 1, 1, f.bias(), false, false);
        }
        if (layer instanceof Layer.Pool p) {
            return new LayerOperation(kind, p.kernel(), p.kernel(), 0, p.stride(), padding(p.padding()), 1, 1, false,
                    p.kind() == Layer.Pool.Kind.MAX, p.ceilMode());
        }
        return new LayerOperation(kind, 0, 0, 0, 1, "", 1, 1, false, false, false);
    }

    private static String padding(Padding p) {
        return p.equals(Padding.NONE) ? "" : p.toString();
    }
}

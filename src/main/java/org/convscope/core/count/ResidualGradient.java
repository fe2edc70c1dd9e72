package org.convscope.core.count;

import org.convscope.core.GradientFlow;

/**
 * Why the identity path keeps gradients alive, on the simplest model of a deep network: N blocks in a row, each
 * residual function F with the same local derivative dF/dx = a at the point where the network runs.
 * <pre>
 *   plain blocks     y = F(x)       dy/dx = a             through N blocks: a^N
 *   residual blocks  y = F(x) + x   dy/dx = dF/dx + 1     through N blocks: (1 + a)^N = sum_k C(N, k) a^k
 * </pre>
 * With |a| &lt; 1 the plain product vanishes geometrically; the residual one keeps the term 1 (the path that takes
 * every shortcut), so the gradient reaching the first block never falls to 0 unless a is near -1.
 */
public record ResidualGradient(double blockDerivative) {

    public ResidualGradient {
        if (!Double.isFinite(blockDerivative)) {
            throw new IllegalArgumentException("the derivative of a block must be a finite number, not "
                    + blockDerivative);
        }
    }

    /**
     * a^N: the gradient reaching the input of {@code blocks} blocks without shortcuts, the chain rule's product
     * of the blocks' derivatives ({@link GradientFlow#survivingGradient(double, int)}).
     */
    public double plain(int blocks) {
        return throughBlocks(blockDerivative, blocks);
    }

    /** (1 + a)^N: the same product when each block's derivative is dF/dx + 1. */
    public double residual(int blocks) {
        return throughBlocks(1 + blockDerivative, blocks);
    }

    private static double throughBlocks(double derivative, int blocks) {
        if (blocks < 0) {
            throw new IllegalArgumentException("the number of blocks cannot be negative, not " + blocks);
        }
        return blocks == 0 ? 1 : GradientFlow.survivingGradient(derivative, blocks)[0];
    }
}

package org.convscope.core.count;

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

    /** a^N: the gradient through {@code blocks} blocks without shortcuts. */
    public double plain(int blocks) {
        return Math.pow(blockDerivative, checked(blocks));
    }

    /** (1 + a)^N: the gradient through {@code blocks} residual blocks, dy/dx = dF/dx + 1 in each. */
    public double residual(int blocks) {
        return Math.pow(1 + blockDerivative, checked(blocks));
    }

    private static int checked(int blocks) {
        if (blocks < 0) {
            throw new IllegalArgumentException("the number of blocks cannot be negative, not " + blocks);
        }
        return blocks;
    }
}

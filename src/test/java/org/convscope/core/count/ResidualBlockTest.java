package org.convscope.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ResidualBlockTest {

    @Test
    void basicBlocksHaveTheParametersOfTorchvisionsResNet18() {
        // torchvision resnet18: layer1.0 has 73,984 parameters (identity shortcut); layer2.0 has 230,144
        // (stride 2, 64 -> 128, projection shortcut), as counted by sum(p.numel()) over the module.
        JunctionCount identity = new ResidualBlock(ResidualBlock.Kind.BASIC, 64, 1).count(new Shape(64, 56, 56));
        assertEquals(73_984, identity.parameters());
        assertTrue(identity.paths().get(1).isEmpty());
        assertEquals(new Shape(64, 56, 56), identity.output());

        JunctionCount projected = new ResidualBlock(ResidualBlock.Kind.BASIC, 128, 2).count(new Shape(64, 56, 56));
        assertEquals(230_144, projected.parameters());
        assertEquals(new Shape(128, 28, 28), projected.output());
        // The projection: a 1x1 stride-2 convolution 64 -> 128 and its batch norm.
        assertEquals(64 * 128 + 2 * 128, projected.parameters(1));
        assertEquals(new Shape(128, 28, 28), projected.pathOutput(1));
    }

    @Test
    void bottleneckBlocksHaveTheParametersOfTorchvisionsResNet50() {
        // torchvision resnet50: layer1.0 has 75,008 parameters (64 -> 256, projection without stride), layer1.1
        // 70,400 (identity); layer1 in all 215,808.
        ResidualBlock block = new ResidualBlock(ResidualBlock.Kind.BOTTLENECK, 64, 1);
        JunctionCount first = block.count(new Shape(64, 56, 56));
        JunctionCount second = block.count(first.output());
        assertEquals(75_008, first.parameters());
        assertEquals(70_400, second.parameters());
        assertEquals(215_808, first.parameters() + 2 * second.parameters());
        assertEquals(new Shape(256, 56, 56), second.output());
    }

    @Test
    void aProjectionOnlyWhereTheShapeChanges() {
        assertEquals(List.of(false, true, true), List.of(
                new ResidualBlock(ResidualBlock.Kind.BOTTLENECK, 64, 1).needsProjection(new Shape(256, 56, 56)),
                new ResidualBlock(ResidualBlock.Kind.BOTTLENECK, 64, 1).needsProjection(new Shape(64, 56, 56)),
                new ResidualBlock(ResidualBlock.Kind.BASIC, 64, 2).needsProjection(new Shape(64, 56, 56))));
    }

    @Test
    void theGradientThroughPlainBlocksIsTheProductOfTheirDerivatives() {
        Random random = new Random(6);
        for (int trial = 0; trial < 20; trial++) {
            double a = random.nextDouble() * 1.8 - 0.9;
            int blocks = random.nextInt(30);
            double product = 1;
            for (int b = 0; b < blocks; b++) {
                product *= a;
            }
            assertEquals(product, new ResidualGradient(a).plain(blocks), 1e-12 * Math.max(1, Math.abs(product)));
        }
    }

    /**
     * Unrolled, N residual blocks are 2^N paths (Veit et al. 2016): a path through k of the residual functions
     * and N - k shortcuts contributes a^k to the gradient. Summing every path, one at a time, gives (1 + a)^N.
     */
    @Test
    void theGradientThroughResidualBlocksIsTheSumOverEveryPath() {
        Random random = new Random(16);
        for (int trial = 0; trial < 20; trial++) {
            double a = random.nextDouble() * 1.8 - 0.9;
            int blocks = random.nextInt(13);
            double sum = 0;
            for (int path = 0; path < 1 << blocks; path++) {
                sum += Math.pow(a, Integer.bitCount(path));
            }
            assertEquals(sum, new ResidualGradient(a).residual(blocks), 1e-9 * Math.max(1, Math.abs(sum)));
        }
    }

    @Test
    void withSmallBlockDerivativesOnlyTheShortcutKeepsTheGradient() {
        ResidualGradient gradient = new ResidualGradient(0.1);
        assertEquals(1e-20, gradient.plain(20), 1e-32);
        assertTrue(gradient.residual(20) > 1);
    }
}

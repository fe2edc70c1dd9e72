package org.convscope.core.rf;

import org.convscope.core.ConvGeometry;
import org.convscope.core.Padding;
import org.convscope.core.Refusal;
import org.convscope.core.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One sliding-window layer of a stack as the receptive-field tools see it: a convolution or a pooling with a
 * square kernel, a stride, the same padding on every side and a dilation. Channels do not matter here.
 *
 * <p>Written as in the CLI and the stack editor: {@code conv<k>} or {@code pool<k>} followed by optional
 * {@code s<stride>}, {@code p<padding>} and {@code d<dilation>} in any order, for example {@code conv11s4} or
 * {@code pool3s2}. A convolution's stride defaults to 1; a pooling's stride defaults to its kernel size, as in
 * PyTorch and Keras. Padding defaults to 0 and dilation to 1.
 */
public record LayerSpec(Kind kind, int kernel, int stride, int padding, int dilation) {

    /** Convolution or pooling: the arithmetic is the same, the name tells the reader which it is. */
    public enum Kind {
        CONV("conv"), POOL("pool");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** The word in the layer syntax: conv or pool. */
        public String prefix() {
            return prefix;
        }
    }

    public LayerSpec {
        if (kind == null) {
            throw Refusal.of("layer.kind");
        }
        checkRange("what.kernelSize", kernel, 1, ConvGeometry.MAX_KERNEL);
        checkRange("what.stride", stride, 1, ConvGeometry.MAX_STEP);
        checkRange("what.padding", padding, 0, Padding.MAX);
        checkRange("what.dilation", dilation, 1, ConvGeometry.MAX_STEP);
    }

    private static void checkRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw Refusal.of("range.between", Sentence.of(what), min, max, value);
        }
    }

    /** A convolution with stride 1, no padding, no dilation. */
    public static LayerSpec conv(int kernel) {
        return new LayerSpec(Kind.CONV, kernel, 1, 0, 1);
    }

    /** A pooling whose stride equals its kernel (non-overlapping windows). */
    public static LayerSpec pool(int kernel) {
        return new LayerSpec(Kind.POOL, kernel, kernel, 0, 1);
    }

    public LayerSpec withStride(int s) {
        return new LayerSpec(kind, kernel, s, padding, dilation);
    }

    public LayerSpec withPadding(int p) {
        return new LayerSpec(kind, kernel, stride, p, dilation);
    }

    public LayerSpec withDilation(int d) {
        return new LayerSpec(kind, kernel, stride, padding, d);
    }

    /** The geometry of this layer on an inH x inW input. */
    public ConvGeometry geometry(int inH, int inW) {
        return ConvGeometry.of(inH, inW, kernel, kernel, stride, dilation, Padding.uniform(padding));
    }

    /**
     * Parses a comma-separated stack such as {@code "conv11s4,pool3s2,conv5p2"} (spaces and case ignored).
     *
     * @throws IllegalArgumentException naming the layer (counted from 1) and what is wrong with it
     */
    public static List<LayerSpec> parseStack(String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.of("layer.stackEmpty");
        }
        String[] tokens = text.split(",", -1);
        List<LayerSpec> layers = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            layers.add(parse(i + 1, tokens[i].replaceAll("\\s+", "").toLowerCase(Locale.ROOT)));
        }
        return List.copyOf(layers);
    }

    /** Parses one layer such as {@code conv3p1}. */
    public static LayerSpec parse(String text) {
        return parse(1, text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
    }

    private static LayerSpec parse(int number, String token) {
        Sentence where = Sentence.of("layer.where", number, token);
        if (token.isEmpty()) {
            throw Refusal.of("layer.empty", number);
        }
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (token.startsWith(k.prefix())) {
                kind = k;
            }
        }
        if (kind == null) {
            throw Refusal.of("layer.unknownKind", where);
        }
        int pos = kind.prefix().length();
        int digits = digitsFrom(token, pos);
        if (digits == pos) {
            throw Refusal.of("layer.noKernelSize", where, kind.prefix());
        }
        int kernel = number(where, "layer.option.kernelSize", token.substring(pos, digits));
        Integer stride = null;
        Integer padding = null;
        Integer dilation = null;
        pos = digits;
        while (pos < token.length()) {
            char option = token.charAt(pos);
            int end = digitsFrom(token, pos + 1);
            String name = switch (option) {
                case 's' -> "layer.option.stride";
                case 'p' -> "layer.option.padding";
                case 'd' -> "layer.option.dilation";
                default -> throw Refusal.of("layer.unknownOption", where, option);
            };
            if (end == pos + 1) {
                throw Refusal.of("layer.noNumber", where, option, option + (option == 'p' ? "1" : "2"));
            }
            int value = number(where, name, token.substring(pos + 1, end));
            boolean repeated = switch (option) {
                case 's' -> stride != null;
                case 'p' -> padding != null;
                default -> dilation != null;
            };
            if (repeated) {
                throw Refusal.of("layer.twice", where, Sentence.of(name));
            }
            switch (option) {
                case 's' -> stride = value;
                case 'p' -> padding = value;
                default -> dilation = value;
            }
            pos = end;
        }
        int defaultStride = kind == Kind.POOL ? kernel : 1;
        try {
            return new LayerSpec(kind, kernel, stride == null ? defaultStride : stride,
                    padding == null ? 0 : padding, dilation == null ? 1 : dilation);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Sentence.of("layer.refused", where, Sentence.from(e)), e);
        }
    }

    private static int digitsFrom(String token, int pos) {
        int end = pos;
        while (end < token.length() && token.charAt(end) >= '0' && token.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    private static int number(Sentence where, String name, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new Refusal(Sentence.of("layer.tooLarge", where, Sentence.of(name), digits), e);
        }
    }

    /** The layer in the parser's syntax, leaving out defaults: conv3p1, pool3s2, conv3d2. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind.prefix()).append(kernel);
        if (stride != (kind == Kind.POOL ? kernel : 1)) {
            text.append('s').append(stride);
        }
        if (padding != 0) {
            text.append('p').append(padding);
        }
        if (dilation != 1) {
            text.append('d').append(dilation);
        }
        return text.toString();
    }
}

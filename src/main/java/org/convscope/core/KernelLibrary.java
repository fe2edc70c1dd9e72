package org.convscope.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The classic image kernels by name, and the parser for kernel names and typed matrices as the CLI and the
 * kernel lab accept them.
 *
 * <p>All matrices are written for cross-correlation (see {@link Kernel}), in the orientation OpenCV and
 * scikit-image use: {@code sobel-x} is positive where brightness increases to the right, {@code sobel-y} where it
 * increases downwards (y grows down the image).
 *
 * <p>Names the parser knows: {@code identity}, {@code box[:N]}, {@code gaussian[:N[:SIGMA]]}, {@code sharpen},
 * {@code sobel-x}, {@code sobel-y}, {@code prewitt-x}, {@code prewitt-y}, {@code scharr-x}, {@code scharr-y},
 * {@code laplacian-4}, {@code laplacian-8}, {@code emboss}, {@code outline}. Anything starting with a number or
 * containing a semicolon or a line break is read as a matrix: {@code "1 0 -1; 2 0 -2; 1 0 -1"}.
 */
public final class KernelLibrary {

    /** Largest height or width of a matrix typed by hand; larger ones are unreadable on screen and error-prone. */
    public static final int MAX_TYPED_SIZE = 15;

    /** Size of {@code box} when none is given. */
    public static final int DEFAULT_BOX_SIZE = 3;
    /** Size of {@code gaussian} when none is given. */
    public static final int DEFAULT_GAUSSIAN_SIZE = 5;

    /** Name given to matrices typed by hand. */
    public static final String CUSTOM = "custom";

    private static final String MATRIX_EXAMPLE = "1 0 -1; 2 0 -2; 1 0 -1";

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern ROW_SEPARATOR = Pattern.compile("[;\\r\\n]");
    private static final Pattern VALUE_SEPARATOR = Pattern.compile("[\\s,]+");

    private KernelLibrary() {
    }

    /** The names and forms the parser accepts, in the order a menu shows them. */
    public static List<String> names() {
        return List.of("identity", "box:N", "gaussian:N:SIGMA", "sharpen", "sobel-x", "sobel-y", "prewitt-x",
                "prewitt-y", "scharr-x", "scharr-y", "laplacian-4", "laplacian-8", "emboss", "outline");
    }

    /** Every library kernel, with the default sizes for {@code box} and {@code gaussian}, in menu order. */
    public static List<Kernel> all() {
        return List.of(identity(), box(DEFAULT_BOX_SIZE), gaussian(DEFAULT_GAUSSIAN_SIZE), sharpen(), sobelX(),
                sobelY(), prewittX(), prewittY(), scharrX(), scharrY(), laplacian4(), laplacian8(), emboss(),
                outline());
    }

    /** A single 1 in the centre of a 3x3 kernel: the output equals the input. */
    public static Kernel identity() {
        return Kernel.of("identity", "Leaves the image unchanged: a single 1 in the centre.",
                row(0, 0, 0), row(0, 1, 0), row(0, 0, 0));
    }

    /** The mean of a {@code size x size} neighbourhood: every weight is {@code 1 / size^2}. */
    public static Kernel box(int size) {
        checkGeneratedSize("box", size);
        float[] values = new float[size * size];
        Arrays.fill(values, 1f / (size * size));
        return new Kernel("box:" + size, "Blur: the plain average of each " + size + "x" + size
                + " neighbourhood.", size, size, values);
    }

    /**
     * A sampled, normalised Gaussian of odd {@code size} and standard deviation {@code sigma} (in pixels):
     * <pre>  g(x, y) = exp(-(x^2 + y^2) / (2 sigma^2)) / sum_{x', y'} exp(-(x'^2 + y'^2) / (2 sigma^2))</pre>
     * for integer offsets x, y in {@code [-(size-1)/2, (size-1)/2]} from the centre. The weights sum to 1, so the
     * blur keeps the image's brightness. For a given sigma this is the outer product of OpenCV's
     * {@code getGaussianKernel(size, sigma)} with itself.
     */
    public static Kernel gaussian(int size, double sigma) {
        checkGeneratedSize("gaussian", size);
        if (size % 2 == 0) {
            throw Refusal.of("library.gaussianEven", size, size + 1);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw Refusal.of("library.sigmaPositive", sigma);
        }
        int radius = size / 2;
        double[] weights = new double[size * size];
        double sum = 0;
        for (int y = -radius; y <= radius; y++) {
            for (int x = -radius; x <= radius; x++) {
                double w = Math.exp(-(x * x + y * y) / (2 * sigma * sigma));
                weights[(y + radius) * size + x + radius] = w;
                sum += w;
            }
        }
        float[] values = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            values[i] = (float) (weights[i] / sum);
        }
        String sigmaText = BigDecimal.valueOf(sigma).stripTrailingZeros().toPlainString();
        return new Kernel("gaussian:" + size + ":" + sigmaText, "Smooth blur: weights fall off with distance as "
                + "exp(-(x\u00b2+y\u00b2)/(2\u03c3\u00b2)), \u03c3 = " + sigmaText + " px, and sum to 1.",
                size, size, values);
    }

    /**
     * A Gaussian of odd {@code size} with the standard deviation OpenCV derives from a size when none is given:
     * {@code sigma = 0.3 * ((size - 1) / 2 - 1) + 0.8}. (OpenCV itself swaps in fixed binomial weights for sizes up
     * to 7; ConvScope always samples the formula above, so every Gaussian is the same kind of curve.)
     */
    public static Kernel gaussian(int size) {
        return gaussian(size, defaultSigma(size));
    }

    /** OpenCV's default Gaussian sigma for a kernel size: {@code 0.3 * ((size - 1) / 2 - 1) + 0.8}. */
    public static double defaultSigma(int size) {
        return 0.3 * ((size - 1) * 0.5 - 1) + 0.8;
    }

    /** Sharpen (setosa.io "sharpen"): 5 in the centre, -1 at the four sides; the weights sum to 1. */
    public static Kernel sharpen() {
        return Kernel.of("sharpen", "Sharpen: boosts each pixel against its four neighbours, so detail stands out.",
                row(0, -1, 0), row(-1, 5, -1), row(0, -1, 0));
    }

    /** Sobel x derivative, {@code [-1 0 1; -2 0 2; -1 0 1]} (OpenCV Sobel, dx=1). */
    public static Kernel sobelX() {
        return Kernel.of("sobel-x", "Horizontal gradient: positive where brightness increases to the right, "
                + "so it finds vertical edges.", row(-1, 0, 1), row(-2, 0, 2), row(-1, 0, 1));
    }

    /** Sobel y derivative, {@code [-1 -2 -1; 0 0 0; 1 2 1]} (OpenCV Sobel, dy=1). */
    public static Kernel sobelY() {
        return Kernel.of("sobel-y", "Vertical gradient: positive where brightness increases downwards, "
                + "so it finds horizontal edges.", row(-1, -2, -1), row(0, 0, 0), row(1, 2, 1));
    }

    /** Prewitt x derivative, {@code [-1 0 1; -1 0 1; -1 0 1]}. */
    public static Kernel prewittX() {
        return Kernel.of("prewitt-x", "Horizontal gradient like Sobel, with equal weights for the three rows.",
                row(-1, 0, 1), row(-1, 0, 1), row(-1, 0, 1));
    }

    /** Prewitt y derivative, {@code [-1 -1 -1; 0 0 0; 1 1 1]}. */
    public static Kernel prewittY() {
        return Kernel.of("prewitt-y", "Vertical gradient like Sobel, with equal weights for the three columns.",
                row(-1, -1, -1), row(0, 0, 0), row(1, 1, 1));
    }

    /** Scharr x derivative, {@code [-3 0 3; -10 0 10; -3 0 3]} (OpenCV Scharr, dx=1). */
    public static Kernel scharrX() {
        return Kernel.of("scharr-x", "Horizontal gradient like Sobel, weighted so edges at every angle respond "
                + "more evenly.", row(-3, 0, 3), row(-10, 0, 10), row(-3, 0, 3));
    }

    /** Scharr y derivative, {@code [-3 -10 -3; 0 0 0; 3 10 3]} (OpenCV Scharr, dy=1). */
    public static Kernel scharrY() {
        return Kernel.of("scharr-y", "Vertical gradient like Sobel, weighted so edges at every angle respond "
                + "more evenly.", row(-3, -10, -3), row(0, 0, 0), row(3, 10, 3));
    }

    /**
     * Discrete Laplacian with the four side neighbours, {@code [0 1 0; 1 -4 1; 0 1 0]}: the sum of the second
     * differences along x and y, {@code f(x+1,y) + f(x-1,y) + f(x,y+1) + f(x,y-1) - 4 f(x,y)}.
     */
    public static Kernel laplacian4() {
        return Kernel.of("laplacian-4", "Second derivative: zero on flat areas and even slopes, strong at edges "
                + "and fine detail.", row(0, 1, 0), row(1, -4, 1), row(0, 1, 0));
    }

    /** Discrete Laplacian with all eight neighbours, {@code [1 1 1; 1 -8 1; 1 1 1]}. */
    public static Kernel laplacian8() {
        return Kernel.of("laplacian-8", "Second derivative including the diagonals: responds to edges in every "
                + "direction alike.", row(1, 1, 1), row(1, -8, 1), row(1, 1, 1));
    }

    /** Emboss (setosa.io "emboss"), {@code [-2 -1 0; -1 1 1; 0 1 2]}. */
    public static Kernel emboss() {
        return Kernel.of("emboss", "Relief: edges look raised, as if lit from one side.",
                row(-2, -1, 0), row(-1, 1, 1), row(0, 1, 2));
    }

    /**
     * Outline (setosa.io "outline"), {@code [-1 -1 -1; -1 8 -1; -1 -1 -1]}. It is {@link #laplacian8()} with the sign
     * flipped: kept under its own name because that is how the image-kernels explainer teaches it.
     */
    public static Kernel outline() {
        return Kernel.of("outline", "Outline: bright where brightness changes sharply; this is Laplacian-8 with the "
                + "sign flipped.", row(-1, -1, -1), row(-1, 8, -1), row(-1, -1, -1));
    }

    /**
     * Reads a kernel written as the CLI and the kernel lab accept it: a library name with optional parameters
     * ({@code sobel-x}, {@code box:5}, {@code gaussian:5:1.2}) or a matrix typed as rows (see {@link #parseMatrix}).
     *
     * @throws IllegalArgumentException with a message a person can act on when the text is not a kernel
     */
    public static Kernel parse(String spec) {
        String text = spec == null ? "" : spec.strip();
        if (text.isEmpty()) {
            throw Refusal.of("library.noKernel", MATRIX_EXAMPLE);
        }
        if (looksLikeMatrix(text)) {
            return parseMatrix(text);
        }
        String[] parts = text.toLowerCase(Locale.ROOT).split(":", -1);
        String name = parts[0];
        return switch (name) {
            case "box" -> {
                expectParameters(text, parts, 1, "box:5");
                yield box(parts.length > 1 ? wholeNumber(parts[1], Sentence.of("what.boxSize"), "box:5") : DEFAULT_BOX_SIZE);
            }
            case "gaussian" -> {
                expectParameters(text, parts, 2, "gaussian:5:1.2");
                int size = parts.length > 1 ? wholeNumber(parts[1], Sentence.of("what.gaussianSize"), "gaussian:5:1.2")
                        : DEFAULT_GAUSSIAN_SIZE;
                yield parts.length > 2 ? gaussian(size, sigma(parts[2])) : gaussian(size);
            }
            default -> {
                Kernel fixed = fixed(name);
                if (fixed == null) {
                    throw Refusal.of("library.unknown", text, String.join(", ", names()), MATRIX_EXAMPLE);
                }
                expectParameters(text, parts, 0, fixed.name());
                yield fixed;
            }
        };
    }

    /**
     * Reads a matrix typed as rows: numbers separated by spaces or commas within a row, rows separated by
     * semicolons or line breaks. Numbers may be integers, decimals ({@code 0.25}, {@code -1.5e-2}) or fractions
     * ({@code 1/9}). Blank rows are ignored, so a trailing semicolon is fine. The kernel is named {@value #CUSTOM}.
     *
     * @throws IllegalArgumentException for empty input, ragged rows, tokens that are not numbers, or a matrix
     *                                  larger than {@value #MAX_TYPED_SIZE}x{@value #MAX_TYPED_SIZE}
     */
    public static Kernel parseMatrix(String text) {
        List<float[]> rows = new ArrayList<>();
        for (String line : ROW_SEPARATOR.split(text == null ? "" : text, -1)) {
            String row = line.strip();
            if (row.isEmpty()) {
                continue;
            }
            String[] tokens = VALUE_SEPARATOR.split(row);
            int start = tokens[0].isEmpty() ? 1 : 0; // a row written ", 1, 2" splits to an empty first token
            float[] values = new float[tokens.length - start];
            for (int i = start; i < tokens.length; i++) {
                values[i - start] = number(tokens[i], rows.size() + 1);
            }
            if (!rows.isEmpty() && values.length != rows.get(0).length) {
                throw Kernel.raggedRow(rows.size() + 1, values.length, rows.get(0).length);
            }
            rows.add(values);
        }
        if (rows.isEmpty() || rows.get(0).length == 0) {
            throw Refusal.of("library.emptyMatrix", MATRIX_EXAMPLE);
        }
        int height = rows.size();
        int width = rows.get(0).length;
        if (height > MAX_TYPED_SIZE || width > MAX_TYPED_SIZE) {
            throw Refusal.of("library.typedTooLarge", MAX_TYPED_SIZE, height, width);
        }
        return Kernel.of(CUSTOM, "A kernel typed by hand.", rows.toArray(new float[0][]));
    }

    private static boolean looksLikeMatrix(String text) {
        char first = text.charAt(0);
        return text.indexOf(';') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || Character.isDigit(first) || first == '-' || first == '+' || first == '.' || first == '\u2212';
    }

    private static float number(String token, int row) {
        // Text pasted from documents often carries the typographic minus sign.
        String t = token.replace('\u2212', '-');
        int slash = t.indexOf('/');
        double value;
        if (slash >= 0) {
            String numerator = t.substring(0, slash);
            String denominator = t.substring(slash + 1);
            if (!NUMBER.matcher(numerator).matches() || !NUMBER.matcher(denominator).matches()) {
                throw notANumber(token, row);
            }
            double d = Double.parseDouble(denominator);
            if (d == 0) {
                throw Refusal.of("library.divideByZero", token, row);
            }
            value = Double.parseDouble(numerator) / d;
        } else {
            if (!NUMBER.matcher(t).matches()) {
                throw notANumber(token, row);
            }
            value = Double.parseDouble(t);
        }
        float f = (float) value;
        if (!Float.isFinite(f)) {
            throw Refusal.of("library.weightTooLarge", token, row);
        }
        return f;
    }

    private static Refusal notANumber(String token, int row) {
        return Refusal.of("library.notANumber", token, row);
    }

    private static Kernel fixed(String name) {
        return switch (name) {
            case "identity" -> identity();
            case "sharpen" -> sharpen();
            case "sobel-x" -> sobelX();
            case "sobel-y" -> sobelY();
            case "prewitt-x" -> prewittX();
            case "prewitt-y" -> prewittY();
            case "scharr-x" -> scharrX();
            case "scharr-y" -> scharrY();
            case "laplacian-4" -> laplacian4();
            case "laplacian-8" -> laplacian8();
            case "emboss" -> emboss();
            case "outline" -> outline();
            default -> null;
        };
    }

    private static void expectParameters(String text, String[] parts, int max, String example) {
        if (parts.length - 1 > max) {
            throw Refusal.of("library.tooManyParts", text, example);
        }
    }

    private static int wholeNumber(String text, Sentence what, String example) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw Refusal.of("library.notWhole", what, text, example);
        }
    }

    private static double sigma(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            throw Refusal.of("library.sigmaNotANumber", text);
        }
        return Double.parseDouble(t);
    }

    private static void checkGeneratedSize(String name, int size) {
        if (size < 1 || size > Kernel.MAX_SIZE) {
            throw Refusal.of("library.sizeRange", name, Kernel.MAX_SIZE, size);
        }
    }

    private static float[] row(float... values) {
        return values;
    }
}

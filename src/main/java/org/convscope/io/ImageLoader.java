package org.convscope.io;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.convscope.core.Refusal;
import org.convscope.core.Sentence;
import org.convscope.core.Tensor;

/**
 * Opens PNG, JPEG, BMP and GIF images as tensors of gray (1 channel) or RGB (3 channels) values 0..255, with
 * java.desktop's ImageIO.
 *
 * <p>Safe with any file a person might pick: the format is recognised from the file's first bytes, the
 * dimensions are read from the header and checked against a pixel limit before any pixel is decoded, and every
 * failure is an {@link ImageLoadException} whose message says what is wrong and what to do, in plain words. Pixel
 * values follow {@link RasterConverter}: 16-bit samples are scaled by 1/257 and kept as floats, palettes are looked
 * up, transparency is composited over white, gray from colour is BT.601 luma. JPEG photos are turned upright by
 * their EXIF orientation, as a photo viewer shows them (OpenCV's {@code imread} does the same). Pixels the user
 * interface decoded itself (a pasted image) enter through {@link #fromArgb} by the same rules.
 */
public final class ImageLoader {

    /** The default pixel limit: 64 megapixels (64 million pixels), a 9248x6936 photo; 768 MB as an RGB tensor. */
    public static final long DEFAULT_MAX_PIXELS = 64_000_000L;

    /** The most pixels any limit may allow: an RGB tensor must fit in one Java array. */
    public static final long LARGEST_MAX_PIXELS = (Integer.MAX_VALUE - 8) / 3;

    private final long maxPixels;

    /** A loader that opens images up to {@link #DEFAULT_MAX_PIXELS}. */
    public ImageLoader() {
        this(DEFAULT_MAX_PIXELS);
    }

    /** A loader that refuses images with more than {@code maxPixels} pixels (width * height). */
    public ImageLoader(long maxPixels) {
        if (maxPixels < 1 || maxPixels > LARGEST_MAX_PIXELS) {
            throw Refusal.of("image.limit", LARGEST_MAX_PIXELS, maxPixels);
        }
        this.maxPixels = maxPixels;
    }

    public long maxPixels() {
        return maxPixels;
    }

    /** Loads the image in {@code file}. */
    public Tensor load(Path file, ColorMode mode) throws ImageLoadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ImageLoadException(Sentence.of("image.folder", file));
        }
        if (!Files.exists(file)) {
            throw missing(file, null);
        }
        if (!Files.isReadable(file)) {
            throw notAllowed(file);
        }
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            return decode(in, name, mode);
        } catch (FileNotFoundException e) {
            // The file vanished or its permissions changed between the checks above and opening it.
            throw Files.exists(file) ? notAllowed(file) : missing(file, e);
        } catch (IOException e) {
            throw readFailed(name, e);
        }
    }

    /**
     * Loads an image from a stream, read to its end (not closed). {@code name} says what the image is in
     * messages, for example the file or resource name.
     */
    public Tensor load(InputStream in, String name, ColorMode mode) throws ImageLoadException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw readFailed(name, e);
        }
        return load(bytes, name, mode);
    }

    /** Loads an image from the bytes of an image file; {@code name} says what the image is in messages. */
    public Tensor load(byte[] bytes, String name, ColorMode mode) throws ImageLoadException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            return decode(in, name, mode);
        } catch (IOException e) {
            throw readFailed(name, e);
        }
    }

    /**
     * Pixels the user interface has already decoded (an image pasted from the clipboard, or image content dragged
     * from a web browser) as a tensor, by the same rules as an image file: transparent parts composited over white,
     * gray as BT.601 luma rounded as for files, and the same pixel limit.
     *
     * @param name   what the image is in messages, for example "the pasted image"
     * @param argb   width * height pixels row by row, each {@code 0xAARRGGBB} with alpha not premultiplied (JavaFX's
     *               {@code PixelFormat.getIntArgbInstance()}); read, never changed or kept
     * @throws ImageLoadException when the image has no pixels or more than the pixel limit
     */
    public Tensor fromArgb(String name, int width, int height, int[] argb, ColorMode mode) throws ImageLoadException {
        if (width < 1 || height < 1) {
            throw new ImageLoadException(Sentence.of("image.noPixels", name, width, height));
        }
        checkSize(name, width, height);
        if (argb.length != width * height) {
            throw Refusal.of("image.argbCount", width, height, width * height, argb.length);
        }
        // Wrapped, not copied: the default RGB model is ARGB packed in one int, non-premultiplied, as ImageIO
        // gives an RGBA PNG, so the converter takes the same path and gives the same numbers as for the file.
        DirectColorModel argbModel = (DirectColorModel) ColorModel.getRGBdefault();
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(argb, argb.length), width, height, width,
                argbModel.getMasks(), null);
        return RasterConverter.toTensor(new BufferedImage(argbModel, raster, false, null), mode);
    }

    private Tensor decode(ImageInputStream in, String name, ColorMode mode) throws IOException, ImageLoadException {
        ImageFormat format = ImageFormat.sniff(in);
        switch (format) {
            case EMPTY -> throw new ImageLoadException(Sentence.of("image.empty", name));
            case TEXT -> throw new ImageLoadException(Sentence.of("image.text", name));
            case UNKNOWN -> throw new ImageLoadException(Sentence.of("image.unknown", name));
            default -> {
                if (!format.readable()) {
                    throw new ImageLoadException(Sentence.of("image.unreadableFormat", name, format.displayName));
                }
            }
        }
        if (format == ImageFormat.JPEG && JpegHeader.componentCount(in) == 4) {
            throw new ImageLoadException(Sentence.of("image.cmyk", name));
        }
        int orientation = format == ImageFormat.JPEG ? JpegHeader.exifOrientation(in) : 1;
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        if (!readers.hasNext()) {
            throw new ImageLoadException(Sentence.of("image.noDecoder", format.displayName, name));
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkSize(name, width, height);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            // libjpeg reports missing data only as a warning ("Corrupt JPEG data: premature end of data segment",
            // "Premature end of JPEG file") and paints the rest gray. Other warnings, such as a missing end
            // marker after complete data, leave a good image and are ignored.
            if (warnings.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("premature end"))) {
                throw damaged(name, format, null);
            }
            return ExifOrientation.upright(RasterConverter.toTensor(image, mode), orientation);
        } catch (IOException | RuntimeException e) {
            // Decoders fail on cut-off or corrupt data with IIOException, EOFException, or runtime exceptions
            // thrown deep inside (index out of bounds on a bad GIF code table, for one).
            throw damaged(name, format, e);
        } catch (OutOfMemoryError e) {
            // The big arrays are unreachable once we are here, so the heap recovers; say what happened instead.
            throw new ImageLoadException(Sentence.of("image.memory", name), e);
        } finally {
            reader.dispose();
        }
    }

    private void checkSize(String name, int width, int height) throws ImageLoadException {
        long pixels = (long) width * height;
        if (width < 1 || height < 1) {
            throw new ImageLoadException(Sentence.of("image.badSize", name, width, height));
        }
        if (pixels > maxPixels) {
            throw new ImageLoadException(Sentence.of("image.tooLarge", name, width, height, pixelCount(pixels),
                    pixelCount(maxPixels), fittingSize(width, height)));
        }
    }

    /**
     * About the largest size with the same aspect ratio within the pixel limit: {@code w' = floor(w f)} with
     * {@code f = sqrt(maxPixels / (w h))}, kept within 1..maxPixels, and {@code h' = min(floor(h f),
     * floor(maxPixels / w'))}, at least 1, so that rounding never leaves it over the limit.
     */
    private String fittingSize(int width, int height) {
        double f = Math.sqrt((double) maxPixels / ((double) width * height));
        long w = Math.max(1, Math.min((long) Math.floor(width * f), maxPixels));
        long h = Math.max(1, Math.min((long) Math.floor(height * f), maxPixels / w));
        return w + "x" + h;
    }

    /** "300 megapixels", "12.3 megapixels" from a million pixels up; "400 pixels" below. */
    static Sentence pixelCount(long pixels) {
        if (pixels < 1_000_000) {
            return Sentence.of("image.pixels", pixels);
        }
        String mp = String.format(Locale.ROOT, "%.1f", pixels / 1e6);
        return Sentence.of("image.megapixels", mp.endsWith(".0") ? mp.substring(0, mp.length() - 2) : mp);
    }

    private static ImageLoadException damaged(String name, ImageFormat format, Exception cause) {
        // Decoders cannot tell a cut-off file from a corrupted one reliably, so one message covers both.
        return new ImageLoadException(Sentence.of("image.damaged", name, format.displayName), cause);
    }

    private static ImageLoadException missing(Path file, Exception cause) {
        return new ImageLoadException(Sentence.of("image.missing", file.toAbsolutePath()), cause);
    }

    private static ImageLoadException notAllowed(Path file) {
        return new ImageLoadException(Sentence.of("image.notAllowed", file.toAbsolutePath()));
    }

    private static ImageLoadException readFailed(String name, IOException e) {
        return new ImageLoadException(Sentence.of("image.readFailed", name, e.getMessage()), e);
    }
}

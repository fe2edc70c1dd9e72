package org.convscope.io;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.convscope.core.Refusal;
import org.convscope.core.Sentence;

/**
 * Writes an animated GIF frame by frame, so an animation of any length never lives in memory at once. Frames are
 * ARGB pixels (as a view's snapshot gives them), all of one size; each is shown for the same delay, and the
 * animation loops forever when asked to (the NETSCAPE2.0 extension that browsers and slide programs honour).
 *
 * <p>GIF stores delays in hundredths of a second, so the delay is rounded to 10 ms (at least 20 ms: most
 * viewers play shorter delays at 100 ms).
 *
 * <p>All frames share one global colour table, a {@link GifPalette} built as they come: exact when the frames use
 * at most 256 colours together, the most frequent colours exact and the others their nearest entry otherwise.
 * Frames go to ImageIO already indexed, so it never builds a palette of its own (which cost most of a frame's
 * time). The table is only complete after the last frame, so the header carries a placeholder of 256 entries that
 * {@link #close()} overwrites in place: it follows the 13 bytes of signature and logical screen descriptor
 * (GIF89a specification, sections 17 to 19).
 */
public final class GifWriter implements FrameSink {

    /** Shortest delay viewers play as written. */
    public static final int MIN_DELAY_MILLIS = 20;

    /** Where the global colour table starts: after "GIF89a" and the 7-byte logical screen descriptor. */
    static final int COLOUR_TABLE_OFFSET = 13;
    private static final int SCREEN_PACKED_OFFSET = 10;
    /** Global colour table present (bit 7), with 2^(7 + 1) = 256 entries (bits 0 to 2). */
    private static final int FULL_GLOBAL_TABLE = 0x87;
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";
    /**
     * The colour model every frame is handed to ImageIO with: 256 black entries, the same as the header's
     * placeholder, so ImageIO writes no local colour table; the frames' indices point into the real palette.
     */
    private static final IndexColorModel PLACEHOLDER = new IndexColorModel(8, GifPalette.SIZE,
            new byte[GifPalette.SIZE], new byte[GifPalette.SIZE], new byte[GifPalette.SIZE]);

    private final Path file;
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final ImageWriteParam param;
    private final int delayCentis;
    private final boolean loop;
    private final GifPalette palette = new GifPalette();
    private IIOMetadata laterFrames;
    private int width = -1;
    private int height = -1;
    private int frames;

    private GifWriter(Path file, ImageWriter writer, ImageOutputStream out, int delayCentis, boolean loop) {
        this.file = file;
        this.writer = writer;
        this.out = out;
        this.delayCentis = delayCentis;
        this.loop = loop;
        param = writer.getDefaultWriteParam();
        // Rows in order: interlacing (ImageIO's default) only helps pictures that arrive slowly over a network.
        param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
    }

    /**
     * Starts an animated GIF at {@code file}.
     *
     * @param delayMillis how long each frame is shown; rounded to 10 ms, at least {@link #MIN_DELAY_MILLIS}
     * @param loop        whether viewers repeat the animation forever
     * @throws IOException naming the file when its folder does not exist or it cannot be created
     */
    public static GifWriter open(Path file, int delayMillis, boolean loop) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw SaveException.noFolder(file, folder);
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new SaveException(Sentence.of("save.noGifWriter"));
        }
        ImageWriter writer = writers.next();
        Files.deleteIfExists(file);
        ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile());
        if (out == null) {
            throw new SaveException(Sentence.of("save.cannotCreate", file));
        }
        writer.setOutput(out);
        IIOMetadata stream = writer.getDefaultStreamMetadata(null);
        IIOMetadataNode root = (IIOMetadataNode) stream.getAsTree(STREAM_FORMAT);
        IIOMetadataNode table = new IIOMetadataNode("GlobalColorTable");
        table.setAttribute("sizeOfGlobalColorTable", Integer.toString(GifPalette.SIZE));
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < GifPalette.SIZE; i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", "0");
            entry.setAttribute("green", "0");
            entry.setAttribute("blue", "0");
            table.appendChild(entry);
        }
        root.appendChild(table);
        stream.setFromTree(STREAM_FORMAT, root);
        writer.prepareWriteSequence(stream);
        int centis = Math.max(MIN_DELAY_MILLIS, delayMillis) / 10;
        return new GifWriter(file, writer, out, centis, loop);
    }

    /**
     * Appends one frame.
     *
     * @param argb {@code width * height} pixels, row by row; alpha is ignored (frames are opaque)
     * @throws IllegalArgumentException when the frame's size differs from the first frame's
     */
    @Override
    public void addFrame(int width, int height, int[] argb) throws IOException {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw Refusal.of("save.framePixels", width, height, (long) width * height, argb.length);
        }
        if (frames == 0) {
            this.width = width;
            this.height = height;
        } else if (width != this.width || height != this.height) {
            throw Refusal.of("save.frameSize", this.width, this.height, width, height);
        }
        byte[] indices = new byte[width * height];
        palette.index(argb, indices);
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(indices, indices.length), width,
                height, width, 1, new int[] {0}, null);
        BufferedImage image = new BufferedImage(PLACEHOLDER, raster, false, null);
        writer.writeToSequence(new IIOImage(image, null, frameMetadata(image)), param);
        frames++;
    }

    /** The delay, disposal and, on the first frame, the loop; every later frame shares one. */
    private IIOMetadata frameMetadata(BufferedImage image) throws IIOInvalidTreeException {
        if (frames > 0 && laterFrames != null) {
            return laterFrames;
        }
        // The image's own colour model: createFromRenderedImage would give a stock indexed type with ImageIO's
        // default palette, which ImageIO would then write as a local colour table.
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
        describe(metadata, frames == 0 && loop);
        if (frames > 0) {
            laterFrames = metadata;
        }
        return metadata;
    }

    @Override
    public int frameCount() {
        return frames;
    }

    private void describe(IIOMetadata metadata, boolean addLoop) throws IIOInvalidTreeException {
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentis));
        control.setAttribute("transparentColorIndex", "0");
        if (addLoop) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode netscape = new IIOMetadataNode("ApplicationExtension");
            netscape.setAttribute("applicationID", "NETSCAPE");
            netscape.setAttribute("authenticationCode", "2.0");
            netscape.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            extensions.appendChild(netscape);
        }
        metadata.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    /**
     * Finishes the file.
     *
     * @throws IOException when no frame was added: an empty GIF is not an animation
     */
    @Override
    public void close() throws IOException {
        try {
            if (frames > 0) {
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
            out.close();
        }
        if (frames == 0) {
            Files.deleteIfExists(file);
            throw new SaveException(Sentence.of("save.noFrames", file));
        }
        writeColourTable();
    }

    /** Overwrites the header's placeholder with the palette the frames ended up with. */
    private void writeColourTable() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer packed = ByteBuffer.allocate(1);
            channel.read(packed, SCREEN_PACKED_OFFSET);
            if ((packed.get(0) & FULL_GLOBAL_TABLE) != FULL_GLOBAL_TABLE) {
                throw new IllegalStateException("ImageIO's GIF writer left out the 256-colour global table of "
                        + file + " (screen descriptor flags 0x" + Integer.toHexString(packed.get(0) & 0xFF) + ")");
            }
            ByteBuffer table = ByteBuffer.wrap(palette.colourTable());
            long at = COLOUR_TABLE_OFFSET;
            while (table.hasRemaining()) {
                at += channel.write(table, at);
            }
        }
    }
}

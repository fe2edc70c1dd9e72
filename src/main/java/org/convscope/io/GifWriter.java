package org.convscope.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Writes an animated GIF frame by frame, so an animation of any length never lives in memory at once. Frames are
 * ARGB pixels (as a view's snapshot gives them), all of one size; each is shown for the same delay, and the
 * animation loops forever when asked to (the NETSCAPE2.0 extension that browsers and slide programs honour).
 *
 * <p>GIF stores delays in hundredths of a second, so the delay is rounded to 10 ms (at least 20 ms: most
 * viewers play shorter delays at 100 ms).
 */
public final class GifWriter implements FrameSink {

    /** Shortest delay viewers play as written. */
    public static final int MIN_DELAY_MILLIS = 20;

    private final Path file;
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final int delayCentis;
    private final boolean loop;
    private int width = -1;
    private int height = -1;
    private int frames;

    private GifWriter(Path file, ImageWriter writer, ImageOutputStream out, int delayCentis, boolean loop) {
        this.file = file;
        this.writer = writer;
        this.out = out;
        this.delayCentis = delayCentis;
        this.loop = loop;
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
            throw new IOException("cannot save " + file + ": the folder " + folder + " does not exist");
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime cannot write GIF images");
        }
        ImageWriter writer = writers.next();
        Files.deleteIfExists(file);
        ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile());
        if (out == null) {
            throw new IOException("cannot create " + file);
        }
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
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
            throw new IllegalArgumentException("a " + width + "x" + height + " frame needs " + (long) width * height
                    + " pixels, not " + argb.length);
        }
        if (frames == 0) {
            this.width = width;
            this.height = height;
        } else if (width != this.width || height != this.height) {
            throw new IllegalArgumentException("every frame of an animation has the first frame's size "
                    + this.width + "x" + this.height + ", not " + width + "x" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                writer.getDefaultWriteParam());
        describe(metadata, frames == 0 && loop);
        writer.writeToSequence(new IIOImage(image, null, metadata), (ImageWriteParam) null);
        frames++;
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
            throw new IOException("no frame was written, so " + file + " was not saved");
        }
    }
}

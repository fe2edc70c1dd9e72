package org.convscope.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An animation as numbered PNG images in one folder: {@code frame-001.png}, {@code frame-002.png}, ..., for slide
 * programs and video tools that take an image sequence. Numbers have at least three digits, more when the
 * animation has 1000 frames or more, so that the names sort in frame order.
 *
 * <p>Frames of an earlier export into the same folder ({@code frame-<digits>.png}) are removed when a new one
 * starts, so that a shorter animation does not end with the old one's frames. Other files are left alone.
 */
public final class PngFrames implements FrameSink {

    private static final Pattern FRAME_NAME = Pattern.compile("frame-\\d+\\.png");

    private final Path folder;
    private final int total;
    private int width = -1;
    private int height = -1;
    private int frames;

    private PngFrames(Path folder, int total) {
        this.folder = folder;
        this.total = total;
    }

    /**
     * Starts a sequence of {@code total} frames in {@code folder}, creating the folder when its parent exists.
     *
     * @throws IOException naming the folder when it cannot be created or cleared of old frames
     */
    public static PngFrames open(Path folder, int total) throws IOException {
        if (total < 1) {
            throw new IllegalArgumentException("an animation has at least one frame, not " + total);
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("cannot save frames in " + folder + ": the folder " + parent + " does not exist");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("cannot save frames in " + folder + ": it is a file, not a folder");
        }
        Files.createDirectories(folder);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder,
                p -> FRAME_NAME.matcher(p.getFileName().toString()).matches())) {
            for (Path frame : old) {
                Files.delete(frame);
            }
        }
        return new PngFrames(folder, total);
    }

    /** The name of frame {@code number} (counted from 1) of an animation of {@code total} frames. */
    public static String frameName(int number, int total) {
        int digits = Math.max(3, Integer.toString(total).length());
        return String.format(Locale.ROOT, "frame-%0" + digits + "d.png", number);
    }

    /** The file of frame {@code number} (counted from 1). */
    private Path frameFile(int number) {
        return folder.resolve(frameName(number, total));
    }

    @Override
    public void addFrame(int width, int height, int[] argb) throws IOException {
        if (frames == total) {
            throw new IllegalArgumentException("this animation has " + total + " frames; frame " + (total + 1)
                    + " has no place in " + folder);
        }
        if (frames > 0 && (width != this.width || height != this.height)) {
            throw new IllegalArgumentException("every frame of an animation has the first frame's size "
                    + this.width + "x" + this.height + ", not " + width + "x" + height);
        }
        ImageSaver.writeArgb(width, height, argb, frameFile(frames + 1));
        this.width = width;
        this.height = height;
        frames++;
    }

    @Override
    public int frameCount() {
        return frames;
    }

    /** Nothing stays open between frames; an empty sequence is refused as {@link GifWriter} refuses one. */
    @Override
    public void close() throws IOException {
        if (frames == 0) {
            throw new IOException("no frame was written, so " + folder + " holds no animation");
        }
    }
}

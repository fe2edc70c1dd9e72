package org.convscope.io;

import java.util.Arrays;

/**
 * One palette of at most 256 colours for all the frames of an animated GIF, built as the frames come. A colour
 * gets an entry the first time a frame uses it, so when the frames use at most 256 colours together every frame is
 * stored exactly. When a frame brings more new colours than there are free entries, the free entries go to its
 * most frequent new colours (the popularity method: flat backgrounds, grid lines and the cores of letters) and
 * every other colour is shown as its nearest entry, by squared distance in RGB:
 * {@code d = (r1 - r2)^2 + (g1 - g2)^2 + (b1 - b2)^2}. Each colour is matched once and remembered, so a frame
 * costs two look-ups a pixel.
 */
final class GifPalette {

    /** The most entries a GIF colour table has. */
    static final int SIZE = 256;

    /** The entries, 0xRRGGBB, in the order they were given. */
    private final int[] colours = new int[SIZE];
    private int size;
    /** Every colour seen so far and its entry plus one (an exact entry, or the nearest once the palette was full). */
    private final ColourTable entries = new ColourTable();
    /** A frame's colours that have no entry yet, with their pixel counts. */
    private final ColourTable unseen = new ColourTable();

    /**
     * Gives every pixel of a frame its entry, adding the frame's new colours as described above.
     *
     * @param argb    the frame's pixels; alpha is ignored
     * @param indices where the entries go, one a pixel, as unsigned bytes
     */
    void index(int[] argb, byte[] indices) {
        unseen.clear();
        // Neighbouring pixels mostly share a colour: look a colour up once a run.
        int last = -1;
        boolean lastUnseen = false;
        for (int pixel : argb) {
            int rgb = pixel & 0xFFFFFF;
            if (rgb != last) {
                lastUnseen = entries.get(rgb) == 0;
                last = rgb;
            }
            if (lastUnseen) {
                unseen.add(rgb, 1);
            }
        }
        if (unseen.size() > 0) {
            admit();
        }
        last = -1;
        int entry = 0;
        for (int i = 0; i < argb.length; i++) {
            int rgb = argb[i] & 0xFFFFFF;
            if (rgb != last) {
                entry = entries.get(rgb) - 1;
                last = rgb;
            }
            indices[i] = (byte) entry;
        }
    }

    /** Gives the unseen colours entries: all of them when they fit, else the most frequent, the rest the nearest. */
    private void admit() {
        int[] fresh = unseen.keys();
        if (size + fresh.length > SIZE) {
            // Most frequent first; equal counts by colour, so that the palette does not depend on hashing.
            long[] byCount = new long[fresh.length];
            for (int i = 0; i < fresh.length; i++) {
                byCount[i] = (long) unseen.get(fresh[i]) << 24 | fresh[i];
            }
            Arrays.sort(byCount);
            for (int i = 0; i < fresh.length; i++) {
                fresh[i] = (int) (byCount[fresh.length - 1 - i] & 0xFFFFFF);
            }
        }
        int admitted = Math.min(fresh.length, SIZE - size);
        for (int i = 0; i < admitted; i++) {
            colours[size] = fresh[i];
            entries.add(fresh[i], size + 1);
            size++;
        }
        for (int i = admitted; i < fresh.length; i++) {
            entries.add(fresh[i], nearest(fresh[i]) + 1);
        }
    }

    private int nearest(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            int dr = (colours[i] >> 16 & 0xFF) - r;
            int dg = (colours[i] >> 8 & 0xFF) - g;
            int db = (colours[i] & 0xFF) - b;
            int distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /** The palette as a GIF colour table: {@value #SIZE} entries of red, green, blue; unused entries black. */
    byte[] colourTable() {
        byte[] table = new byte[3 * SIZE];
        for (int i = 0; i < size; i++) {
            table[3 * i] = (byte) (colours[i] >> 16);
            table[3 * i + 1] = (byte) (colours[i] >> 8);
            table[3 * i + 2] = (byte) colours[i];
        }
        return table;
    }

    /**
     * A map from 0xRRGGBB colours to positive numbers (0 meaning absent), open addressing with linear probing; it
     * grows to stay at most half full.
     */
    private static final class ColourTable {

        private static final int EMPTY = -1;
        private int[] keys = new int[1024];
        private int[] values = new int[1024];
        private int count;

        ColourTable() {
            Arrays.fill(keys, EMPTY);
        }

        /** The value of {@code rgb}, 0 when absent. */
        int get(int rgb) {
            int mask = keys.length - 1;
            for (int slot = hash(rgb) & mask; ; slot = slot + 1 & mask) {
                if (keys[slot] == rgb) {
                    return values[slot];
                }
                if (keys[slot] == EMPTY) {
                    return 0;
                }
            }
        }

        /** Adds {@code amount} to the value of {@code rgb}, which is 0 when absent. */
        void add(int rgb, int amount) {
            int mask = keys.length - 1;
            int slot = hash(rgb) & mask;
            while (keys[slot] != rgb && keys[slot] != EMPTY) {
                slot = slot + 1 & mask;
            }
            if (keys[slot] == EMPTY) {
                keys[slot] = rgb;
                count++;
            }
            values[slot] += amount;
            if (2 * count > keys.length) {
                grow();
            }
        }

        int size() {
            return count;
        }

        /** The colours present, in slot order. */
        int[] keys() {
            int[] present = new int[count];
            int n = 0;
            for (int key : keys) {
                if (key != EMPTY) {
                    present[n++] = key;
                }
            }
            return present;
        }

        void clear() {
            if (count > 0) {
                Arrays.fill(keys, EMPTY);
                Arrays.fill(values, 0);
                count = 0;
            }
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, EMPTY);
            count = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    add(oldKeys[i], oldValues[i]);
                }
            }
        }

        /** Spreads neighbouring colours over the table (a multiplicative hash's high bits). */
        private static int hash(int rgb) {
            int h = rgb * 0x9E3779B9;
            return h ^ h >>> 16;
        }
    }
}

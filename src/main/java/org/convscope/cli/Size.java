package org.convscope.cli;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A height and width as written on the command line: {@code 48} for 48x48, or {@code 48x64} for 48 rows and
 * 64 columns.
 */
record Size(int height, int width) {

    Size {
        if (height < 1 || width < 1) {
            throw new TypeConversionException("a size must be at least 1x1, not " + height + "x" + width);
        }
    }

    @Override
    public String toString() {
        return height + "x" + width;
    }

    /** Reads {@code N} or {@code HxW}. */
    static final class Converter implements ITypeConverter<Size> {
        @Override
        public Size convert(String text) {
            String[] parts = text.strip().toLowerCase(Locale.ROOT).split("x", -1);
            try {
                if (parts.length == 1) {
                    int n = Integer.parseInt(parts[0]);
                    return new Size(n, n);
                }
                if (parts.length == 2) {
                    return new Size(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new TypeConversionException("'" + text + "' is not a size: write N or HxW, e.g. 48 or 48x64");
        }
    }
}

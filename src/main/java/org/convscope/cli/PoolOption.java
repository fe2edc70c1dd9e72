package org.convscope.cli;

import java.util.Locale;

import org.convscope.core.Pooling;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --pool max:2}, {@code avg:3:2} (kind, window, optional stride; the stride defaults to the window). */
final class PoolOption {

    private PoolOption() {
    }

    static final class Converter implements ITypeConverter<Pooling> {
        @Override
        public Pooling convert(String text) {
            String[] parts = text.strip().toLowerCase(Locale.ROOT).split(":", -1);
            if (parts.length < 2 || parts.length > 3) {
                throw new TypeConversionException(usage(text));
            }
            int k;
            int s;
            try {
                k = Integer.parseInt(parts[1]);
                s = parts.length == 3 ? Integer.parseInt(parts[2]) : k;
            } catch (NumberFormatException e) {
                throw new TypeConversionException(usage(text));
            }
            try {
                return switch (parts[0]) {
                    case "max" -> Pooling.max(k, s);
                    case "avg", "average" -> Pooling.average(k, s);
                    default -> throw new TypeConversionException(usage(text));
                };
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        private static String usage(String text) {
            return "'" + text + "' is not a pooling: write max:K or avg:K, optionally with a stride, e.g. max:2 or"
                    + " avg:3:2";
        }
    }
}

package org.convscope.viewmodel.lab;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The lab's own visible strings, looked up by key in the view's bundle ({@code lab.*}) with arguments filled in,
 * as {@code I18n.format} does. Numbers arrive already formatted (Locale.ROOT), so the text is the same in every
 * language. Sentences from the core and io (a kernel that does not fit, a damaged file) come from
 * {@link org.convscope.viewmodel.Sentences}, in the language of the window.
 */
@FunctionalInterface
public interface LabMessages {

    /** The message for {@code key} with {@code {0}}, {@code {1}}, ... replaced by {@code args}. */
    String text(String key, Object... args);

    /** The key followed by its arguments, "lab.status.run[im2col + Java GEMM, 12.5, 3.1]": for tests. */
    static LabMessages keys() {
        return (key, args) -> args.length == 0 ? key
                : key + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}

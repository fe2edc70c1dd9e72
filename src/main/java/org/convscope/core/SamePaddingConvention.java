package org.convscope.core;

/**
 * Where "same" padding puts the extra row or column when the total padding is odd (an even kernel):
 * the frameworks disagree, so the choice is explicit and the UI can compare the two.
 */
public enum SamePaddingConvention {
    /** The extra cell goes to the bottom and right, as in TensorFlow's and PyTorch's "same". */
    EXTRA_AFTER,
    /** The extra cell goes to the top and left. */
    EXTRA_BEFORE
}

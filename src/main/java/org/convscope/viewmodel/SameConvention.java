package org.convscope.viewmodel;

/**
 * Where "same" padding puts the extra row or column of an odd total (an even kernel). The view shows both, so it
 * names them itself rather than reaching into the core's enum.
 */
public enum SameConvention {
    /** The extra cell goes to the bottom and right, as in TensorFlow and PyTorch. */
    EXTRA_AFTER,
    /** The extra cell goes to the top and left. */
    EXTRA_BEFORE;

    /** The other convention, shown for comparison. */
    public SameConvention other() {
        return this == EXTRA_AFTER ? EXTRA_BEFORE : EXTRA_AFTER;
    }
}

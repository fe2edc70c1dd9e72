package org.convscope.viewmodel;

/** How the sliding-kernel view chooses its padding: one of the three presets, or a number of cells per side. */
public enum PaddingPreset {
    /** No padding: the kernel stays inside the input. */
    VALID,
    /** Keeps ceil(n / s) output cells per axis; an odd total is split by a {@link SameConvention}. */
    SAME,
    /** d(k-1) cells on every side: every window that touches the input at all. */
    FULL,
    /** The cells per side set by hand. */
    EXPLICIT
}

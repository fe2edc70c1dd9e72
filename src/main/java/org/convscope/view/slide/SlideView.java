package org.convscope.view.slide;

import org.convscope.view.I18n;
import org.convscope.view.PlaceholderView;

/** Sliding kernel: a kernel moving over an input, one output cell per step. Placeholder for now: title and description only. */
public final class SlideView extends PlaceholderView {

    public SlideView(I18n i18n) {
        super(i18n, "slide");
    }
}

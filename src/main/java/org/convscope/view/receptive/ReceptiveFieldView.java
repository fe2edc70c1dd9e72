package org.convscope.view.receptive;

import org.convscope.view.I18n;
import org.convscope.view.PlaceholderView;

/** Receptive field: the input pixels that one output pixel of a deeper layer depends on. Placeholder for now: title and description only. */
public final class ReceptiveFieldView extends PlaceholderView {

    public ReceptiveFieldView(I18n i18n) {
        super(i18n, "receptive");
    }
}

package org.convscope.view.arch;

import org.convscope.view.I18n;
import org.convscope.view.PlaceholderView;

/** Architectures: known networks layer by layer, with output shapes, parameters and FLOPs. Placeholder for now: title and description only. */
public final class ArchitecturesView extends PlaceholderView {

    public ArchitecturesView(I18n i18n) {
        super(i18n, "arch");
    }
}

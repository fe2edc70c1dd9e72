package org.convscope.view.lab;

import org.convscope.view.I18n;
import org.convscope.view.PlaceholderView;

/** Image lab: real convolutions, pooling and activations on a real image. Placeholder for now: title and description only. */
public final class ImageLabView extends PlaceholderView {

    public ImageLabView(I18n i18n) {
        super(i18n, "lab");
    }
}

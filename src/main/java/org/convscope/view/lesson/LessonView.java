package org.convscope.view.lesson;

import org.convscope.view.I18n;
import org.convscope.view.PlaceholderView;

/** Lesson: a guided walk through convolution for the classroom. Placeholder for now: title and description only. */
public final class LessonView extends PlaceholderView {

    public LessonView(I18n i18n) {
        super(i18n, "lesson");
    }
}

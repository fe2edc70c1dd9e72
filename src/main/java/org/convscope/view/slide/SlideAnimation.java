package org.convscope.view.slide;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import org.convscope.viewmodel.SlideViewModel;

/** The timer of the sliding-kernel view. The step itself lives in the view-model; this only ticks it. */
final class SlideAnimation {

    /** Time per step at 1x: long enough to read a short sum aloud; 8x gives 10 steps a second. */
    static final Duration STEP_AT_1X = Duration.millis(800);

    private SlideAnimation() {
    }

    /**
     * An unplayed timeline that calls {@link SlideViewModel#advance()} once per step, forever, at the view-model's
     * speed (its rate follows the speed). The caller plays and pauses it.
     */
    static Timeline playback(SlideViewModel viewModel) {
        Timeline timeline = new Timeline(new KeyFrame(STEP_AT_1X, e -> viewModel.advance()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.rateProperty().bind(viewModel.speedProperty());
        return timeline;
    }
}

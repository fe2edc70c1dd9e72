package org.convscope.viewmodel.lesson;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.convscope.viewmodel.MainViewModel;
import org.convscope.viewmodel.Section;

/**
 * The guided lesson: its steps, the step it is at, and whether it runs. Going to a step sets up the view the step
 * opens, through that view's {@link LessonTarget}, and shows it in the main window; the learner can then change
 * anything, and {@link #resetStep()} brings the step's setting back.
 */
public final class LessonViewModel {

    private final List<LessonStep> steps;
    private final MainViewModel main;
    private final Map<Section, LessonTarget> targets;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ReadOnlyObjectWrapper<LessonStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final BooleanBinding canGoBack = index.greaterThan(0);
    private final BooleanBinding canGoForward;
    private final IntegerBinding stepNumber = Bindings.createIntegerBinding(() -> index.get() + 1, index);

    /**
     * @param main    the main window's view-model: the lesson shows each step's view there
     * @param targets the view-model of every view a step opens
     * @throws IllegalArgumentException when a step opens a view that has no target
     */
    public LessonViewModel(LessonScript script, MainViewModel main, Map<Section, LessonTarget> targets) {
        this.steps = script.steps();
        this.main = main;
        this.targets = new EnumMap<>(targets);
        for (LessonStep s : steps) {
            if (!this.targets.containsKey(s.view())) {
                throw new IllegalArgumentException("step [" + s.id() + "] on line " + s.line() + " opens the "
                        + s.view().key() + " view, which a lesson cannot set up; the lesson can open "
                        + String.join(", ", this.targets.keySet().stream().map(Section::key).toList()));
            }
        }
        canGoForward = index.lessThan(steps.size() - 1);
        step.set(steps.get(0));
    }

    /** The steps, in order. */
    public List<LessonStep> steps() {
        return steps;
    }

    /** The step the lesson is at, from 0; kept while the lesson is closed, so it can continue there. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int getIndex() {
        return index.get();
    }

    public ReadOnlyObjectProperty<LessonStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public LessonStep getStep() {
        return step.get();
    }

    /** Whether the lesson runs: its panel is shown beside the views. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public BooleanBinding canGoBackBinding() {
        return canGoBack;
    }

    public BooleanBinding canGoForwardBinding() {
        return canGoForward;
    }

    /** The step's number from 1, as the panel counts ("step 3 of 11"). */
    public IntegerBinding stepNumberBinding() {
        return stepNumber;
    }

    /** Runs the lesson from the step it is at (the first one at the start). */
    public void start() {
        goTo(getIndex());
    }

    /**
     * Goes to step {@code i} (from 0): sets up its view with the step's settings and shows that view.
     *
     * @throws IllegalArgumentException when there is no such step
     */
    public void goTo(int i) {
        if (i < 0 || i >= steps.size()) {
            throw new IllegalArgumentException("the lesson has steps 1 to " + steps.size() + ", not " + (i + 1));
        }
        index.set(i);
        step.set(steps.get(i));
        resetStep();
        running.set(true);
    }

    /** The next step; nothing after the last one. */
    public void next() {
        if (canGoForward.get()) {
            goTo(getIndex() + 1);
        }
    }

    /** The previous step; nothing before the first one. */
    public void previous() {
        if (canGoBack.get()) {
            goTo(getIndex() - 1);
        }
    }

    /** Brings back the current step's setting after the learner changed it, and shows its view again. */
    public void resetStep() {
        LessonStep current = getStep();
        targets.get(current.view()).apply(current.settings());
        main.showSection(current.view());
    }

    /** Closes the lesson's panel; the views keep what they show, and {@link #start()} continues at the same step. */
    public void stop() {
        running.set(false);
    }
}

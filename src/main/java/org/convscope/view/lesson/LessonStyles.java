package org.convscope.view.lesson;

/** Style classes of the guided lesson, in the block headed "guided lesson" of app.css. */
final class LessonStyles {

    /* The lesson's page: the overview of the steps. */
    static final String VIEW = "lesson-view";
    static final String INTRO = "lesson-intro";
    static final String START = "lesson-start";
    static final String KEYS = "lesson-keys";
    static final String OUTLINE = "lesson-outline";
    static final String OUTLINE_STEP = "lesson-outline-step";
    static final String STEP_NUMBER = "lesson-step-number";
    static final String STEP_TITLE = "lesson-step-title";
    static final String STEP_VIEW = "lesson-step-view";
    /** The step the lesson is at, in the overview and in the panel's list. */
    static final String CURRENT = "lesson-current";

    /* The side panel beside the view a step opens. */
    static final String PANEL = "lesson-panel";
    static final String COUNTER = "lesson-counter";
    static final String TITLE = "lesson-title";
    static final String BODY = "lesson-body";
    static final String BODY_SCROLL = "lesson-body-scroll";
    static final String BUTTONS = "lesson-buttons";
    static final String STEPS_CAPTION = "lesson-steps-caption";
    static final String STEP_LIST = "lesson-step-list";
    static final String LIST_STEP = "lesson-list-step";

    private LessonStyles() {
    }
}

package org.convscope.viewmodel.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.convscope.viewmodel.Section;
import org.junit.jupiter.api.Test;

/** The lesson's script: the shipped one in the note's order, and plain messages naming the line for broken ones. */
class LessonScriptTest {

    @Test
    void theShippedLessonFollowsTheNote() {
        List<LessonStep> steps = LessonScript.load().steps();
        // The order of the note, as issue 7 lists it.
        assertEquals(List.of("fc-vs-conv", "output-width", "odd-kernels", "even-kernels", "one-by-one", "alexnet",
                "five-vs-three", "relu", "inception", "resnet", "densenet"),
                steps.stream().map(LessonStep::id).toList());
        assertEquals(List.of(Section.ARCH, Section.SLIDE, Section.SLIDE, Section.SLIDE, Section.ARCH, Section.ARCH,
                Section.RECEPTIVE, Section.ARCH, Section.ARCH, Section.ARCH, Section.ARCH),
                steps.stream().map(LessonStep::view).toList());
        LessonStep outputWidth = steps.get(1);
        assertEquals(Map.of("input", "7x7", "kernel", "3x3", "stride", "1", "padding", "valid"),
                outputWidth.settings());
        assertEquals("lesson.output-width.title", outputWidth.titleKey());
        assertEquals("lesson.output-width.body", outputWidth.bodyKey());
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndSettingsKeepTheirOrder() {
        LessonScript script = LessonScript.parse("""
                # a lesson
                [first]
                  view = slide

                  kernel = 3x3
                  input = 5 x 5
                [second]
                view=receptive
                """, "test.txt");
        assertEquals(2, script.steps().size());
        LessonStep first = script.steps().get(0);
        assertEquals(List.of("kernel", "input"), List.copyOf(first.settings().keySet()));
        assertEquals("5 x 5", first.settings().get("input"));
        assertEquals(2, first.line());
        assertEquals(Section.RECEPTIVE, script.steps().get(1).view());
        assertEquals(Map.of(), script.steps().get(1).settings());
    }

    @Test
    void aLineThatIsNotASettingIsNamed() {
        assertMessage("test.txt, line 3: 'kernel 3x3' is not a setting: write key = value, e.g. kernel = 3x3",
                "[a]\nview = slide\nkernel 3x3\n");
    }

    @Test
    void aSettingBeforeTheFirstStepIsNamed() {
        assertMessage("test.txt, line 2: 'view = slide' comes before the first step: start a step with [step-id]"
                + " above it", "# x\nview = slide\n[a]\n");
    }

    @Test
    void aStepWithoutAViewSaysWhichViewsThereAre() {
        assertMessage("test.txt, line 1: step [a] does not say which view it opens: add view = slide, receptive,"
                + " lab or arch", "[a]\nkernel = 3x3\n[b]\nview = slide\n");
    }

    @Test
    void anUnknownViewIsNamed() {
        assertMessage("test.txt, line 1: step [a] opens 'slid', which is not a view: the views are slide, receptive,"
                + " lab, arch", "[a]\nview = slid\n");
        assertMessage("test.txt, line 1: step [a] opens 'lesson', which is not a view: the views are slide,"
                + " receptive, lab, arch", "[a]\nview = lesson\n");
    }

    @Test
    void repeatedIdsAndKeysNameBothLines() {
        assertMessage("test.txt, line 3: step [a] is already on line 1: give each step its own id",
                "[a]\nview = slide\n[a]\nview = arch\n");
        assertMessage("test.txt, line 4: kernel is already set on line 3 of step [a]: keep one of the two",
                "[a]\nview = slide\nkernel = 3x3\nkernel = 5x5\n");
    }

    @Test
    void badIdsKeysAndEmptyValuesAreExplained() {
        assertMessage("test.txt, line 1: a step's id is lower-case words joined by hyphens, such as [output-width],"
                + " not [Output Width]", "[Output Width]\nview = slide\n");
        assertMessage("test.txt, line 1: '[a' starts a step but does not end with ]: write [step-id]", "[a\n");
        assertMessage("test.txt, line 2: a setting's name is lower-case words joined by hyphens, such as"
                + " growth-rate, not 'Growth rate'", "[a]\nGrowth rate = 32\n");
        assertMessage("test.txt, line 2: kernel has no value: write kernel = something, or leave the line out",
                "[a]\nkernel =\n");
        assertMessage("test.txt has no steps: start one with [step-id] and view = slide", "# nothing\n\n");
    }

    private static void assertMessage(String expected, String script) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LessonScript.parse(script, "test.txt"));
        assertEquals(expected, e.getMessage());
    }
}

package org.convscope.app;

import static org.convscope.app.LessonAppTest.assertNavSelected;
import static org.convscope.app.LessonAppTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.convscope.io.SampleImages;
import org.convscope.viewmodel.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The guided lesson in Korean: the page, the panel and the view a step opens all speak Korean. */
@ExtendWith(ApplicationExtension.class)
class LessonAppKoreanTest {

    @Start
    void start(Stage stage) {
        ConvScopeApp.show(stage, new AppOptions(Locale.KOREAN, SampleImages.find("camera"), Section.LESSON),
                () -> "테스트 엔진");
        // A projector's window, whatever size the shared test stage had before.
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void aStepOpensItsViewWithItsKoreanTextBesideIt(FxRobot robot) {
        assertEquals("수업 시작", text(robot, "#lessonStart"));
        robot.clickOn("#lessonOutline-one-by-one");
        assertNavSelected(robot, "arch");
        assertEquals("11단계 중 5단계", text(robot, "#lessonCounter"));
        assertEquals("1 × 1 합성곱으로 채널 줄이기", text(robot, "#lessonStepTitle"));
        assertEquals("1\u00a0×\u00a01 합성곱으로 채널 줄이기",
                robot.lookup("#lessonStepTitle").queryAs(Labeled.class).getText(), "1 × 1 may break over two lines");
        assertTrue(text(robot, "#lessonStepBody").startsWith("1 × 1 합성곱은 픽셀 하나만 보지만 그 픽셀의 모든 채널을"
                + " 봅니다."), text(robot, "#lessonStepBody"));
        assertEquals("1×1 합성곱", text(robot, "#topic-onebyone"));
        assertEquals("294,912", text(robot, "#obbKxkWeights"));
        assertEquals("다음", text(robot, "#lessonNext"));
        assertEquals("이 단계 되돌리기", text(robot, "#lessonReset"));
    }

    @Test
    void theWholePanelStaysInAProjectorsWindowBesideTheSlidingKernelView(FxRobot robot) {
        robot.clickOn("#lessonOutline-even-kernels");
        assertNavSelected(robot, "slide");
        Node panel = robot.lookup("#lessonPanel").query();
        Bounds next = robot.lookup("#lessonNext").query().localToScene(
                robot.lookup("#lessonNext").query().getBoundsInLocal());
        double sceneWidth = panel.getScene().getWidth();
        assertTrue(sceneWidth <= 1280, "the headless screen is a projector's, not " + sceneWidth);
        assertTrue(next.getMaxX() <= sceneWidth, "Next ends at " + next.getMaxX() + " of " + sceneWidth);
        assertTrue(robot.lookup("#lessonStepBody").query().getBoundsInLocal().getHeight() > 150,
                "the explanation is squeezed");
    }
}

package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.convscope.io.SampleImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shell in Korean, as {@code --lang ko} or a Korean system opens it. */
@ExtendWith(ApplicationExtension.class)
class ConvScopeAppKoreanTest {

    private final Locale display = Locale.getDefault(Locale.Category.DISPLAY);

    @AfterEach
    void restoreDisplayLanguage() {
        // show() sets the display language for the view-models; later test classes expect the JVM's own.
        Locale.setDefault(Locale.Category.DISPLAY, display);
    }

    @Start
    void start(Stage stage) {
        ConvScopeApp.show(stage, new AppOptions(Locale.KOREAN, SampleImages.find("camera")), () -> "테스트 엔진");
    }

    @Test
    void navigationAndTextsAreKorean(FxRobot robot) throws TimeoutException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("slide", "커널 슬라이딩");
        expected.put("receptive", "수용 영역");
        expected.put("lab", "이미지 실험실");
        expected.put("arch", "신경망 구조");
        expected.put("lesson", "수업");
        expected.forEach((view, name) ->
                assertEquals(name, robot.lookup("#nav-" + view + " .nav-name").queryAs(Label.class).getText()));
        assertEquals("커널 슬라이딩", robot.lookup("#slideTitle").queryAs(Label.class).getText());
        assertEquals("512 × 512 픽셀", robot.lookup("#sampleSize").queryAs(Label.class).getText());
        ConvScopeAppTest.assertEngineStatus(robot, "테스트 엔진");
    }
}

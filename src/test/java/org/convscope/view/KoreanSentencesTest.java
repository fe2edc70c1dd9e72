package org.convscope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.convscope.view.lab.ImageLabView;
import org.convscope.view.receptive.ReceptiveFieldView;
import org.convscope.view.slide.SlideView;
import org.convscope.viewmodel.SlideViewModel;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.InMemoryRecentFiles;
import org.convscope.viewmodel.lab.LabEngine;
import org.convscope.viewmodel.lab.SlidePatchRequest;
import org.convscope.viewmodel.receptive.ReceptiveFieldViewModel;
import org.convscope.viewmodel.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The core's and io's refusals as a Korean window shows them: the sentence of the core's Korean bundle, written
 * out here by hand, where the English window shows the English one.
 */
@ExtendWith(ApplicationExtension.class)
class KoreanSentencesTest {

    private static final I18n KOREAN = new I18n(Locale.KOREAN);
    private final Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void koreanWindow() {
        // What ConvScopeApp.show does for --lang ko.
        Locale.setDefault(Locale.Category.DISPLAY, Locale.KOREAN);
    }

    @AfterEach
    void restoreDisplayLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, display);
    }

    private void show(FxRobot robot, Parent root) {
        robot.interact(() -> {
            Scene scene = new Scene(root, 1260, 780);
            scene.getStylesheets().add(Resources.externalForm(KoreanSentencesTest.class, Styles.APP_STYLESHEET));
            stage.setScene(scene);
            stage.sizeToScene();
            stage.show();
        });
    }

    private static String shown(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        assertTrue(label.isVisible(), id + " is shown");
        assertFalse(VisibleTexts.englishPhrase(label.getText()).isPresent(), label.getText());
        return label.getText();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(KoreanSentencesTest.class.getResource(
                    "/org/convscope/fixtures/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSlidingViewSaysInKoreanWhyTheLabsPatchDoesNotFit(FxRobot robot) {
        SlideViewModel model = new SlideViewModel(7L);
        show(robot, new SlideView(model, KOREAN));

        // A 3x3 kernel with dilation 3 spans 7x7 cells, more than the 5x5 patch it is sent with.
        robot.interact(() -> model.openPatch(new SlidePatchRequest(1, 5, 5, new float[25], 3, 3, new float[9], 1, 3,
                0, 0)));

        assertEquals("팽창 3인 3x3 커널은 7x7 영역에 걸쳐 있어 5x5 입력 안에 들어가지 않습니다. 커널이나 팽창을 줄이거나"
                + " 패딩을 늘리세요", shown(robot, "#errorMessage"));

        robot.interact(() -> model.openPatch(new SlidePatchRequest(1, 5, 5, new float[25], 3, 3, new float[9], 9, 1,
                0, 0)));
        assertEquals("커널 슬라이딩 화면은 스트라이드 1부터 8까지만 보여 줍니다. 지금은 9이니 이미지 실험실에서 이 픽셀을"
                + " 살펴보거나 그곳에서 스트라이드를 줄이세요", shown(robot, "#errorMessage"));
    }

    @Test
    void theReceptiveFieldViewSaysInKoreanWhichLayerDoesNotFit(FxRobot robot) {
        ReceptiveFieldViewModel model = new ReceptiveFieldViewModel();
        show(robot, new ReceptiveFieldView(KOREAN, model));

        robot.interact(() -> model.stackB().setStackText("conv50"));

        assertEquals("1번째 층(conv50), 입력 48x48: 50x50 커널은 48x48 입력 안에 들어가지 않습니다. 커널이나 팽창을"
                + " 줄이거나 패딩을 늘리세요", model.stackB().errorProperty().get());

        robot.interact(() -> model.stackB().setStackText("conv3,pool2x"));
        assertEquals("2번째 층 'pool2x': 'x'은(는) 쓸 수 있는 옵션이 아닙니다. s<스트라이드>, p<패딩>, d<팽창>을 쓰세요"
                + " (예: conv3s2p1)", model.stackB().errorProperty().get());
    }

    @Test
    void theImageLabSaysInKoreanWhyAFileIsNotAnImage(FxRobot robot) {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        ImageLabViewModel model = new ImageLabViewModel(executor, LabEngine.javaEngine(), new InMemoryRecentFiles(),
                KOREAN::format);
        show(robot, new ImageLabView(model, KOREAN));

        robot.interact(() -> {
            model.openSample("camera");
            model.addLibraryKernel("sobel-x");
            executor.runDelayed();
            model.openFile(fixture("not-an-image.png"));
        });

        assertEquals("not-an-image.png에는 이미지가 아니라 텍스트가 들어 있습니다(텍스트 파일의 이름만 바꾼 것일 수"
                + " 있습니다). PNG, JPEG, BMP, GIF 이미지를 고르세요", shown(robot, "#labError"));

        robot.interact(() -> model.addLibraryKernel("gaussian:4"));
        assertEquals("가우시안 커널은 중심이 있어야 하므로 크기가 홀수여야 합니다. 4은(는) 짝수이니 5을(를) 써 보세요",
                shown(robot, "#labError"));
    }
}

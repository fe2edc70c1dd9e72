package org.convscope.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The walk reads what the controls open, closed as they are: menus, context menus, combo and choice box lists. */
@ExtendWith(ApplicationExtension.class)
class VisiblePopUpTextsTest {

    private VBox root;

    @Start
    void start(Stage stage) {
        MenuButton menu = new MenuButton("내보내기", null, new MenuItem("PNG 1x"),
                new Menu("더 보기", null, new MenuItem("GIF 애니메이션")));
        Label label = new Label("레이블");
        label.setContextMenu(new ContextMenu(new MenuItem("복사")));
        ComboBox<Integer> cells = new ComboBox<>(FXCollections.observableArrayList(1, 2));
        cells.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "특징 맵 " + item);
            }
        });
        ChoiceBox<Boolean> kinds = new ChoiceBox<>(FXCollections.observableArrayList(true, false));
        kinds.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean conv) {
                return conv == null ? "" : conv ? "합성곱" : "풀링";
            }

            @Override
            public Boolean fromString(String text) {
                return "합성곱".equals(text);
            }
        });
        root = new VBox(menu, label, cells, kinds);
        stage.setScene(new Scene(root));
        stage.show();
    }

    @Test
    void menuItemsContextMenusAndListItemsAreRead(FxRobot robot) throws Exception {
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> VisibleTexts.of(root)).get();
        assertEquals(List.of("내보내기", "PNG 1x", "더 보기", "GIF 애니메이션", "레이블", "복사", "특징 맵 1", "특징 맵 2",
                "합성곱", "풀링"), texts.stream().filter(t -> !t.isEmpty()).distinct().toList());
    }
}

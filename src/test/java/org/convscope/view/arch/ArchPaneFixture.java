package org.convscope.view.arch;

import java.util.Locale;

import javafx.scene.control.Label;

import org.convscope.view.I18n;
import org.testfx.api.FxRobot;

/** What the architecture panes' tests share: the English messages and a label's text. */
final class ArchPaneFixture {

    static final I18n ENGLISH = new I18n(Locale.ENGLISH);

    private ArchPaneFixture() {
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}

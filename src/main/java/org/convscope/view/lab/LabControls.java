package org.convscope.view.lab;

import javafx.scene.control.Label;

import org.convscope.view.I18n;

/** The lab's settings panels' section titles. */
final class LabControls {

    private LabControls() {
    }

    static Label sectionTitle(I18n i18n, String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add(LabStyles.SECTION_TITLE);
        return label;
    }
}

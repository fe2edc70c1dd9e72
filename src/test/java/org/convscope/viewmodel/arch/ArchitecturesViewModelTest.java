package org.convscope.viewmodel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArchitecturesViewModelTest {

    @Test
    void startsOnOneByOneAndStepsThroughTheTopicsInTheNotesOrderWrappingAround() {
        ArchitecturesViewModel model = new ArchitecturesViewModel();
        List<ArchTopic> seen = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            seen.add(model.getTopic());
            model.nextTopic();
        }
        assertEquals(List.of(ArchTopic.ONE_BY_ONE, ArchTopic.FULLY_CONNECTED, ArchTopic.ALEXNET, ArchTopic.RELU,
                ArchTopic.INCEPTION, ArchTopic.RESNET, ArchTopic.DENSENET, ArchTopic.TABLES, ArchTopic.ONE_BY_ONE),
                seen);

        model.showTopic(ArchTopic.ONE_BY_ONE);
        model.previousTopic();
        assertEquals(ArchTopic.TABLES, model.getTopic());
        model.previousTopic();
        assertEquals(ArchTopic.DENSENET, model.getTopic());
    }

    @Test
    void keysAreTheMessageAndIdNames() {
        List<String> keys = new ArrayList<>();
        for (ArchTopic topic : ArchTopic.values()) {
            keys.add(topic.key());
        }
        assertEquals(List.of("onebyone", "fc", "alexnet", "relu", "inception", "resnet", "densenet", "tables"), keys);
    }

    @Test
    void noTopicIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ArchitecturesViewModel().showTopic(null));
    }
}

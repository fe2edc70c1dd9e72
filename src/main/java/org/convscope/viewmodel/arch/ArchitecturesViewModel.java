package org.convscope.viewmodel.arch;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The architectures view's state: which topic is shown. Starts on the first topic, 1x1 convolutions. */
public final class ArchitecturesViewModel {

    private final ReadOnlyObjectWrapper<ArchTopic> topic =
            new ReadOnlyObjectWrapper<>(this, "topic", ArchTopic.values()[0]);

    public ReadOnlyObjectProperty<ArchTopic> topicProperty() {
        return topic.getReadOnlyProperty();
    }

    public ArchTopic getTopic() {
        return topic.get();
    }

    public void showTopic(ArchTopic shown) {
        if (shown == null) {
            throw new IllegalArgumentException("a topic to show is needed");
        }
        topic.set(shown);
    }

    /** The next topic in the bar, wrapping from the last to the first. */
    public void nextTopic() {
        step(1);
    }

    /** The previous topic in the bar, wrapping from the first to the last. */
    public void previousTopic() {
        step(-1);
    }

    private void step(int by) {
        ArchTopic[] topics = ArchTopic.values();
        topic.set(topics[Math.floorMod(topic.get().ordinal() + by, topics.length)]);
    }
}

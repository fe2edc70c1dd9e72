package org.convscope.viewmodel.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Recent files survive in java.util.prefs: a second store on the same node reads what the first saved. */
class PreferencesRecentFilesTest {

    private final Preferences node = Preferences.userRoot().node("org/convscope/test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void savedFilesAreReadBackInOrderAndAShorterListReplacesALongerOne() {
        List<Path> three = List.of(Path.of("/photos/b.png"), Path.of("/photos/a b.jpg"), Path.of("/c.png"));
        new PreferencesRecentFiles(node).save(three);
        assertEquals(three, new PreferencesRecentFiles(node).load());

        new PreferencesRecentFiles(node).save(List.of(Path.of("/only.png")));
        assertEquals(List.of(Path.of("/only.png")), new PreferencesRecentFiles(node).load());
    }

    @Test
    void anEmptyNodeHasNoRecentFiles() {
        assertEquals(List.of(), new PreferencesRecentFiles(node).load());
    }
}

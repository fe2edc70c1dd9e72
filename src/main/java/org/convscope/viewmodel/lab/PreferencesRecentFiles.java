package org.convscope.viewmodel.lab;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Recent files in java.util.prefs (the user's registry or ~/.java on Linux), as keys {@code file.0},
 * {@code file.1}, ... of one preferences node. A store that cannot be written is logged and ignored: forgetting
 * the list is no reason to stop someone working.
 */
public final class PreferencesRecentFiles implements RecentFiles {

    private static final Logger LOG = Logger.getLogger(PreferencesRecentFiles.class.getName());
    private static final String KEY = "file.";

    private final Preferences node;

    /** The app's node: {@code /org/convscope/lab/recent} in the user's preferences. */
    public PreferencesRecentFiles() {
        this(Preferences.userRoot().node("org/convscope/lab/recent"));
    }

    /** A store in {@code node}, whose {@code file.N} keys it owns. */
    public PreferencesRecentFiles(Preferences node) {
        this.node = node;
    }

    @Override
    public List<Path> load() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; ; i++) {
            String value = node.get(KEY + i, null);
            if (value == null) {
                return files;
            }
            try {
                files.add(Path.of(value));
            } catch (InvalidPathException e) {
                // a list written on another system; skip the entry that does not fit this one
                LOG.log(Level.FINE, "skipping recent file " + value, e);
            }
        }
    }

    @Override
    public void save(List<Path> files) {
        try {
            for (String key : node.keys()) {
                if (key.startsWith(KEY)) {
                    node.remove(key);
                }
            }
            for (int i = 0; i < files.size(); i++) {
                node.put(KEY + i, files.get(i).toString());
            }
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(Level.WARNING, "the recent files could not be saved", e);
        }
    }
}

package org.convscope.viewmodel.settings;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Settings in java.util.prefs (the registry on Windows, ~/.java on Linux, a plist on macOS). A store that
 * cannot be written is logged and ignored: losing the zoom is no reason to stop a lesson.
 */
public final class PreferencesSettingsStore implements SettingsStore {

    private static final Logger LOG = Logger.getLogger(PreferencesSettingsStore.class.getName());

    private final Preferences node;

    /** The app's node: {@code /org/convscope/settings} in the user's preferences. */
    public PreferencesSettingsStore() {
        this(Preferences.userRoot().node("org/convscope/settings"));
    }

    public PreferencesSettingsStore(Preferences node) {
        this.node = node;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
        try {
            // Written at once: a projector laptop is often switched off rather than the app closed.
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(Level.WARNING, "the setting " + key + " could not be saved", e);
        }
    }
}

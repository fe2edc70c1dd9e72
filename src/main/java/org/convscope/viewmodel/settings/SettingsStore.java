package org.convscope.viewmodel.settings;

import java.util.Optional;

/**
 * Where the app's settings are kept between runs: strings by key. The app uses {@link PreferencesSettingsStore};
 * tests use {@link InMemorySettingsStore}, so that a test never changes the settings of the person running it.
 */
public interface SettingsStore {

    /** The value last put under {@code key}, empty when there is none. */
    Optional<String> get(String key);

    void put(String key, String value);
}

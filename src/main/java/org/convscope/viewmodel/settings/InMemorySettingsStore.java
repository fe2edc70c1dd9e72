package org.convscope.viewmodel.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Settings kept for the life of the object: for tests, and for a window that must not touch the user's. */
public final class InMemorySettingsStore implements SettingsStore {

    private final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }
}

package org.convscope.viewmodel.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Recent files kept in memory only, for tests and for runs that must leave no trace. */
public final class InMemoryRecentFiles implements RecentFiles {

    private List<Path> files;

    public InMemoryRecentFiles() {
        this(List.of());
    }

    /** Starts with {@code files}, most recent first. */
    public InMemoryRecentFiles(List<Path> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public List<Path> load() {
        return new ArrayList<>(files);
    }

    @Override
    public void save(List<Path> files) {
        this.files = List.copyOf(files);
    }
}

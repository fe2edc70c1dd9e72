package org.convscope.viewmodel.lab;

import java.nio.file.Path;
import java.util.List;

/** Where the lab keeps the files opened recently between sessions; the view-model decides order and length. */
public interface RecentFiles {

    /** The stored files, most recent first; empty when none are stored or the store cannot be read. */
    List<Path> load();

    /** Replaces the stored files with {@code files}, most recent first. */
    void save(List<Path> files);
}

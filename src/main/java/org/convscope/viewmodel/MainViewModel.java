package org.convscope.viewmodel;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the main window: which view is shown, which sample image is loaded, and what the compute engine is.
 * Properties are read-only outside; they change only through the methods here, which check their input.
 */
public final class MainViewModel {

    private final ObservableList<String> sampleNames;
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(this, "section", Section.SLIDE);
    private final ReadOnlyStringWrapper sampleName = new ReadOnlyStringWrapper(this, "sampleName");
    private final ReadOnlyStringWrapper engineStatus = new ReadOnlyStringWrapper(this, "engineStatus", "");

    /**
     * @param sampleNames   the sample images one can choose, in menu order
     * @param initialSample the one shown first; must be among {@code sampleNames}
     */
    public MainViewModel(List<String> sampleNames, String initialSample) {
        if (sampleNames == null || sampleNames.isEmpty()) {
            throw new IllegalArgumentException("the main window needs at least one sample image to show");
        }
        this.sampleNames = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(sampleNames));
        selectSample(initialSample);
    }

    /** The view on screen; starts on {@link Section#SLIDE}. */
    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public Section getSection() {
        return section.get();
    }

    public void showSection(Section next) {
        if (next == null) {
            throw new IllegalArgumentException("choose one of the views " + List.of(Section.values()));
        }
        section.set(next);
    }

    /** The sample images one can choose, in menu order; cannot be changed. */
    public ObservableList<String> getSampleNames() {
        return sampleNames;
    }

    /** The name of the sample image shown, always one of {@link #getSampleNames()}. */
    public ReadOnlyStringProperty sampleNameProperty() {
        return sampleName.getReadOnlyProperty();
    }

    public String getSampleName() {
        return sampleName.get();
    }

    /** @throws IllegalArgumentException naming the samples there are, when {@code name} is not one of them */
    public void selectSample(String name) {
        if (!sampleNames.contains(name)) {
            throw new IllegalArgumentException("there is no sample image named '" + name + "'; the samples are "
                    + String.join(", ", sampleNames));
        }
        sampleName.set(name);
    }

    /** What computes the convolutions and why, e.g. which BLAS loaded; shown in the status bar. */
    public ReadOnlyStringProperty engineStatusProperty() {
        return engineStatus.getReadOnlyProperty();
    }

    public String getEngineStatus() {
        return engineStatus.get();
    }

    public void setEngineStatus(String text) {
        engineStatus.set(text == null ? "" : text);
    }
}

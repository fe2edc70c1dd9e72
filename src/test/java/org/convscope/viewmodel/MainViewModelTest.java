package org.convscope.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Plain JUnit: the view-model needs no JavaFX toolkit. */
class MainViewModelTest {

    private static final List<String> SAMPLES = List.of("camera", "chelsea", "coffee");

    @Test
    void startsOnTheSlidingKernelWithTheGivenSample() {
        MainViewModel vm = new MainViewModel(SAMPLES, "chelsea");
        assertEquals(Section.SLIDE, vm.getSection());
        assertEquals("chelsea", vm.getSampleName());
        assertEquals(SAMPLES, vm.getSampleNames());
        assertEquals("", vm.getEngineStatus());
    }

    @Test
    void showingASectionNotifiesListeners() {
        MainViewModel vm = new MainViewModel(SAMPLES, "camera");
        List<Section> seen = new ArrayList<>();
        vm.sectionProperty().addListener((obs, old, now) -> seen.add(now));
        vm.showSection(Section.RECEPTIVE);
        vm.showSection(Section.LESSON);
        assertEquals(List.of(Section.RECEPTIVE, Section.LESSON), seen);
        assertEquals(Section.LESSON, vm.sectionProperty().get());
    }

    @Test
    void selectingASampleChangesItsName() {
        MainViewModel vm = new MainViewModel(SAMPLES, "camera");
        List<String> seen = new ArrayList<>();
        vm.sampleNameProperty().addListener((obs, old, now) -> seen.add(now));
        vm.selectSample("coffee");
        assertEquals(List.of("coffee"), seen);
    }

    @Test
    void engineStatusIsWhatTheAppSet() {
        MainViewModel vm = new MainViewModel(SAMPLES, "camera");
        vm.setEngineStatus("native BLAS (OpenBLAS)");
        assertEquals("native BLAS (OpenBLAS)", vm.engineStatusProperty().get());
    }

    @Test
    void unknownSamplesAndEmptyListsAreRefusedWithAReason() {
        MainViewModel vm = new MainViewModel(SAMPLES, "camera");
        assertEquals("there is no sample image named 'lena'; the samples are camera, chelsea, coffee",
                assertThrows(IllegalArgumentException.class, () -> vm.selectSample("lena")).getMessage());
        assertEquals("camera", vm.getSampleName());
        assertEquals("the main window needs at least one sample image to show",
                assertThrows(IllegalArgumentException.class, () -> new MainViewModel(List.of(), "camera")).getMessage());
    }

    @Test
    void theSampleListCannotBeChangedFromOutside() {
        MainViewModel vm = new MainViewModel(SAMPLES, "camera");
        assertThrows(UnsupportedOperationException.class, () -> vm.getSampleNames().add("lena"));
    }
}

package org.convscope.viewmodel.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.viewmodel.task.TaskExecutor;

/**
 * The image lab: an image, a filter bank and its settings in; feature maps, their picture, legend, histogram and
 * the run's figures out. Every number comes from the core (convolution, ReLU, pooling, 1x1 mix, geometry) and io
 * (loading, mapping values to colours).
 *
 * <p>Work runs on the {@link TaskExecutor}: loading, convolving and exporting never block the JavaFX thread. Any
 * parameter change schedules a re-run after {@link #RERUN_PAUSE} and cancels the run in flight; a cancelled run
 * leaves the previous result. A failure (a bad file, a kernel that does not fit) sets {@link #errorProperty()} to a
 * sentence and keeps the previous image, kernels, settings and result.
 *
 * <p>All methods must be called on the executor's delivery thread (the JavaFX thread in the app).
 */
public final class ImageLabViewModel {

    /** The pause after a parameter change before the lab runs again. */
    public static final Duration RERUN_PAUSE = Duration.ofMillis(250);
    /** Most kernels in the bank. */
    public static final int MAX_KERNELS = 16;
    /** Largest kernel side that can be typed in. */
    public static final int MAX_KERNEL_SIZE = 15;
    /** Most files in the recent list. */
    public static final int MAX_RECENT = 10;
    /** Largest stride or dilation offered. */
    public static final int MAX_STEP = 16;
    /** Largest pooling window side. */
    public static final int MAX_POOL = 16;
    /** Most outputs of the 1x1 mix. */
    public static final int MAX_MIX_OUTPUTS = 16;

    private final TaskExecutor executor;
    private final LabEngine engine;
    private final RecentFiles recent;
    private final LabMessages messages;

    private final ReadOnlyObjectWrapper<LabImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<KernelItem> kernels = FXCollections.observableArrayList();
    private final IntegerProperty selectedKernel = new SimpleIntegerProperty(this, "selectedKernel", -1);
    private final BooleanProperty normalise = new SimpleBooleanProperty(this, "normalise");
    private final BooleanProperty flip = new SimpleBooleanProperty(this, "flip");
    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride", 1);
    private final IntegerProperty dilation = new SimpleIntegerProperty(this, "dilation", 1);
    private final StringProperty padding = new SimpleStringProperty(this, "padding", "same");
    private final ObjectProperty<LabChannels> channels = new SimpleObjectProperty<>(this, "channels",
            LabChannels.GRAY);
    private final ReadOnlyStringWrapper outputSize = new ReadOnlyStringWrapper(this, "outputSize", "");
    private final ReadOnlyStringWrapper formula = new ReadOnlyStringWrapper(this, "formula", "");
    private final BooleanProperty relu = new SimpleBooleanProperty(this, "relu");
    private final ObjectProperty<LabPooling> pooling = new SimpleObjectProperty<>(this, "pooling", LabPooling.NONE);
    private final IntegerProperty poolSize = new SimpleIntegerProperty(this, "poolSize", 2);
    private final IntegerProperty poolStride = new SimpleIntegerProperty(this, "poolStride", 2);
    private final BooleanProperty mix = new SimpleBooleanProperty(this, "mix");
    private final IntegerProperty mixOutputs = new SimpleIntegerProperty(this, "mixOutputs", 1);
    private final ReadOnlyObjectWrapper<float[][]> mixWeights = new ReadOnlyObjectWrapper<>(this, "mixWeights",
            new float[1][1]);
    private final ObjectProperty<LabMapping> mapping = new SimpleObjectProperty<>(this, "mapping",
            LabMapping.DIVERGING);
    private final IntegerProperty shownChannel = new SimpleIntegerProperty(this, "shownChannel", -1);
    private final ReadOnlyObjectWrapper<LabResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<SlidePatchRequest> slideRequest = new ReadOnlyObjectWrapper<>(this,
            "slideRequest");

    /**
     * @param executor runs loading, convolutions and exports, and the pause before a re-run
     * @param engine   the convolution engine and what to say about it
     * @param recent   where recently opened files are kept
     * @param messages the view's lookup for the lab's own strings ({@code lab.*} keys)
     */
    public ImageLabViewModel(TaskExecutor executor, LabEngine engine, RecentFiles recent, LabMessages messages) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.messages = Objects.requireNonNull(messages, "messages");
        recentFiles.setAll(recent.load());
    }

    // ---- image

    /** The open image, or null before the first one. */
    public ReadOnlyObjectProperty<LabImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** Opens an image file in the background; on failure the error says why and everything else stays. */
    public void openFile(Path file) {
    }

    /** Opens a bundled sample by name (one of {@link #sampleNames()}). */
    public void openSample(String name) {
    }

    /**
     * Opens pixels the view already has (pasted or dropped image content): {@code width * height} colours
     * 0xAARRGGBB, row-major; transparency is composited over white as for files.
     */
    public void openPixels(String name, int width, int height, int[] argb) {
    }

    /** The bundled samples' names, in menu order. */
    public List<String> sampleNames() {
        return List.of();
    }

    /** Files opened successfully, most recent first, at most {@value #MAX_RECENT}. */
    public ObservableList<Path> recentFiles() {
        return FXCollections.unmodifiableObservableList(recentFiles);
    }

    // ---- kernels

    /** The filter bank, 0 to {@value #MAX_KERNELS} kernels (no result while it is empty). */
    public ObservableList<KernelItem> kernels() {
        return FXCollections.unmodifiableObservableList(kernels);
    }

    /** The core's kernel library with default sizes, in menu order, for the thumbnails. */
    public List<KernelItem> libraryKernels() {
        return List.of();
    }

    /** Adds a library kernel by name ("sobel-x", "box:5", "gaussian:7:1.5") and selects it. */
    public void addLibraryKernel(String name) {
    }

    /** Adds a {@code rows x cols} kernel of zeros with a 1 in the centre (an identity to edit) and selects it. */
    public void addCustomKernel(int rows, int cols) {
    }

    /** Removes kernel {@code index} from the bank. */
    public void removeKernel(int index) {
    }

    /** Index of the kernel being edited, -1 when the bank is empty. */
    public IntegerProperty selectedKernelProperty() {
        return selectedKernel;
    }

    /** Resizes the selected kernel to {@code rows x cols} (1 to {@value #MAX_KERNEL_SIZE}), keeping the centre. */
    public void resizeSelectedKernel(int rows, int cols) {
    }

    /**
     * Sets weight (row, col) of the selected kernel from typed text.
     *
     * @return empty when accepted, else the sentence saying what is wrong with the text
     */
    public Optional<String> setWeight(int row, int col, String text) {
        return Optional.empty();
    }

    /**
     * Divide each kernel's weights by their sum before the run ({@code w_i / sum_j w_j}), so blurs keep the
     * brightness; a kernel whose weights sum to 0 is refused with the core's sentence in the error.
     */
    public BooleanProperty normaliseProperty() {
        return normalise;
    }

    /** Rotate the kernels 180 degrees: true convolution instead of cross-correlation. */
    public BooleanProperty flipProperty() {
        return flip;
    }

    // ---- geometry

    public IntegerProperty strideProperty() {
        return stride;
    }

    public IntegerProperty dilationProperty() {
        return dilation;
    }

    /** "valid", "same", "full", a number of cells "N" or "top,bottom,left,right", read by core.PaddingChoice. */
    public StringProperty paddingProperty() {
        return padding;
    }

    public ObjectProperty<LabChannels> channelsProperty() {
        return channels;
    }

    /** The output's size, "rows x columns x channels" ("1078 x 1918 x 3"); empty while it cannot be worked out. */
    public ReadOnlyStringProperty outputSizeProperty() {
        return outputSize.getReadOnlyProperty();
    }

    /**
     * The output-size formula with the numbers substituted, rows then columns on two lines:
     * {@code floor((n + p_before + p_after - d(k-1) - 1) / s) + 1} per axis.
     */
    public ReadOnlyStringProperty formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    // ---- after the convolution

    public BooleanProperty reluProperty() {
        return relu;
    }

    public ObjectProperty<LabPooling> poolingProperty() {
        return pooling;
    }

    public IntegerProperty poolSizeProperty() {
        return poolSize;
    }

    public IntegerProperty poolStrideProperty() {
        return poolStride;
    }

    /** Mix the C feature maps into M with a 1x1 convolution: {@code out[m] = sum_c w[m][c] in[c]}. */
    public BooleanProperty mixProperty() {
        return mix;
    }

    /** M, the mix's output maps (1 to {@value #MAX_MIX_OUTPUTS}). */
    public IntegerProperty mixOutputsProperty() {
        return mixOutputs;
    }

    /**
     * Sets the mix weight of output {@code out} for input map {@code in} from typed text.
     *
     * @return empty when accepted, else the sentence saying what is wrong
     */
    public Optional<String> setMixWeight(int out, int in, String text) {
        return Optional.empty();
    }

    /** The mix weights, M rows of C: {@code w[m][c]}. Defaults to the mean, {@code 1 / C}. Do not modify. */
    public ReadOnlyObjectProperty<float[][]> mixWeightsProperty() {
        return mixWeights.getReadOnlyProperty();
    }

    // ---- display

    public ObjectProperty<LabMapping> mappingProperty() {
        return mapping;
    }

    /** The feature map shown alone, or -1 for the grid of all of them. */
    public IntegerProperty shownChannelProperty() {
        return shownChannel;
    }

    /** The latest finished run's picture and figures; null before the first. */
    public ReadOnlyObjectProperty<LabResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    // ---- running

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while a run goes on, -1 while its length is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Stops the run in flight (and a re-run waiting for its pause); the previous result stays. */
    public void cancel() {
    }

    /** The sentence saying what went wrong last, empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Engine, time and GFLOP/s of the last run, or what the lab is doing. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The engine and why it runs, for a tooltip on the status. */
    public String engineReason() {
        return engine.reason();
    }

    // ---- inspector

    /**
     * The convolution sum behind picture pixel (x, y) of the shown result; in the grid, the tile's map. Empty outside
     * the maps or without a result.
     */
    public Optional<Inspection> inspect(int x, int y) {
        return Optional.empty();
    }

    /** Sends the patch around picture pixel (x, y) to {@link #slideRequestProperty()}. */
    public void openInSlideView(int x, int y) {
    }

    /** The latest request to show a patch in the sliding-kernel view; the app forwards it and switches view. */
    public ReadOnlyObjectProperty<SlidePatchRequest> slideRequestProperty() {
        return slideRequest.getReadOnlyProperty();
    }

    // ---- export

    /** Writes the shown picture (one map or the grid, with the mapping) as a PNG in the background. */
    public void exportPng(Path file) {
    }
}

package org.convscope.viewmodel.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.Observable;
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
import org.convscope.core.ChannelMix;
import org.convscope.core.ChannelMode;
import org.convscope.core.ConvGeometry;
import org.convscope.core.ConvMonitor;
import org.convscope.core.FeaturePipeline;
import org.convscope.core.FilterBank;
import org.convscope.core.Kernel;
import org.convscope.core.KernelLibrary;
import org.convscope.core.OutputSizeFormula;
import org.convscope.core.PaddingChoice;
import org.convscope.core.Pooling;
import org.convscope.core.Sentence;
import org.convscope.core.SlidingSchedule;
import org.convscope.core.Tensor;
import org.convscope.core.WindowSum;
import org.convscope.io.ColorMode;
import org.convscope.io.ImageLoader;
import org.convscope.io.ImageSaver;
import org.convscope.io.SampleImages;
import org.convscope.io.ValueMapping;
import org.convscope.viewmodel.DisplayText;
import org.convscope.viewmodel.Sentences;
import org.convscope.viewmodel.SlideViewModel;
import org.convscope.viewmodel.task.BackgroundTask;
import org.convscope.viewmodel.task.Progress;
import org.convscope.viewmodel.task.TaskExecutor;
import org.convscope.viewmodel.task.TaskHandle;
import org.convscope.viewmodel.task.TaskListener;

/**
 * The image lab: an image, a filter bank and its settings in; feature maps, their picture, legend, histogram and
 * the run's figures out. Every number comes from the core (convolution, ReLU, pooling, 1x1 mix, geometry, the
 * inspected sums) and io (loading, mapping values to colours, PNG export).
 *
 * <p>Work runs on the {@link TaskExecutor}: loading, convolving, rendering and exporting never block the JavaFX
 * thread. Any parameter change schedules a re-run after {@link #RERUN_PAUSE} and cancels the run in flight; a
 * cancelled run leaves the previous result. A failure (a bad file, a kernel that does not fit) sets
 * {@link #errorProperty()} to a sentence and keeps the previous image, kernels, settings and result; an image the
 * current settings cannot convolve (smaller than the kernel) is refused the same way.
 *
 * <p>All methods must be called on the executor's delivery thread (the JavaFX thread in the app).
 */
public final class ImageLabViewModel {

    /** The pause after a parameter change before the lab runs again. */
    public static final Duration RERUN_PAUSE = Duration.ofMillis(250);
    /** Most kernels in the bank. */
    public static final int MAX_KERNELS = 16;
    /** Largest kernel side that can be typed in. */
    public static final int MAX_KERNEL_SIZE = KernelLibrary.MAX_TYPED_SIZE;
    /** Most files in the recent list. */
    public static final int MAX_RECENT = 10;
    /** Largest stride or dilation offered. */
    public static final int MAX_STEP = 16;
    /** Largest pooling window side. */
    public static final int MAX_POOL = 16;
    /** Most outputs of the 1x1 mix. */
    public static final int MAX_MIX_OUTPUTS = 16;
    /** Longest equation written term by term; longer sums are summarised (a 9x9 kernel has 81 terms). */
    static final int MAX_EQUATION_TERMS = 81;

    /** A typed weight: a decimal number, optionally over another ("1/9"). */
    private static final Pattern WEIGHT = Pattern.compile(
            "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?(/(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?)?");

    private final TaskExecutor executor;
    private final LabEngine engine;
    private final RecentFiles recent;
    private final LabMessages messages;

    private final ReadOnlyObjectWrapper<LabImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<KernelItem> kernels = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);
    private final ObservableList<KernelItem> kernelsView = FXCollections.unmodifiableObservableList(kernels);
    private final IntegerProperty selectedKernel = new SimpleIntegerProperty(this, "selectedKernel", -1);
    private final BooleanProperty normalise = new SimpleBooleanProperty(this, "normalise");
    private final BooleanProperty flip = new SimpleBooleanProperty(this, "flip");
    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride", 1);
    private final IntegerProperty dilation = new SimpleIntegerProperty(this, "dilation", 1);
    private final StringProperty padding = new SimpleStringProperty(this, "padding", "same");
    private final ObjectProperty<LabChannels> channels = new SimpleObjectProperty<>(this, "channels",
            LabChannels.GRAY);
    private final ReadOnlyStringWrapper outputSize = new ReadOnlyStringWrapper(this, "outputSize", "");
    private final DisplayText formula = new DisplayText(this, "formula");
    private final BooleanProperty relu = new SimpleBooleanProperty(this, "relu");
    private final ObjectProperty<LabPooling> pooling = new SimpleObjectProperty<>(this, "pooling", LabPooling.NONE);
    private final IntegerProperty poolSize = new SimpleIntegerProperty(this, "poolSize", 2);
    private final IntegerProperty poolStride = new SimpleIntegerProperty(this, "poolStride", 2);
    private final BooleanProperty mix = new SimpleBooleanProperty(this, "mix");
    private final IntegerProperty mixOutputs = new SimpleIntegerProperty(this, "mixOutputs", 1);
    private final ReadOnlyObjectWrapper<float[][]> mixWeights = new ReadOnlyObjectWrapper<>(this, "mixWeights",
            new float[][] {{1f}});
    private final ObjectProperty<LabMapping> mapping = new SimpleObjectProperty<>(this, "mapping",
            LabMapping.DIVERGING);
    private final IntegerProperty shownChannel = new SimpleIntegerProperty(this, "shownChannel", -1);
    private final ReadOnlyObjectWrapper<LabResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final DisplayText error = new DisplayText(this, "error");
    private final DisplayText status = new DisplayText(this, "status");
    private final ReadOnlyObjectWrapper<SlidePatchRequest> slideRequest = new ReadOnlyObjectWrapper<>(this,
            "slideRequest");

    /** The open image's values, 1 channel (a gray image) or 3; null before the first image. */
    private Tensor source;
    /** The gray version of {@link #source}, made when gray mode first needs it. */
    private Tensor gray;
    /** The run the picture shows, for re-rendering, inspecting and exporting; null before the first. */
    private Finished last;

    private TaskHandle pendingRun = TaskHandle.NONE;
    private TaskHandle loading = TaskHandle.NONE;
    /** The run in flight; callbacks of any other (cancelled, replaced) run are ignored. */
    private Run current;
    /** The render in flight, as {@link #current} for runs. */
    private Run currentRender;
    /** Set while the view-model itself corrects a property, so that its listener does not react. */
    private boolean adjusting;

    /**
     * @param executor runs loading, convolutions, rendering and exports, and the pause before a re-run
     * @param engine   the convolution engine and what to say about it
     * @param recent   where recently opened files are kept
     * @param messages the view's lookup for the lab's own strings ({@code lab.*} keys)
     */
    public ImageLabViewModel(TaskExecutor executor, LabEngine engine, RecentFiles recent, LabMessages messages) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.messages = Objects.requireNonNull(messages, "messages");
        List<Path> stored = recent.load();
        recentFiles.setAll(stored.subList(0, Math.min(stored.size(), MAX_RECENT)));
        for (Observable p : List.of(kernels, normalise, flip, stride, dilation, padding, channels, relu, pooling,
                poolSize, poolStride, mix, mixOutputs)) {
            p.addListener(o -> parametersChanged());
        }
        mapping.addListener(o -> rerender());
        shownChannel.addListener(o -> rerender());
        status.set(words("lab.status.noImage"));
    }

    // ---- image

    /** The open image, or null before the first one. */
    public ReadOnlyObjectProperty<LabImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** Opens an image file in the background; on failure the error says why and everything else stays. */
    public void openFile(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        load(name, file, p -> new ImageLoader().load(file, ColorMode.RGB));
    }

    /** Opens a bundled sample by name (one of {@link #sampleNames()}). */
    public void openSample(String name) {
        load(name, null, p -> SampleImages.load(name, ColorMode.RGB));
    }

    /**
     * Opens pixels the view already has (pasted or dropped image content): {@code width * height} colours
     * 0xAARRGGBB, row-major; transparency is composited over white and the pixel limit applies, as for files.
     */
    public void openPixels(String name, int width, int height, int[] argb) {
        int[] pixels = argb.clone();
        load(name, null, p -> new ImageLoader().fromArgb(name, width, height, pixels, ColorMode.RGB));
    }

    /** The bundled samples' names, in menu order. */
    public List<String> sampleNames() {
        return SampleImages.list().stream().map(SampleImages.Sample::name).toList();
    }

    /** Files opened successfully, most recent first, at most {@value #MAX_RECENT}. */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    /** An image read in the background, with its display colours. */
    private record Loaded(Tensor values, LabImage picture) {
    }

    private void load(String name, Path file, BackgroundTask<Tensor> read) {
        loading.cancel();
        status.set(words("lab.status.loading", name));
        loading = executor.execute(p -> {
            Tensor values = oneChannelIfGray(read.call(p));
            return new Loaded(values, new LabImage(name, values.width(), values.height(), values.channels(),
                    argb(values)));
        }, new TaskListener<Loaded>() {
            @Override
            public void onSuccess(Loaded loaded) {
                accept(loaded, file);
            }

            @Override
            public void onFailure(Throwable e) {
                error.set(sentence(e));
                status.set(idleStatus());
            }
        });
    }

    /** Takes a loaded image unless the current bank and settings cannot convolve it. */
    private void accept(Loaded loaded, Path file) {
        if (!kernels.isEmpty()) {
            try {
                Settings settings = settings(loaded.values());
                settings.pipeline().plan(settings.input().channels(), loaded.values().height(),
                        loaded.values().width());
            } catch (IllegalArgumentException e) {
                error.set(Sentence.from(e));
                status.set(idleStatus());
                return;
            }
        }
        source = loaded.values();
        gray = null;
        image.set(loaded.picture());
        if (file != null) {
            remember(file);
        }
        error.clear();
        fitMixWeights();
        updateGeometry();
        pendingRun.cancel();
        startRun();
    }

    private void remember(Path file) {
        List<Path> files = new ArrayList<>(recentFiles);
        files.remove(file);
        files.add(0, file);
        if (files.size() > MAX_RECENT) {
            files.subList(MAX_RECENT, files.size()).clear();
        }
        recentFiles.setAll(files);
        recent.save(List.copyOf(files));
    }

    /** A 3-channel image whose channels are all equal is gray: kept as one channel, as its file holds it. */
    private static Tensor oneChannelIfGray(Tensor rgb) {
        if (rgb.channels() == 1) {
            return rgb;
        }
        int plane = rgb.planeSize();
        float[] v = rgb.data();
        for (int i = 0; i < plane; i++) {
            if (v[i] != v[plane + i] || v[i] != v[2 * plane + i]) {
                return rgb;
            }
        }
        return new Tensor(1, rgb.height(), rgb.width(), Arrays.copyOf(v, plane));
    }

    /** Display colours of 0..255 values (16-bit images give fractions: rounded). */
    private static int[] argb(Tensor t) {
        int plane = t.planeSize();
        float[] v = t.data();
        int[] argb = new int[plane];
        for (int i = 0; i < plane; i++) {
            int r = level(v[i]);
            int g = t.channels() == 3 ? level(v[plane + i]) : r;
            int b = t.channels() == 3 ? level(v[2 * plane + i]) : r;
            argb[i] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        return argb;
    }

    private static int level(float v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    // ---- kernels

    /** The filter bank, 0 to {@value #MAX_KERNELS} kernels (no result while it is empty). */
    public ObservableList<KernelItem> kernels() {
        return kernelsView;
    }

    /** The core's kernel library with default sizes, in menu order, for the thumbnails. */
    public List<KernelItem> libraryKernels() {
        return KernelLibrary.all().stream().map(ImageLabViewModel::item).toList();
    }

    private static KernelItem item(Kernel k) {
        return new KernelItem(k.name(), k.rows(), k.cols(), k.values());
    }

    /** Adds a library kernel by name ("sobel-x", "box:5", "gaussian:7:1.5") and selects it. */
    public void addLibraryKernel(String name) {
        Kernel kernel;
        try {
            kernel = KernelLibrary.parse(name);
        } catch (IllegalArgumentException e) {
            error.set(Sentence.from(e));
            return;
        }
        if (kernel.rows() > MAX_KERNEL_SIZE || kernel.cols() > MAX_KERNEL_SIZE) {
            error.set(kernelSizeMessage(kernel.rows(), kernel.cols()));
            return;
        }
        add(item(kernel));
    }

    /** Adds a {@code rows x cols} kernel of zeros with a 1 in the centre (an identity to edit) and selects it. */
    public void addCustomKernel(int rows, int cols) {
        if (!kernelSizeFits(rows, cols)) {
            error.set(kernelSizeMessage(rows, cols));
            return;
        }
        float[] values = new float[rows * cols];
        values[(rows - 1) / 2 * cols + (cols - 1) / 2] = 1f;
        add(new KernelItem(KernelLibrary.CUSTOM, rows, cols, values));
    }

    private void add(KernelItem item) {
        if (kernels.size() >= MAX_KERNELS) {
            error.set(words("lab.error.tooManyKernels", Integer.toString(MAX_KERNELS)));
            return;
        }
        kernels.add(item);
        selectedKernel.set(kernels.size() - 1);
    }

    /** Removes kernel {@code index} from the bank; an index outside the bank is ignored. */
    public void removeKernel(int index) {
        if (index < 0 || index >= kernels.size()) {
            return;
        }
        kernels.remove(index);
        if (selectedKernel.get() >= kernels.size()) {
            selectedKernel.set(kernels.size() - 1);
        }
    }

    /** Index of the kernel being edited, -1 when the bank is empty. */
    public IntegerProperty selectedKernelProperty() {
        return selectedKernel;
    }

    /**
     * Resizes the selected kernel to {@code rows x cols} (1 to {@value #MAX_KERNEL_SIZE}), keeping the weights
     * around the centre: new cells are 0, cut cells are dropped.
     */
    public void resizeSelectedKernel(int rows, int cols) {
        int index = selectedKernel.get();
        if (index < 0 || index >= kernels.size()) {
            return;
        }
        if (!kernelSizeFits(rows, cols)) {
            error.set(kernelSizeMessage(rows, cols));
            return;
        }
        KernelItem old = kernels.get(index);
        if (old.rows() == rows && old.cols() == cols) {
            return;
        }
        // the filter bank's centring: the smaller kernel sits (larger - smaller) / 2 from the larger one's top left
        int dy = old.rows() >= rows ? (old.rows() - rows) / 2 : -((rows - old.rows()) / 2);
        int dx = old.cols() >= cols ? (old.cols() - cols) / 2 : -((cols - old.cols()) / 2);
        float[] values = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int or = r + dy;
                int oc = c + dx;
                if (or >= 0 && or < old.rows() && oc >= 0 && oc < old.cols()) {
                    values[r * cols + c] = old.weight(or, oc);
                }
            }
        }
        kernels.set(index, new KernelItem(KernelLibrary.CUSTOM, rows, cols, values));
    }

    /**
     * Sets weight (row, col) of the selected kernel from typed text: a number such as {@code 0.25}, {@code -1},
     * {@code 1e-3} or a fraction {@code 1/9}. An edited kernel is called "custom".
     *
     * @return empty when accepted, else the sentence saying what is wrong with the text
     */
    public Optional<String> setWeight(int row, int col, String text) {
        int index = selectedKernel.get();
        if (index < 0 || index >= kernels.size()) {
            return Optional.of(messages.text("lab.error.noKernel"));
        }
        KernelItem old = kernels.get(index);
        if (row < 0 || row >= old.rows() || col < 0 || col >= old.cols()) {
            throw new IndexOutOfBoundsException("(" + row + ", " + col + ") is outside the " + old.rows() + "x"
                    + old.cols() + " kernel");
        }
        Optional<Float> value = parseWeight(text);
        if (value.isEmpty()) {
            return Optional.of(messages.text("lab.error.weight", text == null ? "" : text.strip()));
        }
        if (Float.compare(old.weight(row, col), value.get()) != 0) {
            float[] values = old.values();
            values[row * old.cols() + col] = value.get();
            kernels.set(index, new KernelItem(KernelLibrary.CUSTOM, old.rows(), old.cols(), values));
        }
        return Optional.empty();
    }

    /** A finite number from typed text, or empty. */
    static Optional<Float> parseWeight(String text) {
        String t = text == null ? "" : text.strip().replace('\u2212', '-');
        if (!WEIGHT.matcher(t).matches()) {
            return Optional.empty();
        }
        int slash = t.indexOf('/');
        double v = slash < 0 ? Double.parseDouble(t)
                : Double.parseDouble(t.substring(0, slash)) / Double.parseDouble(t.substring(slash + 1));
        float f = (float) v;
        return Float.isFinite(f) ? Optional.of(f) : Optional.empty();
    }

    private static boolean kernelSizeFits(int rows, int cols) {
        return rows >= 1 && cols >= 1 && rows <= MAX_KERNEL_SIZE && cols <= MAX_KERNEL_SIZE;
    }

    private Supplier<String> kernelSizeMessage(int rows, int cols) {
        return words("lab.error.kernelSize", Integer.toString(MAX_KERNEL_SIZE), Integer.toString(rows),
                Integer.toString(cols));
    }

    /**
     * Divide each kernel's weights by their sum before the run ({@code w_i / sum_j w_j}), so blurs keep the
     * brightness. A kernel whose weights sum to 0 runs as it is, and the core's sentence saying why is shown in the
     * error.
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
     * The output-size formula with the numbers substituted, one line per axis (and two more for pooling):
     * {@code floor((n + p_before + p_after - d(k-1) - 1) / s) + 1}; empty while it cannot be worked out.
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
     * Sets the mix weight of output {@code out} for input map {@code in} from typed text (as {@link #setWeight}).
     *
     * @return empty when accepted, else the sentence saying what is wrong
     */
    public Optional<String> setMixWeight(int out, int in, String text) {
        float[][] w = mixWeights.get();
        if (out < 0 || out >= w.length || in < 0 || in >= w[0].length) {
            throw new IndexOutOfBoundsException("mix weight (" + out + ", " + in + ") is outside the " + w.length
                    + "x" + w[0].length + " table");
        }
        Optional<Float> value = parseWeight(text);
        if (value.isEmpty()) {
            return Optional.of(messages.text("lab.error.weight", text == null ? "" : text.strip()));
        }
        if (Float.compare(w[out][in], value.get()) != 0) {
            float[][] copy = copy(w);
            copy[out][in] = value.get();
            mixWeights.set(copy);
            if (mix.get()) {
                parametersChanged();
            }
        }
        return Optional.empty();
    }

    /**
     * The mix weights, M rows of C (C the maps the bank makes on the open image): {@code w[m][c]}. They start as
     * the mean, {@code 1 / C}, and start again so when C changes; rows added by a larger M are the mean too.
     * A new array on every change; do not modify it.
     */
    public ReadOnlyObjectProperty<float[][]> mixWeightsProperty() {
        return mixWeights.getReadOnlyProperty();
    }

    /** Reshapes the mix weights to M x C after a change of either. */
    private void fitMixWeights() {
        int c = Math.max(1, bankOutputs());
        int m = Math.max(1, Math.min(MAX_MIX_OUTPUTS, mixOutputs.get()));
        float[][] old = mixWeights.get();
        if (old.length == m && old[0].length == c) {
            return;
        }
        float[][] w = new float[m][c];
        for (int o = 0; o < m; o++) {
            for (int i = 0; i < c; i++) {
                w[o][i] = old[0].length == c && o < old.length ? old[o][i] : 1f / c;
            }
        }
        mixWeights.set(w);
    }

    /** Maps the bank makes on the open image (before the mix); 0 without kernels or an image. */
    private int bankOutputs() {
        if (kernels.isEmpty() || source == null) {
            return 0;
        }
        int in = channels.get() == LabChannels.GRAY ? 1 : source.channels();
        return channels.get() == LabChannels.EACH ? in * kernels.size() : kernels.size();
    }

    private static float[][] copy(float[][] w) {
        float[][] c = new float[w.length][];
        for (int i = 0; i < w.length; i++) {
            c[i] = w[i].clone();
        }
        return c;
    }

    // ---- display

    public ObjectProperty<LabMapping> mappingProperty() {
        return mapping;
    }

    /** The feature map shown alone, or -1 for the grid of all of them; out of range shows the grid. */
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
        boolean waiting = current != null || pendingRun != TaskHandle.NONE;
        pendingRun.cancel();
        pendingRun = TaskHandle.NONE;
        stopRun();
        if (waiting) {
            status.set(words("lab.status.cancelled"));
        }
    }

    /** The sentence saying what went wrong last, empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Engine, time and GFLOP/s of the last run (key {@code lab.status.run} with the engine's name, the
     * milliseconds, the GFLOP/s and why this engine runs), or what the lab is doing.
     */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The engine and why it runs, for a tooltip on the status. */
    public String engineReason() {
        return engine.reason();
    }

    /** What one run needs, taken from the properties on the delivery thread. */
    private record Settings(FeaturePipeline pipeline, Tensor input, List<Sentence> warnings) {
    }

    /** A run's outcome: the maps and what they were made from, the picture, the figures. */
    private record Finished(Tensor input, FeaturePipeline pipeline, FeaturePipeline.Output output, double millis,
                            FeaturePicture picture, LabMapping mapping) {
    }

    /**
     * The token of one run or render: callbacks check that it is still the current one, and the work checks its
     * flag too, since an executor may run the work before it has returned the handle.
     */
    private static final class Run {
        private volatile boolean cancelled;
        private TaskHandle handle = TaskHandle.NONE;

        void cancel() {
            cancelled = true;
            handle.cancel();
        }

        /** The task's progress, cancelled also when this token is. */
        Progress watch(Progress p) {
            return new Progress() {
                @Override
                public void progress(long done, long total) {
                    p.progress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled || p.isCancelled();
                }
            };
        }
    }

    /**
     * The pipeline of the current settings on {@code values} (the open image or one being opened).
     *
     * @throws IllegalArgumentException with the core's sentence when the settings are not possible
     */
    private Settings settings(Tensor values) {
        List<Sentence> warnings = new ArrayList<>();
        List<Kernel> bank = new ArrayList<>();
        for (KernelItem item : kernels) {
            Kernel k = new Kernel(item.name(), "", item.rows(), item.cols(), item.values());
            if (normalise.get()) {
                try {
                    k = k.normalised();
                } catch (IllegalArgumentException e) {
                    warnings.add(Sentence.from(e));
                }
            }
            bank.add(k);
        }
        ChannelMode mode = ChannelMode.valueOf(channels.get().name());
        Tensor input = mode == ChannelMode.GRAY ? grayOf(values) : values;
        FilterBank filterBank = new FilterBank(bank, mode);
        Pooling pool = switch (pooling.get()) {
            case NONE -> null;
            case MAX -> Pooling.max(poolSize.get(), poolStride.get());
            case AVERAGE -> Pooling.average(poolSize.get(), poolStride.get());
        };
        ChannelMix channelMix = null;
        if (mix.get()) {
            float[][] w = mixWeights.get();
            float[] flat = new float[w.length * w[0].length];
            for (int m = 0; m < w.length; m++) {
                System.arraycopy(w[m], 0, flat, m * w[0].length, w[0].length);
            }
            channelMix = new ChannelMix(w[0].length, w.length, flat);
        }
        FeaturePipeline pipeline = new FeaturePipeline(filterBank, stride.get(), dilation.get(),
                PaddingChoice.parse(padding.get()), flip.get(), relu.get(), pool, channelMix);
        return new Settings(pipeline, input, warnings);
    }

    private Tensor grayOf(Tensor values) {
        if (values != source) {
            return ColorMode.GRAY.convert(values);
        }
        if (gray == null) {
            gray = ColorMode.GRAY.convert(source);
        }
        return gray;
    }

    private void parametersChanged() {
        if (adjusting) {
            return;
        }
        fitMixWeights();
        updateGeometry();
        scheduleRun();
    }

    /** Output size and formula of the current settings; the error when they are not possible. */
    private void updateGeometry() {
        if (source == null || kernels.isEmpty()) {
            outputSize.set("");
            formula.clear();
            return;
        }
        try {
            Settings s = settings(source);
            FeaturePipeline.Plan plan = s.pipeline().plan(s.input().channels(), source.height(), source.width());
            outputSize.set(plan.outW() + " × " + plan.outH() + " × " + plan.channels());
            List<Supplier<String>> lines = new ArrayList<>();
            lines.add(words("lab.formula.rows", OutputSizeFormula.rows(plan.convGeometry())));
            lines.add(words("lab.formula.columns", OutputSizeFormula.columns(plan.convGeometry())));
            ConvGeometry pool = plan.poolGeometry();
            if (pool != null) {
                lines.add(words("lab.formula.poolRows", OutputSizeFormula.rows(pool)));
                lines.add(words("lab.formula.poolColumns", OutputSizeFormula.columns(pool)));
            }
            formula.set(() -> lines.stream().map(Supplier::get).collect(Collectors.joining("\n")));
            List<Sentence> warnings = s.warnings();
            error.set(() -> warnings.stream().map(w -> w.in(Sentences.language())).collect(Collectors.joining(" ")));
        } catch (IllegalArgumentException e) {
            outputSize.set("");
            formula.clear();
            error.set(Sentence.from(e));
        }
    }

    /** Cancels the run in flight and starts one after the pause, when the settings allow a run. */
    private void scheduleRun() {
        pendingRun.cancel();
        pendingRun = TaskHandle.NONE;
        stopRun();
        if (canRun()) {
            pendingRun = executor.schedule(RERUN_PAUSE, () -> {
                pendingRun = TaskHandle.NONE;
                startRun();
            });
        } else {
            status.set(idleStatus());
        }
    }

    /** True with an image, a kernel and settings that fit (the error says why not otherwise). */
    private boolean canRun() {
        return source != null && !kernels.isEmpty() && !outputSize.get().isEmpty();
    }

    private Supplier<String> idleStatus() {
        if (source == null) {
            return words("lab.status.noImage");
        }
        if (kernels.isEmpty()) {
            return words("lab.status.noKernels");
        }
        return last == null ? () -> "" : runStatus(last);
    }

    private void stopRun() {
        if (current != null) {
            current.cancel();
            current = null;
        }
        running.set(false);
        progress.set(0);
    }

    private void startRun() {
        stopRun();
        if (!canRun()) {
            status.set(idleStatus());
            return;
        }
        Settings settings;
        try {
            settings = settings(source);
        } catch (IllegalArgumentException e) {
            error.set(Sentence.from(e));
            return;
        }
        LabMapping usedMapping = mapping.get();
        int shown = shownChannel.get();
        Run run = new Run();
        current = run;
        running.set(true);
        progress.set(-1);
        status.set(words("lab.status.running"));
        run.handle = executor.execute(task -> {
            Progress p = run.watch(task);
            ConvMonitor monitor = new ConvMonitor() {
                @Override
                public void progress(long done, long total) {
                    p.progress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return p.isCancelled();
                }
            };
            long start = System.nanoTime();
            FeaturePipeline.Output output = settings.pipeline().run(settings.input(), engine.choice().engine(),
                    monitor);
            double millis = (System.nanoTime() - start) / 1e6;
            int channel = shown < output.features().channels() ? shown : -1;
            FeaturePicture picture = FeaturePicture.render(output.features(), valueMapping(usedMapping), channel,
                    colour(settings.pipeline(), output.features(), usedMapping, channel), p);
            return new Finished(settings.input(), settings.pipeline(), output, millis, picture, usedMapping);
        }, new TaskListener<Finished>() {
            @Override
            public void onSuccess(Finished finished) {
                if (current != run) {
                    return;
                }
                current = null;
                running.set(false);
                progress.set(1);
                show(finished);
            }

            @Override
            public void onFailure(Throwable e) {
                if (current != run) {
                    return;
                }
                current = null;
                running.set(false);
                progress.set(0);
                error.set(sentence(e));
                status.set(idleStatus());
            }

            @Override
            public void onCancelled() {
                if (current != run) {
                    return;
                }
                current = null;
                running.set(false);
                progress.set(0);
                status.set(words("lab.status.cancelled"));
            }

            @Override
            public void onProgress(long done, long total) {
                if (current == run) {
                    progress.set(total > 0 ? (double) done / total : -1);
                }
            }
        });
    }

    /** Shows a finished run, then re-renders if the mapping or the shown map changed while it ran. */
    private void show(Finished finished) {
        last = finished;
        int channels = finished.output().features().channels();
        if (shownChannel.get() >= channels) {
            adjusting = true;
            shownChannel.set(-1);
            adjusting = false;
        }
        result.set(labResult(finished, finished.picture()));
        status.set(runStatus(finished));
        if (finished.mapping() != mapping.get() || finished.picture().shown() != effectiveShown()) {
            rerender();
        }
    }

    private int effectiveShown() {
        int shown = shownChannel.get();
        return last == null || shown >= last.output().features().channels() ? -1 : Math.max(-1, shown);
    }

    private LabResult labResult(Finished f, FeaturePicture picture) {
        FeaturePipeline.Plan plan = f.output().plan();
        return new LabResult(picture.width(), picture.height(), picture.argb(), picture.shown(), picture.colour(),
                picture.gridColumns(), picture.gridScale(), plan.channels(), plan.outH(), plan.outW(),
                picture.range().low(), picture.range().high(), f.mapping() == LabMapping.DIVERGING,
                new LabHistogram(picture.histogram().counts(), picture.histogram().low(),
                        picture.histogram().high()),
                f.millis(), gflops(f), engine.name(), f.pipeline().channelNames(f.input().channels()));
    }

    private static double gflops(Finished f) {
        return f.millis() > 0 ? f.output().plan().flopCount() / (f.millis() * 1e6) : 0;
    }

    private Supplier<String> runStatus(Finished f) {
        return words("lab.status.run", engine.name(), String.format(Locale.ROOT, "%.1f", f.millis()),
                String.format(Locale.ROOT, "%.2f", gflops(f)), engine.reason());
    }

    /** Redraws the last result with the current mapping and shown map, in the background. */
    private void rerender() {
        if (adjusting || last == null) {
            return;
        }
        if (currentRender != null) {
            currentRender.cancel();
        }
        Finished base = last;
        LabMapping usedMapping = mapping.get();
        int shown = effectiveShown();
        Run token = new Run();
        currentRender = token;
        token.handle = executor.execute(
                p -> FeaturePicture.render(base.output().features(), valueMapping(usedMapping), shown,
                        colour(base.pipeline(), base.output().features(), usedMapping, shown), token.watch(p)),
                new TaskListener<FeaturePicture>() {
                    @Override
                    public void onSuccess(FeaturePicture picture) {
                        if (currentRender != token || last != base) {
                            return;
                        }
                        currentRender = null;
                        last = new Finished(base.input(), base.pipeline(), base.output(), base.millis(), picture,
                                usedMapping);
                        result.set(labResult(last, picture));
                    }

                    @Override
                    public void onFailure(Throwable e) {
                        if (currentRender == token) {
                            error.set(sentence(e));
                        }
                    }
                });
    }

    /**
     * Whether the maps are shown as one colour picture: every colour channel convolved with the one kernel of the
     * bank (no mix), all maps shown, and a gray-level mapping (the diverging map colours values, so it shows the
     * three maps side by side instead).
     */
    private static boolean colour(FeaturePipeline pipeline, Tensor maps, LabMapping mapping, int shown) {
        return shown < 0 && maps.channels() == 3 && pipeline.bank().mode() == ChannelMode.EACH
                && pipeline.bank().kernels().size() == 1 && pipeline.mix() == null
                && mapping != LabMapping.DIVERGING;
    }

    private static ValueMapping valueMapping(LabMapping m) {
        return ValueMapping.valueOf(m.name());
    }

    // ---- inspector

    /**
     * The convolution sum behind picture pixel (x, y) of the shown result; in the grid, the tile's map. Empty outside
     * the maps or without a result. With ReLU, pooling or the mix on, the note says which convolution output feeds
     * the pixel and the inspection shows that one.
     */
    public Optional<Inspection> inspect(int x, int y) {
        return windowAt(x, y).map(sum -> inspection(sum, last.pipeline(), last.input()));
    }

    /** The convolution window feeding picture pixel (x, y), worked out from the last run's input. */
    private Optional<WindowSum> windowAt(int x, int y) {
        LabResult shown = result.get();
        if (last == null || shown == null) {
            return Optional.empty();
        }
        int channel = shown.channelAt(x, y);
        if (channel < 0) {
            return Optional.empty();
        }
        int mapY = Math.min(shown.mapRow(y), shown.outHeight() - 1);
        int mapX = Math.min(shown.mapColumn(x), shown.outWidth() - 1);
        Tensor input = last.input();
        FeaturePipeline.ConvCell cell = last.pipeline().feedingCell(input, channel, mapY, mapX);
        return Optional.of(WindowSum.of(input, last.output().plan().conv(), last.pipeline().weights(input.channels()),
                cell.channel(), cell.y(), cell.x()));
    }

    private Inspection inspection(WindowSum sum, FeaturePipeline pipeline, Tensor input) {
        String equation = sum.products().length <= MAX_EQUATION_TERMS ? sum.equation()
                : messages.text("lab.equation.long", Integer.toString(sum.products().length),
                        SlidingSchedule.formatNumber(sum.sum()));
        return new Inspection(sum.channel(), sum.outY(), sum.outX(), sum.inTop(), sum.inLeft(), sum.rows(),
                sum.cols(), sum.dilation(), sum.inputChannels(), sum.patch(), sum.kernel(), sum.products(), sum.sum(),
                equation, note(pipeline, input, sum, result.get().colour()));
    }

    /** What stands between the convolution output and the pixel shown, in words. */
    private String note(FeaturePipeline pipeline, Tensor input, WindowSum sum, boolean colourPicture) {
        List<String> parts = new ArrayList<>();
        if (colourPicture) {
            parts.add(messages.text("lab.note.colour"));
        }
        if (pipeline.relu()) {
            parts.add(messages.text("lab.note.relu", SlidingSchedule.formatNumber(sum.sum()),
                    SlidingSchedule.formatNumber(Math.max(0, (float) sum.sum()))));
        }
        if (pipeline.pooling() != null) {
            String size = Integer.toString(pipeline.pooling().kH());
            String row = Integer.toString(sum.outY());
            String column = Integer.toString(sum.outX());
            parts.add(pipeline.pooling().kind() == Pooling.Kind.MAX
                    ? messages.text("lab.note.maxPool", size, row, column)
                    : messages.text("lab.note.averagePool", size, row, column));
        }
        if (pipeline.mix() != null) {
            parts.add(messages.text("lab.note.mix", Integer.toString(pipeline.mix().inChannels()),
                    pipeline.bank().channelNames(input.channels()).get(sum.channel())));
        }
        return String.join(" ", parts);
    }

    /**
     * Sends the patch around picture pixel (x, y) to {@link #slideRequestProperty()}: the windows of up to 3 x 3
     * neighbouring outputs, or of the pixel alone when that is too large for the sliding-kernel view; the error
     * says so when even one window is.
     */
    public void openInSlideView(int x, int y) {
        Optional<WindowSum> found = windowAt(x, y);
        if (found.isEmpty()) {
            return;
        }
        WindowSum at = found.get();
        FeaturePipeline.Plan plan = last.output().plan();
        ConvGeometry g = plan.convGeometry();
        int s = g.stride();
        int spread = 1;
        int rows = 0;
        int cols = 0;
        int top = 0;
        int left = 0;
        int y0 = 0;
        int x0 = 0;
        for (; spread >= 0; spread--) {
            y0 = Math.max(0, at.outY() - spread);
            int y1 = Math.min(g.outH() - 1, at.outY() + spread);
            x0 = Math.max(0, at.outX() - spread);
            int x1 = Math.min(g.outW() - 1, at.outX() + spread);
            rows = (y1 - y0) * s + g.extentH();
            cols = (x1 - x0) * s + g.extentW();
            top = g.windowTop(y0);
            left = g.windowLeft(x0);
            if (rows <= SlideViewModel.MAX_INPUT && cols <= SlideViewModel.MAX_INPUT) {
                break;
            }
        }
        if (spread < 0 || at.rows() > SlideViewModel.MAX_KERNEL || at.cols() > SlideViewModel.MAX_KERNEL
                || at.inputChannels() > SlideViewModel.MAX_CHANNELS) {
            error.set(words("lab.error.slideTooLarge", Integer.toString(SlideViewModel.MAX_KERNEL),
                    Integer.toString(SlideViewModel.MAX_INPUT), Integer.toString(g.extentH()),
                    Integer.toString(g.extentW())));
            return;
        }
        if (s > SlideViewModel.MAX_STRIDE || g.dilation() > SlideViewModel.MAX_DILATION) {
            error.set(words("lab.error.slideSteps", Integer.toString(SlideViewModel.MAX_STRIDE),
                    Integer.toString(SlideViewModel.MAX_DILATION), Integer.toString(s),
                    Integer.toString(g.dilation())));
            return;
        }
        Tensor input = last.input();
        int first = at.firstInputChannel();
        float[] patch = new float[at.inputChannels() * rows * cols];
        for (int c = 0; c < at.inputChannels(); c++) {
            for (int r = 0; r < rows; r++) {
                for (int k = 0; k < cols; k++) {
                    int iy = top + r;
                    int ix = left + k;
                    if (iy >= 0 && iy < input.height() && ix >= 0 && ix < input.width()) {
                        patch[(c * rows + r) * cols + k] = input.get(first + c, iy, ix);
                    }
                }
            }
        }
        slideRequest.set(new SlidePatchRequest(at.inputChannels(), rows, cols, patch, at.rows(), at.cols(),
                at.kernel(), s, g.dilation(), at.outY() - y0, at.outX() - x0));
    }

    /** The latest request to show a patch in the sliding-kernel view; the app forwards it and switches view. */
    public ReadOnlyObjectProperty<SlidePatchRequest> slideRequestProperty() {
        return slideRequest.getReadOnlyProperty();
    }

    // ---- export

    /**
     * Writes the shown picture (one map or the grid, with the mapping, always at full size) as a PNG in the
     * background; the status says where it went, or the error why it failed.
     */
    public void exportPng(Path file) {
        Objects.requireNonNull(file, "file");
        if (last == null) {
            error.set(words("lab.error.noResult"));
            return;
        }
        Tensor maps = last.output().features();
        ValueMapping used = valueMapping(mapping.get());
        int shown = effectiveShown();
        boolean colour = colour(last.pipeline(), maps, mapping.get(), shown);
        executor.execute(p -> {
            ImageSaver.write(colour ? ImageSaver.render(maps, used) : shown < 0 ? ImageSaver.renderGrid(maps, used)
                    : ImageSaver.renderChannel(maps, shown, used), file);
            return file;
        }, new TaskListener<Path>() {
            @Override
            public void onSuccess(Path written) {
                status.set(words("lab.status.exported", written.toString()));
            }

            @Override
            public void onFailure(Throwable e) {
                error.set(sentence(e));
            }
        });
    }

    /** The sentence to show for a failure: io's and the core's are written for people, in the window's language. */
    private Supplier<String> sentence(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return words("lab.error.memory");
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return words("lab.error.unexpected", e.toString());
        }
        Sentence said = Sentence.from(e);
        return () -> said.in(Sentences.language());
    }

    /**
     * The lab's own string {@code key} with its arguments, looked up again in the language of the moment each time
     * it is shown ({@link DisplayText}).
     */
    private Supplier<String> words(String key, Object... args) {
        return () -> messages.text(key, args);
    }
}

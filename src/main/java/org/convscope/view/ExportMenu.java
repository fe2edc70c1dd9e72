package org.convscope.view;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import org.convscope.io.FrameSink;
import org.convscope.io.GifWriter;
import org.convscope.io.ImageSaver;
import org.convscope.io.PngFrames;
import org.convscope.view.receptive.ReceptiveFieldView;
import org.convscope.view.slide.AnimationExport;
import org.convscope.view.slide.SlideView;

/**
 * Export for slides and notes, in the status bar: the view shown as PNG (also Ctrl+Shift+S, Cmd+Shift+S on macOS),
 * at 1x or 2x; the sliding-kernel animation as a looping GIF at the chosen speed or as numbered PNG frames; the
 * receptive-field picture as PNG. Snapshots are taken on the JavaFX thread, files are written on a background
 * thread, and the animation reports its progress frame by frame.
 *
 * <p>Ids: {@code exportMenu}, {@code exportView}, {@code exportDouble}, {@code exportGif}, {@code exportFrames},
 * {@code exportReceptive}, {@code exportCancel} (menu items), {@code exportProgress}, {@code exportStatus}.
 */
public final class ExportMenu extends HBox {

    /** Saves the view shown as PNG from anywhere in the window. */
    public static final KeyCombination SHORTCUT =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final I18n i18n;
    private final Parent content;
    private final CheckMenuItem doubleSize = new CheckMenuItem();
    private final MenuItem cancel = new MenuItem();
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "convscope-export");
        thread.setDaemon(true);
        return thread;
    });
    private final EventHandler<KeyEvent> shortcut = this::onKey;
    private AnimationExport running;
    private File lastFolder;

    /** @param content the node whose only child is the view shown (the main window's {@code content}) */
    public ExportMenu(I18n i18n, Parent content) {
        this.i18n = i18n;
        this.content = content;
        setId("exportBar");
        getStyleClass().add(Styles.EXPORT_BAR);
        setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(this, Priority.ALWAYS);

        MenuItem view = item("exportView", "export.view", () -> ask(this::exportView, "png"));
        view.setAccelerator(SHORTCUT);
        doubleSize.setId("exportDouble");
        doubleSize.setText(i18n.get("export.double"));
        MenuItem gif = item("exportGif", "export.gif", () -> ask(this::exportGif, "gif"));
        MenuItem frames = item("exportFrames", "export.frames", this::askFolder);
        MenuItem receptive = item("exportReceptive", "export.receptive", () -> ask(this::exportReceptive, "png"));
        cancel.setId("exportCancel");
        cancel.setText(i18n.get("export.cancel"));
        cancel.setOnAction(e -> cancel());
        cancel.setVisible(false);

        MenuButton menu = new MenuButton(i18n.get("export.menu"));
        menu.setId("exportMenu");
        menu.setTooltip(new Tooltip(i18n.format("export.menu.tip", SHORTCUT.getDisplayText())));
        menu.getItems().addAll(view, doubleSize, new SeparatorMenuItem(), gif, frames, receptive, cancel);
        // What can be exported depends on the view shown when the menu opens.
        menu.setOnShowing(e -> {
            boolean slide = currentView() instanceof SlideView;
            gif.setDisable(!slide || running != null);
            frames.setDisable(!slide || running != null);
            receptive.setDisable(!(currentView() instanceof ReceptiveFieldView));
        });

        progress.setId("exportProgress");
        progress.getStyleClass().add(Styles.EXPORT_PROGRESS);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        status.setId("exportStatus");
        status.getStyleClass().add(Styles.STATUS_VALUE);
        getChildren().addAll(status, progress, menu);

        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcut);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcut);
            }
        });
    }

    /**
     * Puts the export menu at the right end of a main window's status bar ({@code #statusBar}), exporting what its
     * {@code #content} shows.
     */
    public static ExportMenu addTo(Parent mainView, I18n i18n) {
        Parent content = (Parent) Objects.requireNonNull(mainView.lookup("#content"), "the main view has no #content");
        Pane statusBar = (Pane) Objects.requireNonNull(mainView.lookup("#statusBar"), "the main view has no #statusBar");
        ExportMenu menu = new ExportMenu(i18n, content);
        statusBar.getChildren().add(menu);
        return menu;
    }

    private void onKey(KeyEvent event) {
        if (SHORTCUT.match(event)) {
            event.consume();
            ask(this::exportView, "png");
        }
    }

    /** The pictures are drawn at this scale: 2 when "Double size" is ticked, else 1. */
    private int scale() {
        return doubleSize.isSelected() ? 2 : 1;
    }

    /** Ticks or clears "Double size (2x)". */
    public void setDoubleSize(boolean on) {
        doubleSize.setSelected(on);
    }

    /** The text of the last export's outcome, for the status bar and for tests. */
    public Label status() {
        return status;
    }

    /** Saves the view shown as a PNG at {@link #scale()}. */
    public void exportView(Path file) {
        savePicture(currentView(), file);
    }

    /** Saves the receptive-field view's picture (the tab shown, without its toolbar) as a PNG. */
    public void exportReceptive(Path file) {
        if (currentView() instanceof ReceptiveFieldView receptive) {
            savePicture(receptive.picture(), file);
        } else {
            status.setText(i18n.get("export.error.notReceptive"));
        }
    }

    /** Records the sliding-kernel animation as a looping GIF, one frame per step, at the view's speed. */
    public void exportGif(Path file) {
        if (currentView() instanceof SlideView slide) {
            int delay = AnimationExport.frameDelayMillis(slide.viewModel().getSpeed());
            record(slide, file, () -> GifWriter.open(file, delay, true));
        } else {
            status.setText(i18n.get("export.error.notSlide"));
        }
    }

    /** Records the sliding-kernel animation as {@code frame-001.png}, ... in {@code folder}. */
    public void exportFrames(Path folder) {
        if (currentView() instanceof SlideView slide) {
            int total = slide.viewModel().stepCountBinding().get();
            record(slide, folder, () -> PngFrames.open(folder, total));
        } else {
            status.setText(i18n.get("export.error.notSlide"));
        }
    }

    /** Stops a running animation export after the frame being written. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private interface SinkOpener {
        FrameSink open() throws IOException;
    }

    private void record(SlideView slide, Path target, SinkOpener opener) {
        if (running != null) {
            return;
        }
        FrameSink sink;
        try {
            sink = opener.open();
        } catch (IOException | RuntimeException e) {
            status.setText(i18n.format("export.failed", e.getMessage()));
            return;
        }
        progress.setProgress(0);
        progress.setVisible(true);
        cancel.setVisible(true);
        status.setText(i18n.format("export.progress", 0, slide.viewModel().stepCountBinding().get()));
        running = AnimationExport.start(slide.viewModel(), slide.grids(), scale(), sink, i18n,
                new AnimationExport.Listener() {
                    @Override
                    public void progress(int done, int total) {
                        progress.setProgress((double) done / total);
                        status.setText(i18n.format("export.progress", done, total));
                    }

                    @Override
                    public void finished(int frames, int total) {
                        stopped();
                        status.setText(frames == total
                                ? i18n.format("export.savedFrames", frames, target.getFileName())
                                : i18n.format("export.stopped", frames, total, target.getFileName()));
                    }

                    @Override
                    public void failed(String message) {
                        stopped();
                        status.setText(i18n.format("export.failed", message));
                    }
                });
    }

    private void stopped() {
        running = null;
        progress.setVisible(false);
        cancel.setVisible(false);
    }

    /** Snapshot now, on the JavaFX thread; the PNG is encoded on the writer thread (a 2x picture takes a while). */
    private void savePicture(Node node, Path file) {
        WritableImage image;
        try {
            image = ViewExport.snapshot(node, scale());
        } catch (RuntimeException e) {
            status.setText(i18n.format("export.failed", e.getMessage()));
            return;
        }
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = ViewExport.argb(image);
        writer.execute(() -> {
            String text;
            try {
                ImageSaver.writeArgb(width, height, pixels, file);
                text = i18n.format("export.saved", file.getFileName(), width, height);
            } catch (IOException | RuntimeException e) {
                text = i18n.format("export.failed", e.getMessage());
            }
            String shown = text;
            Platform.runLater(() -> status.setText(shown));
        });
    }

    private Node currentView() {
        List<Node> children = content.getChildrenUnmodifiable();
        return children.isEmpty() ? content : children.get(0);
    }

    private void ask(Consumer<Path> export, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("export.filter." + extension),
                "*." + extension));
        chooser.setInitialFileName(fileStem() + "." + extension);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            // Some file dialogs return the name as typed; the file should open as what it is.
            String name = chosen.getName();
            boolean named = name.toLowerCase(Locale.ROOT).endsWith("." + extension);
            export.accept(named ? chosen.toPath() : chosen.toPath().resolveSibling(name + "." + extension));
        }
    }

    private void askFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("export.folder"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            lastFolder = chosen;
            exportFrames(chosen.toPath());
        }
    }

    /** {@code convscope-slide}: the app and the view (its id without "View"), so that exports do not clash. */
    private String fileStem() {
        String id = currentView().getId();
        return "convscope-" + (id == null ? "view" : id.replaceFirst("View$", ""));
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(i18n.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}

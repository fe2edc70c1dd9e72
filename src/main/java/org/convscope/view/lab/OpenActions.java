package org.convscope.view.lab;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.convscope.view.I18n;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.lab.ImageLabViewModel;

/**
 * Every way into the lab of a picture: the file dialog (Ctrl+O), a file or image dropped on the window, the
 * clipboard (Ctrl+V: a copied file or image), the bundled samples and the recent files. What goes wrong before the
 * view-model sees anything (an empty clipboard, a dropped folder) is said in {@link #noticeProperty()}.
 *
 * <p>Ids: {@code openButton}, {@code labSampleChooser}, {@code recentMenu}, {@code recent-<i>} (menu items).
 */
final class OpenActions {

    private final ImageLabViewModel viewModel;
    private final I18n i18n;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final Button open = new Button();
    private final ComboBox<String> samples = new ComboBox<>();
    private final MenuButton recent = new MenuButton();
    private File lastFolder;

    OpenActions(ImageLabViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        open.setText(i18n.get("lab.open"));
        open.setId("openButton");
        open.setTooltip(new Tooltip(i18n.get("lab.open.tip")));
        open.setOnAction(e -> chooseFile(open.getScene() == null ? null : open.getScene().getWindow()));

        samples.setId("labSampleChooser");
        samples.setPromptText(i18n.get("lab.samples"));
        samples.setTooltip(new Tooltip(i18n.get("lab.samples.tip")));
        samples.getItems().setAll(viewModel.sampleNames());
        samples.setOnAction(e -> {
            if (samples.getValue() != null) {
                notice.set("");
                viewModel.openSample(samples.getValue());
            }
        });
        ViewListeners.onChange(samples, viewModel.imageProperty(), (obs, old, now) -> {
            // The chooser names the sample shown, and nothing once a file or pasted picture replaces it.
            if (now != null && !now.name().equals(samples.getValue())) {
                samples.setValue(null);
            }
            notice.set("");
        });

        recent.setText(i18n.get("lab.recent"));
        recent.setId("recentMenu");
        recent.setTooltip(new Tooltip(i18n.get("lab.recent.tip")));
        ViewListeners.onListChange(recent, viewModel.recentFiles(), (ListChangeListener<Path>) change -> fillRecent());
        fillRecent();
    }

    /** What the view itself has to say about the last attempt to open something; empty when nothing. */
    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    List<Node> controls() {
        return List.of(open, samples, recent);
    }

    private void fillRecent() {
        recent.getItems().clear();
        List<Path> files = viewModel.recentFiles();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path folder = file.toAbsolutePath().getParent();
            MenuItem item = new MenuItem(i18n.format("lab.recent.item", file.getFileName(),
                    folder == null ? "" : folder.toString()));
            item.setId("recent-" + i);
            item.setOnAction(e -> openFile(file));
            recent.getItems().add(item);
        }
        recent.setDisable(files.isEmpty());
    }

    /** Shows the open dialog, starting in the folder of the last file opened. */
    void chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("lab.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("lab.open.images"),
                        "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.PNG", "*.JPG", "*.JPEG", "*.GIF", "*.BMP"),
                new FileChooser.ExtensionFilter(i18n.get("lab.open.all"), "*.*"));
        File folder = lastFolder;
        if (folder == null && !viewModel.recentFiles().isEmpty()) {
            Path parent = viewModel.recentFiles().get(0).toAbsolutePath().getParent();
            folder = parent == null ? null : parent.toFile();
        }
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            openFile(chosen.toPath());
        }
    }

    private void openFile(Path file) {
        notice.set("");
        viewModel.openFile(file);
    }

    /** Opens what the clipboard holds: a copied file, else a copied picture. */
    void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            openFirstFile(clipboard.getFiles());
        } else if (clipboard.hasImage() && clipboard.getImage() != null) {
            openPicture(clipboard.getImage(), i18n.get("lab.pasted"));
        } else {
            notice.set(i18n.get("lab.paste.nothing"));
        }
    }

    /** Accepts a drag that carries a file or a picture. */
    void dragOver(DragEvent e) {
        Dragboard board = e.getDragboard();
        if (board.hasFiles() || board.hasImage()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    /** Opens the dropped file (the first, when several are dropped) or the dropped picture. */
    void drop(DragEvent e) {
        Dragboard board = e.getDragboard();
        boolean done = false;
        if (board.hasFiles() && !board.getFiles().isEmpty()) {
            done = openFirstFile(board.getFiles());
        } else if (board.hasImage() && board.getImage() != null) {
            done = openPicture(board.getImage(), i18n.get("lab.dropped"));
        }
        e.setDropCompleted(done);
        e.consume();
    }

    private boolean openFirstFile(List<File> files) {
        File file = files.get(0);
        if (Files.isDirectory(file.toPath())) {
            notice.set(i18n.format("lab.open.folder", file.getName()));
            return false;
        }
        lastFolder = file.getParentFile();
        openFile(file.toPath());
        return true;
    }

    private boolean openPicture(Image image, String name) {
        int[] argb = Pictures.argb(image);
        if (argb == null) {
            notice.set(i18n.get("lab.paste.unreadable"));
            return false;
        }
        notice.set("");
        viewModel.openPixels(name, (int) image.getWidth(), (int) image.getHeight(), argb);
        return true;
    }
}

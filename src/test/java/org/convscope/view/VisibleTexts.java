package org.convscope.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

import org.convscope.app.AppOptions;
import org.convscope.core.KernelLibrary;
import org.convscope.core.count.NetworkCatalogue;

/**
 * The words a person can read in a scene: the text of every shown label, button, cell and {@link Text}, the
 * tooltips and prompt texts of shown controls and the titles of tabs, and what the shown controls open: the items of
 * menu buttons and context menus, and the lists of combo and choice boxes as their cells or converters write them.
 * What a person typed into a field is theirs, not the app's, and is left out. Also the test of whether a text is English: a run of three or more English words
 * that are not names the field writes the same in both languages (kernel and network names, valid/same/full, ReLU).
 */
public final class VisibleTexts {

    /** Words the app writes the same in English and Korean: names, units, formats, options typed in the CLI syntax. */
    private static final Set<String> ALLOWED = allowedWords();
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");
    /** A word of two letters or more, or "a": one other letter is a variable of a formula (k, p, x, z). */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[Aa]|[A-Za-z]{2,}(['’-][A-Za-z]+)*");
    /** Punctuation a word may carry at either end ("(ReLU)", "valid,"). */
    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}“”‘’·…×]+|[\\p{Punct}“”‘’·…×]+$");

    private VisibleTexts() {
    }

    private static Set<String> allowedWords() {
        Set<String> words = new TreeSet<>();
        KernelLibrary.names().forEach(n -> words.add(n.toLowerCase(Locale.ROOT)));
        NetworkCatalogue.names().forEach(n -> words.add(n.toLowerCase(Locale.ROOT)));
        AppOptions.sampleNames().forEach(n -> words.add(n.toLowerCase(Locale.ROOT)));
        words.addAll(List.of("valid", "same", "full", "explicit", "relu", "leaky", "sigmoid", "tanh", "gflop", "gflops",
                "flop", "flops", "mac", "macs", "max", "average", "avg", "gray", "rgb", "each", "sum", "custom",
                "box", "gaussian", "im2col", "gemm", "blas", "jblas", "java", "convscope", "png", "jpeg", "jpg", "gif",
                "bmp", "csv", "npy", "numpy", "alexnet", "vgg", "resnet", "googlenet", "densenet", "lenet", "inception",
                "conv", "pool", "fc", "softmax", "px", "ms", "x", "cpu", "sobel", "prewitt", "scharr", "laplacian",
                "pytorch", "tensorflow", "keras", "opencv", "min", "dropout", "batchnorm", "lrn",
                "imagenet", "cifar", "mnist", "concat", "add", "ctrl", "shift", "alt", "esc", "enter", "space",
                "tab", "home", "end", "f1", "f11", "gpu",
                // Keys as their caps read (Page Up, Page Down), and a language named in itself in the settings.
                "page", "up", "down", "english"));
        return words;
    }

    /** Every text shown in the scene below {@code root}, in scene-graph order, blank ones left out. */
    public static List<String> of(Parent root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof TextInputControl field) {
            promptAndTooltip(field, texts);
            return;
        }
        if (node instanceof Labeled labeled) {
            add(texts, labeled.getText());
        } else if (node instanceof Text text && !isLabeledSkin(node)) {
            add(texts, text.getText());
        }
        if (node instanceof Control control) {
            Tooltip tip = control.getTooltip();
            if (tip != null) {
                add(texts, tip.getText());
            }
        }
        popUpTexts(node, texts);
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(texts, tab.getText());
                if (tab.getTooltip() != null) {
                    add(texts, tab.getTooltip().getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    /** What {@code node} opens on a click: a menu, a context menu, the list of a combo or choice box. */
    private static void popUpTexts(Node node, List<String> texts) {
        if (node instanceof MenuButton menu) {
            menuTexts(menu.getItems(), texts);
        }
        if (node instanceof Control control && control.getContextMenu() != null) {
            menuTexts(control.getContextMenu().getItems(), texts);
        }
        if (node instanceof ComboBox<?> box) {
            listTexts(box, texts);
        }
        if (node instanceof ChoiceBox<?> box) {
            choiceTexts(box, texts);
        }
    }

    private static void menuTexts(List<MenuItem> items, List<String> texts) {
        for (MenuItem item : items) {
            if (item.isVisible()) {
                add(texts, item.getText());
                if (item instanceof Menu menu) {
                    menuTexts(menu.getItems(), texts);
                }
            }
        }
    }

    /** The items as the open list shows them: through the box's cells when it has a cell factory, else its converter. */
    private static <T> void listTexts(ComboBox<T> box, List<String> texts) {
        add(texts, box.getPromptText());
        if (box.getCellFactory() == null) {
            box.getItems().forEach(item -> add(texts, box.getConverter().toString(item)));
            return;
        }
        ListView<T> list = new ListView<>(box.getItems());
        for (int i = 0; i < box.getItems().size(); i++) {
            ListCell<T> cell = box.getCellFactory().call(list);
            cell.updateListView(list);
            cell.updateIndex(i);
            add(texts, cell.getText());
        }
    }

    private static <T> void choiceTexts(ChoiceBox<T> box, List<String> texts) {
        for (T item : box.getItems()) {
            add(texts, box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item));
        }
    }

    /** A text field: its prompt text is the app's, its content the person's. */
    private static void promptAndTooltip(TextInputControl field, List<String> texts) {
        if (field.getText() == null || field.getText().isEmpty()) {
            add(texts, field.getPromptText());
        }
        if (field.getTooltip() != null) {
            add(texts, field.getTooltip().getText());
        }
    }

    /** The Text a label's skin draws repeats (or clips) the label's own text, which is already counted. */
    private static boolean isLabeledSkin(Node text) {
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Labeled) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }

    /**
     * The first run of three or more English words of {@code text} that are not allowed names, if any. A quoted
     * title ("Understanding the Effective Receptive Field ...") is cited as published and does not count.
     */
    public static Optional<String> englishPhrase(String text) {
        List<String> run = new ArrayList<>();
        for (String token : QUOTED.matcher(text).replaceAll(" ").split("\\s+")) {
            String word = EDGES.matcher(token).replaceAll("");
            boolean english = ENGLISH_WORD.matcher(word).matches() && !ALLOWED.contains(word.toLowerCase(Locale.ROOT));
            if (english) {
                run.add(word);
            } else {
                if (run.size() >= 3) {
                    return Optional.of(String.join(" ", run));
                }
                run.clear();
            }
        }
        return run.size() >= 3 ? Optional.of(String.join(" ", run)) : Optional.empty();
    }

    /** Whether {@code text} has an English word that is not an allowed name (numbers and names do not count). */
    public static boolean hasEnglishWord(String text) {
        for (String token : text.split("\\s+")) {
            String word = EDGES.matcher(token).replaceAll("");
            if (ENGLISH_WORD.matcher(word).matches() && !ALLOWED.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}

package org.convscope.view.lab;

import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.convscope.view.I18n;
import org.convscope.view.control.CellGrid;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.Inspection;
import org.convscope.viewmodel.lab.LabResult;

/**
 * The sum behind one result pixel: the input patch under the kernel's taps, the kernel, their products and the sum,
 * for the pixel under the pointer, or the one clicked last (a click pins it, so the pointer can travel to the
 * button). With several input channels (k x k x 3) one channel's grids show at a time, chosen by R, G, B.
 *
 * <p>Ids: {@code inspector}, {@code inspectPixel}, {@code inspectChannel-<c>}, {@code inspectPatchGrid},
 * {@code inspectKernelGrid}, {@code inspectProductsGrid}, {@code inspectSum}, {@code inspectEquation}, {@code inspectNote},
 * {@code openInSlideButton}.
 */
final class InspectorPanel extends VBox {

    private static final String[] CHANNEL_NAMES = {"R", "G", "B"};
    /** Narrower than this, the card leaves out its title. */
    private static final double WIDE = 560;

    private final ImageLabViewModel viewModel;
    private final I18n i18n;
    private final Label pixel = new Label();
    private final HBox channels = new HBox(4);
    private final ToggleGroup channelGroup = new ToggleGroup();
    private final CellGrid patch = grid("inspectPatchGrid");
    private final CellGrid kernel = grid("inspectKernelGrid");
    private final CellGrid products = grid("inspectProductsGrid");
    private final Label sum = new Label();
    private final Label equation = new Label();
    private final Label note = new Label();
    private final Button open = new Button();
    private Inspection inspection;
    private int shownInputChannel;
    private int x = -1;
    private int y = -1;
    private boolean pinned;

    InspectorPanel(ImageLabViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        setId("inspector");
        getStyleClass().addAll(LabStyles.CARD, LabStyles.INSPECTOR);

        Label title = new Label(i18n.get("lab.inspector.title"));
        title.getStyleClass().add(LabStyles.CARD_TITLE);
        pixel.setId("inspectPixel");
        pixel.getStyleClass().add(LabStyles.NOTE);
        pixel.setWrapText(true);
        pixel.setText(i18n.get("lab.inspector.hint"));
        pixel.setMinHeight(20);
        channels.setAlignment(Pos.CENTER_LEFT);

        HBox grids = new HBox(10, column("lab.inspector.patch", patch), column("lab.inspector.kernel", kernel),
                column("lab.inspector.products", products));
        VBox.setVgrow(grids, Priority.ALWAYS);

        sum.setId("inspectSum");
        sum.getStyleClass().add(LabStyles.INSPECTOR_SUM);
        equation.setId("inspectEquation");
        equation.getStyleClass().add(LabStyles.FORMULA);
        equation.setWrapText(true);
        equation.setMaxHeight(44);
        equation.setMinHeight(0);
        note.setId("inspectNote");
        note.getStyleClass().add(LabStyles.NOTE);
        note.setWrapText(true);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        open.setId("openInSlideButton");
        open.setText(i18n.get("lab.inspector.slide"));
        open.setTooltip(new Tooltip(i18n.get("lab.inspector.slide.tip")));
        open.setOnAction(e -> openInSlideView());
        open.setDisable(true);

        // Title, sum and button on one line: the panel must fit under the pictures in a 720-pixel-high window.
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        sum.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        // In a narrow window the title gives way first (the grids say what the card is), then the button's text
        // (its tooltip says it whole).
        title.managedProperty().bind(widthProperty().greaterThanOrEqualTo(WIDE));
        title.visibleProperty().bind(title.managedProperty());
        open.setMinWidth(60);
        HBox head = new HBox(10, title, channels, grow, sum, open);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, pixel, grids, equation, note);
        ViewListeners.onChange(this, viewModel.resultProperty(), (obs, old, now) -> {
            // A picture of another shape (the grid, another map, another size): the old pixel means nothing there.
            if (old == null || now == null || old.width() != now.width() || old.height() != now.height()
                    || old.shownChannel() != now.shownChannel()) {
                pinned = false;
                x = -1;
                y = -1;
            }
            refresh();
        });
        refresh();
    }

    private static CellGrid grid(String id) {
        CellGrid grid = new CellGrid();
        grid.setId(id);
        grid.setPrefSize(120, 120);
        grid.setMinSize(30, 30);
        return grid;
    }

    private VBox column(String key, CellGrid grid) {
        Label caption = new Label(i18n.get(key));
        caption.getStyleClass().add(LabStyles.NOTE);
        VBox box = new VBox(2, caption, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** The pointer is over result pixel (x, y), or off the picture (-1, -1): followed unless a pixel is pinned. */
    void hover(int x, int y) {
        if (!pinned && x >= 0) {
            show(x, y);
        }
    }

    /** Keeps result pixel (x, y) in the inspector; clicking the kept pixel again lets the pointer lead. */
    void pin(int x, int y) {
        pinned = !(pinned && x == this.x && y == this.y);
        show(x, y);
    }

    /** Sends the inspected pixel to the sliding-kernel view, when there is one. */
    void openInSlideView() {
        if (inspection != null) {
            viewModel.openInSlideView(x, y);
        }
    }

    private void show(int x, int y) {
        this.x = x;
        this.y = y;
        refresh();
    }

    /**
     * Inspects the current pixel again (a new run changes its numbers); before any pixel was pointed at, the middle
     * of the (first) map, so the panel shows what it is for from the start.
     */
    private void refresh() {
        LabResult result = viewModel.resultProperty().get();
        if (x < 0 && result != null) {
            // The middle of the first map: in a grid, the middle of the picture is often a gap between tiles.
            x = (result.isGrid() ? result.tileWidth() : result.width()) / 2;
            y = (result.isGrid() ? result.tileHeight() : result.height()) / 2;
        }
        Optional<Inspection> found = x < 0 ? Optional.empty() : viewModel.inspect(x, y);
        inspection = found.orElse(null);
        open.setDisable(inspection == null);
        if (inspection == null) {
            pixel.setText(i18n.get("lab.inspector.hint"));
        pixel.setMinHeight(20);
            sum.setText("");
            equation.setText("");
            note.setText("");
            channels.getChildren().clear();
            patch.setSource(null);
            kernel.setSource(null);
            products.setSource(null);
            return;
        }
        Inspection i = inspection;
        String where = i18n.format("lab.inspector.pixel", i.channel() + 1, i.outY(), i.outX(), i.inTop(), i.inLeft(),
                i.rows(), i.cols());
        pixel.setText(pinned ? where + "  " + i18n.get("lab.inspector.pinned") : where);
        sum.setText(i18n.format("lab.inspector.sum", LabFormat.number(i.sum())));
        equation.setText(i.equation());
        equation.setTooltip(new Tooltip(i.equation()));
        note.setText(i.note());
        if (shownInputChannel >= i.inputChannels()) {
            shownInputChannel = 0;
        }
        channelButtons(i.inputChannels());
        showChannel();
    }

    private void channelButtons(int count) {
        if (channels.getChildren().size() == (count > 1 ? count : 0)) {
            return;
        }
        channels.getChildren().clear();
        channelGroup.getToggles().clear();
        if (count < 2) {
            return;
        }
        for (int c = 0; c < count; c++) {
            int channel = c;
            ToggleButton button = new ToggleButton(c < CHANNEL_NAMES.length ? CHANNEL_NAMES[c] : Integer.toString(c + 1));
            button.setId("inspectChannel-" + c);
            button.setToggleGroup(channelGroup);
            button.setSelected(c == shownInputChannel);
            button.setTooltip(new Tooltip(i18n.format("lab.inspector.channel", c + 1)));
            button.setOnAction(e -> {
                shownInputChannel = channel;
                button.setSelected(true);
                showChannel();
            });
            channels.getChildren().add(button);
        }
    }

    private void showChannel() {
        Inspection i = inspection;
        int offset = shownInputChannel * i.rows() * i.cols();
        patch.setSource(new ValuesSource(i.rows(), i.cols(), i.patch(), offset));
        kernel.setSource(new ValuesSource(i.rows(), i.cols(), i.kernel(), offset));
        products.setSource(new ValuesSource(i.rows(), i.cols(), i.products(), offset));
    }

    /** The inspection shown, for tests. */
    Inspection inspection() {
        return inspection;
    }
}

package org.convscope.view.arch;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Feature maps drawn as slabs as tall as their channel count, with the layer between each pair:
 * {@code [256] 1×1 [64] 3×3 [128]}. The slab heights are the figure; the colours are app.css's.
 */
final class SlabDiagram extends HBox {

    /** The tallest slab, for the widest map shown beside it; the thinnest stays visible. */
    private static final double TALLEST = 150;
    private static final double THINNEST = 6;

    SlabDiagram(String id) {
        setId(id);
        getStyleClass().add(ArchStyles.SLABS);
        setAlignment(Pos.BOTTOM_LEFT);
    }

    /**
     * @param widest   the channel count drawn {@link #TALLEST} high, shared by the diagrams compared
     * @param channels the maps' channel counts, input first
     * @param layers   the layer between map i and map i + 1
     */
    void show(int widest, List<Integer> channels, List<String> layers) {
        getChildren().clear();
        for (int i = 0; i < channels.size(); i++) {
            if (i > 0) {
                Label layer = new Label(layers.get(i - 1) + " →");
                layer.getStyleClass().add(ArchStyles.SLAB_LAYER);
                layer.setMinWidth(Region.USE_PREF_SIZE);
                VBox box = new VBox(layer);
                box.setAlignment(Pos.CENTER);
                box.setMinHeight(TALLEST);
                getChildren().add(box);
            }
            Region slab = new Region();
            slab.getStyleClass().add(ArchStyles.SLAB);
            double height = Math.max(THINNEST, TALLEST * channels.get(i) / widest);
            slab.setMinSize(28, height);
            slab.setPrefSize(28, height);
            slab.setMaxSize(28, height);
            Label count = new Label(Integer.toString(channels.get(i)));
            count.getStyleClass().add(ArchStyles.SLAB_COUNT);
            VBox column = new VBox(slab, count);
            column.setAlignment(Pos.BOTTOM_CENTER);
            getChildren().add(column);
        }
    }
}

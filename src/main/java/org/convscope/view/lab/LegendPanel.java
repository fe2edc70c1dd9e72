package org.convscope.view.lab;

import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.convscope.io.ValueMapping;
import org.convscope.io.ValueRange;
import org.convscope.view.I18n;
import org.convscope.view.control.Controls;
import org.convscope.view.control.ViewListeners;
import org.convscope.viewmodel.lab.ImageLabViewModel;
import org.convscope.viewmodel.lab.LabMapping;
import org.convscope.viewmodel.lab.LabResult;

/**
 * What the colours mean: the mapping chooser, the colour bar from the lowest to the highest value shown (0 marked
 * in the middle of the diverging map), and the histogram of the values shown in the same colours.
 *
 * <p>The colours come from io.ValueMapping, the function that painted the picture, so legend and picture cannot
 * disagree. Ids: {@code mappingChooser}, {@code legendBar}, {@code legendLow}, {@code legendZero},
 * {@code legendHigh}, {@code histogram}.
 */
final class LegendPanel extends VBox {

    /** Narrower than this, the card leaves out the chooser's label. */
    private static final double WIDE = 330;

    private final ImageLabViewModel viewModel;
    private final LegendBar bar = new LegendBar();
    private final HistogramCanvas histogram = new HistogramCanvas();
    private final Label low = value("legendLow");
    private final Label zero = value("legendZero");
    private final Label high = value("legendHigh");

    LegendPanel(ImageLabViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        setId("legend");
        getStyleClass().add(LabStyles.CARD);

        ComboBox<LabMapping> mapping = Controls.choice("mappingChooser", viewModel.mappingProperty(),
                LabMapping.values(), m -> i18n.get("lab.mapping." + m.name().toLowerCase(Locale.ROOT)));
        mapping.setTooltip(new Tooltip(i18n.get("lab.mapping.tip")));
        Label mappingLabel = new Label(i18n.get("lab.mapping"));
        mappingLabel.getStyleClass().add(LabStyles.CARD_TITLE);
        mappingLabel.setLabelFor(mapping);
        mappingLabel.setMinWidth(Region.USE_PREF_SIZE);
        mapping.setMaxWidth(Double.MAX_VALUE);
        // In a narrow card the chooser, whose entries name the colours, needs the room more than its label.
        mappingLabel.managedProperty().bind(widthProperty().greaterThanOrEqualTo(WIDE));
        mappingLabel.visibleProperty().bind(mappingLabel.managedProperty());
        HBox chooser = new HBox(8, mappingLabel, mapping);
        chooser.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(mapping, Priority.ALWAYS);

        bar.setId("legendBar");
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox values = new HBox(low, left, zero, right, high);

        Label histogramTitle = new Label(i18n.get("lab.histogram.title"));
        histogramTitle.getStyleClass().add(LabStyles.NOTE);
        histogram.setId("histogram");
        VBox.setVgrow(histogram, Priority.ALWAYS);

        getChildren().addAll(chooser, bar, values, histogramTitle, histogram);
        ViewListeners.onChange(this, viewModel.resultProperty(), (obs, old, now) -> show(now));
        show(viewModel.resultProperty().get());
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(LabStyles.LEGEND_VALUE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void show(LabResult result) {
        if (result == null) {
            bar.show(0, 0, null);
            histogram.show(null, null);
            low.setText("");
            zero.setText("");
            high.setText("");
            return;
        }
        ColourScale colours = colours(viewModel.mappingProperty().get(), result.legendLow(), result.legendHigh());
        bar.show(result.legendLow(), result.legendHigh(), colours);
        histogram.show(result.histogram(), colours);
        low.setText(LabFormat.number(result.legendLow()));
        high.setText(LabFormat.number(result.legendHigh()));
        zero.setText(result.diverging() ? "0" : "");
    }

    /**
     * The picture's colour of a value: the mapping over the legend's range. The range is the one the run used, so
     * a result is always drawn with the mapping it was made with (the mapping chooser triggers a new result).
     */
    static ColourScale colours(LabMapping mapping, double low, double high) {
        ValueMapping function = ValueMapping.valueOf(mapping.name());
        ValueRange range = new ValueRange((float) low, (float) high);
        return v -> function.argb((float) v, range);
    }
}

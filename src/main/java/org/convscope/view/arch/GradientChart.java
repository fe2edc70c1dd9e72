package org.convscope.view.arch;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

import org.convscope.viewmodel.arch.GradientSeries;

/**
 * The gradient reaching each layer as bars on a log scale, one group per layer (layer 1, furthest from the loss,
 * on the left), one bar per activation. Decades are labelled 10⁰, 10⁻⁵, ...; a gradient of exactly 0 has no bar.
 * Each bar has the style classes {@code arch-gradient-bar} and {@code arch-gradient-<key>}, and the gradient it
 * stands for as its user data.
 */
final class GradientChart extends Region {

    private static final double AXIS_WIDTH = 64;
    private static final double BOTTOM = 28;
    private static final double TOP = 8;
    /** Labelled decades at most, so that their labels never crowd. */
    private static final int MAX_DECADE_LABELS = 8;

    private final List<Region> bars = new ArrayList<>();
    private final List<Label> decadeLabels = new ArrayList<>();
    private final List<Line> gridLines = new ArrayList<>();
    private final List<Label> layerLabels = new ArrayList<>();
    private List<GradientSeries> series = List.of();
    private int lowestDecade = -1;

    GradientChart() {
        getStyleClass().add(ArchStyles.GRADIENT_CHART);
        setMinHeight(220);
    }

    void show(List<GradientSeries> shown) {
        series = List.copyOf(shown);
        double smallest = 1;
        for (GradientSeries s : series) {
            for (double g : s.perLayer()) {
                if (g > 0) {
                    smallest = Math.min(smallest, g);
                }
            }
        }
        lowestDecade = Math.min(-1, (int) Math.floor(Math.log10(smallest)));
        getChildren().clear();
        bars.clear();
        decadeLabels.clear();
        gridLines.clear();
        layerLabels.clear();
        int step = decadeStep(-lowestDecade);
        for (int decade = 0; decade >= lowestDecade; decade -= step) {
            Line line = new Line();
            line.getStyleClass().add(ArchStyles.GRADIENT_GRID);
            line.setUserData(decade);
            gridLines.add(line);
            Label label = new Label(powerOfTen(decade));
            label.getStyleClass().add(ArchStyles.GRADIENT_AXIS);
            label.setUserData(decade);
            decadeLabels.add(label);
        }
        int depth = series.isEmpty() ? 0 : series.get(0).perLayer().size();
        int labelEvery = depth <= 12 ? 1 : depth <= 25 ? 2 : 5;
        for (int layer = 0; layer < depth; layer++) {
            for (GradientSeries s : series) {
                Region bar = new Region();
                bar.getStyleClass().addAll(ArchStyles.GRADIENT_BAR, ArchStyles.GRADIENT_PREFIX + s.key());
                bar.setUserData(s.perLayer().get(layer));
                bars.add(bar);
            }
            if (layer == 0 || (layer + 1) % labelEvery == 0) {
                Label label = new Label(Integer.toString(layer + 1));
                label.getStyleClass().add(ArchStyles.GRADIENT_AXIS);
                label.setUserData(layer);
                layerLabels.add(label);
            }
        }
        getChildren().addAll(gridLines);
        getChildren().addAll(bars);
        getChildren().addAll(decadeLabels);
        getChildren().addAll(layerLabels);
        requestLayout();
    }

    /** The bars, layer by layer and within a layer in the series' order. */
    List<Region> bars() {
        return List.copyOf(bars);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double left = snappedLeftInset() + AXIS_WIDTH;
        double top = snappedTopInset() + TOP;
        double plotW = Math.max(1, w - AXIS_WIDTH);
        double plotH = Math.max(1, h - TOP - BOTTOM);
        for (int i = 0; i < gridLines.size(); i++) {
            int decade = (Integer) gridLines.get(i).getUserData();
            double y = snapPositionY(top + plotH * decade / (double) lowestDecade);
            Line line = gridLines.get(i);
            line.setStartX(left);
            line.setEndX(left + plotW);
            line.setStartY(y + 0.5);
            line.setEndY(y + 0.5);
            Label label = decadeLabels.get(i);
            double lw = label.prefWidth(-1);
            double lh = label.prefHeight(lw);
            label.resizeRelocate(left - 8 - lw, y - lh / 2, lw, lh);
        }
        int perLayer = Math.max(1, series.size());
        int depth = bars.size() / perLayer;
        if (depth == 0) {
            return;
        }
        double group = plotW / depth;
        double barWidth = Math.max(1, group * 0.84 / perLayer);
        for (int i = 0; i < bars.size(); i++) {
            int layer = i / perLayer;
            int within = i % perLayer;
            double g = (Double) bars.get(i).getUserData();
            double height = g <= 0 ? 0 : plotH * (1 - Math.log10(Math.min(1, g)) / lowestDecade);
            double x = left + layer * group + group * 0.08 + within * barWidth;
            bars.get(i).resizeRelocate(snapPositionX(x), top + plotH - height, Math.max(1, barWidth - 1), height);
        }
        for (Label label : layerLabels) {
            int layer = (Integer) label.getUserData();
            double lw = label.prefWidth(-1);
            double lh = label.prefHeight(lw);
            label.resizeRelocate(left + (layer + 0.5) * group - lw / 2, top + plotH + 4, lw, lh);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 320;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    /** 1, 2, 5, 10, 20, ... decades between labels, so that at most {@link #MAX_DECADE_LABELS} are drawn. */
    private static int decadeStep(int decades) {
        int[] steps = {1, 2, 5, 10, 20, 50};
        for (int step : steps) {
            if (decades / step <= MAX_DECADE_LABELS) {
                return step;
            }
        }
        return 100;
    }

    /** "10⁰", "10⁻¹⁵". */
    static String powerOfTen(int exponent) {
        String superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder text = new StringBuilder("10");
        if (exponent < 0) {
            text.append('⁻');
        }
        for (char digit : Integer.toString(Math.abs(exponent)).toCharArray()) {
            text.append(superscripts.charAt(digit - '0'));
        }
        return text.toString();
    }
}

package org.convscope.view.lab;

import java.util.Locale;

/**
 * Numbers as the lab writes them in cells, legends and the inspector: whole numbers without a decimal point, others
 * with up to three decimals (four significant digits for large ones), so a pixel reads "128", a weight "0.111" and a
 * sum "-1234.5". Locale.ROOT, like the view-model's numbers: a decimal point in both languages.
 */
final class LabFormat {

    private LabFormat() {
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        double magnitude = Math.abs(v);
        String text;
        if (magnitude >= 1000) {
            text = String.format(Locale.ROOT, "%.1f", v);
        } else if (magnitude >= 10) {
            text = String.format(Locale.ROOT, "%.2f", v);
        } else {
            text = String.format(Locale.ROOT, "%.3f", v);
        }
        // "0.500" says no more than "0.5"; a value that rounds to a whole number keeps one decimal ("2.0" is not 2).
        text = text.replaceAll("(\\.\\d*?[1-9])0+$", "$1").replaceAll("\\.(0)0+$", ".$1");
        return text.equals("-0.0") ? "0.0" : text;
    }
}

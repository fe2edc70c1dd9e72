package org.convscope.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.paint.Color;

import org.convscope.view.presenter.PresenterStyles;
import org.convscope.viewmodel.settings.Theme;

/**
 * The themes' named colours as app.css writes them, read from the stylesheet's text, so that a test compares a
 * painted pixel with the palette rather than with a colour typed a second time. The light theme is the
 * {@code .root} rules; another theme is its {@code .theme-<key>} rule over those (both are on the scene's root).
 */
public final class ThemePalette {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(-[-a-z0-9]+)\\s*:\\s*([^;]+);");

    private ThemePalette() {
    }

    /** The stylesheet without its comments. */
    public static String stylesheet() {
        try (InputStream in = Resources.url(ThemePalette.class, Styles.APP_STYLESHEET).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every rule as its selector list (as written, trimmed) and its declarations, in stylesheet order. */
    public static List<Map.Entry<String, Map<String, String>>> rules() {
        List<Map.Entry<String, Map<String, String>>> rules = new ArrayList<>();
        Matcher rule = RULE.matcher(stylesheet());
        while (rule.find()) {
            Map<String, String> declarations = new LinkedHashMap<>();
            Matcher d = DECLARATION.matcher(rule.group(2));
            while (d.find()) {
                declarations.put(d.group(1), d.group(2).trim());
            }
            rules.add(Map.entry(rule.group(1).trim().replaceAll("\\s+", " "), declarations));
        }
        return rules;
    }

    /** The declarations of the rules whose whole selector is {@code selector}, later ones winning. */
    public static Map<String, String> declarations(String selector) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> rule : rules()) {
            if (rule.getKey().equals(selector)) {
                all.putAll(rule.getValue());
            }
        }
        return all;
    }

    /** The selector of a theme's palette: {@code .root} for light, {@code .theme-dark}, ... */
    public static String selector(Theme theme) {
        return theme == Theme.LIGHT ? ".root" : "." + PresenterStyles.theme(theme);
    }

    /** The colour {@code name} (e.g. {@code -cs-surface}) in {@code theme}, following names that name names. */
    public static Color colour(Theme theme, String name) {
        Map<String, String> palette = declarations(".root");
        palette.putAll(declarations(selector(theme)));
        String value = palette.get(name);
        for (int hops = 0; value != null && value.startsWith("-") && hops < 10; hops++) {
            value = palette.get(value);
        }
        if (value == null) {
            throw new IllegalArgumentException("app.css names no colour " + name + " for the " + theme.key() + " theme");
        }
        return Color.web(value);
    }
}

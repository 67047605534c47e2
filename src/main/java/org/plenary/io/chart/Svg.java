package org.plenary.io.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Post-processing of the SVG documents VectorGraphics2D writes for XChart. XChart draws every
 * text as outlines, so the SVG holds shapes only, no text that could carry markup.
 */
final class Svg {

    private static final Pattern LONG_DECIMAL = Pattern.compile("(-?\\d+\\.\\d{2})\\d+");
    private static final Pattern CLIP_ID = Pattern.compile("\\bclip(\\d+)\\b");
    private static final Pattern PROLOGUE = Pattern.compile("\\A\\s*<\\?xml[^>]*>\\s*(<!DOCTYPE[^>]*>\\s*)?");
    private static final Pattern SIZE = Pattern.compile("\\A(<svg\\b[^>]*?)\\s+height=\"[^\"]*\"([^>]*?)\\s+width=\"[^\"]*\"");

    private Svg() {
    }

    /**
     * A smaller and reproducible SVG: coordinates rounded to 1/100 pixel, and the random clip-path
     * ids renumbered in order of appearance.
     */
    static String portable(String svg) {
        String rounded = LONG_DECIMAL.matcher(svg).replaceAll("$1");
        return renameIds(rounded, "clip");
    }

    /**
     * The SVG for inclusion in an HTML page: without XML prologue, scaled to the page's width,
     * its ids prefixed to stay unique in the page, and an escaped title for screen readers.
     */
    static String inline(String svg, String idPrefix, String title) {
        String body = PROLOGUE.matcher(svg).replaceFirst("");
        body = renameIds(body, idPrefix + "-clip");
        Matcher m = SIZE.matcher(body);
        if (m.find()) {
            body = m.replaceFirst(Matcher.quoteReplacement(m.group(1) + m.group(2) + " width=\"100%\""));
        }
        int open = body.indexOf('>');
        String escaped = StringEscapeUtils.escapeXml10(title);
        return body.substring(0, open) + " role=\"img\" aria-label=\"" + escaped + "\">"
                + "<title>" + escaped + "</title>" + body.substring(open + 1);
    }

    private static String renameIds(String svg, String prefix) {
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = CLIP_ID.matcher(svg);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = names.computeIfAbsent(m.group(1), k -> prefix + (names.size() + 1));
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }
}

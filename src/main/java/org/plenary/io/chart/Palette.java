package org.plenary.io.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One colour and marker per delegation, assigned in the order of the sorted delegation ids, so
 * every chart of the same scenario — a run's positions, a simulation's blockers — shows a
 * delegation in the same colour. Colours are Tableau 20 (the categorical palette of Tableau and
 * d3's {@code category20}): its ten strong colours first, then their ten light partners, so a
 * scenario of up to 20 delegations — the flagship has 16 — gives every delegation a colour of its
 * own, which bar charts (that have nothing but colour) need. From the 21st delegation on, the
 * colours repeat with another marker shape (ten shapes) and a dashed line: no two of the first 200
 * delegations share both colour and marker.
 */
public final class Palette {

    /**
     * Tableau 20: the ten strong colours (Tableau 10), then their light partners, each next one the
     * farthest (in RGB) from all before it, so that the first 16 stay at least 59 apart.
     */
    static final List<Color> COLOURS = List.of(
            new Color(0x1F77B4), // blue
            new Color(0xFF7F0E), // orange
            new Color(0x2CA02C), // green
            new Color(0xD62728), // red
            new Color(0x9467BD), // purple
            new Color(0x8C564B), // brown
            new Color(0xE377C2), // pink
            new Color(0x7F7F7F), // grey
            new Color(0xBCBD22), // olive
            new Color(0x17BECF), // cyan
            new Color(0x9EDAE5), // light cyan
            new Color(0xDBDB8D), // light olive
            new Color(0xF7B6D2), // light pink
            new Color(0x98DF8A), // light green
            new Color(0xC49C94), // light brown
            new Color(0xFF9896), // light red
            new Color(0xC7C7C7), // light grey
            new Color(0xFFBB78), // light orange
            new Color(0xC5B0D5), // light purple
            new Color(0xAEC7E8)); // light blue

    /** Marker shapes, one per round of the colours (the first round uses circles). */
    static final List<Marker> MARKERS = List.of(SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND,
            SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS,
            SeriesMarkers.PLUS, SeriesMarkers.TRAPEZOID, SeriesMarkers.OVAL, SeriesMarkers.RECTANGLE);

    /** Colour of the draft on the table. */
    public static final Color DRAFT = new Color(0x222222);

    private final Map<String, Integer> index = new TreeMap<>();

    private Palette(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(ids));
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i), i);
        }
    }

    /** The palette of a scenario with these delegation ids (any order; duplicates ignored). */
    public static Palette of(Collection<String> ids) {
        return new Palette(ids);
    }

    /** The delegation's colour; an unknown id gets grey. */
    public Color colour(String id) {
        Integer i = index.get(id);
        return i == null ? Color.GRAY : COLOURS.get(i % COLOURS.size());
    }

    /** The delegation's marker shape. */
    public Marker marker(String id) {
        Integer i = index.get(id);
        return i == null ? SeriesMarkers.CIRCLE : MARKERS.get((i / COLOURS.size()) % MARKERS.size());
    }

    /** Whether the delegation's lines are dashed (its colour is shared with an earlier delegation). */
    public boolean dashed(String id) {
        Integer i = index.get(id);
        return i != null && i >= COLOURS.size();
    }

    /** The colour as {@code #rrggbb}, for HTML. */
    public String hex(String id) {
        Color c = colour(id);
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}

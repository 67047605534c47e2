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
 * One colour (and marker) per delegation, assigned in the order of the sorted delegation ids, so
 * every chart of the same scenario — a run's positions, a simulation's blockers — shows a
 * delegation in the same colour. Colours are Paul Tol's "muted" qualitative scheme, designed to
 * stay distinguishable for colour-blind readers; from the tenth delegation on the colours repeat
 * with another marker shape and a dashed line.
 */
public final class Palette {

    /** Paul Tol's muted scheme (https://personal.sron.nl/~pault/), in his order. */
    static final List<Color> COLOURS = List.of(
            new Color(0x332288), // indigo
            new Color(0xCC6677), // rose
            new Color(0x117733), // green
            new Color(0xDDCC77), // sand
            new Color(0x88CCEE), // cyan
            new Color(0x882255), // wine
            new Color(0x44AA99), // teal
            new Color(0x999933), // olive
            new Color(0xAA4499)); // purple

    private static final List<Marker> MARKERS = List.of(SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND,
            SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN);

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

package org.plenary.core.model;

import java.util.Comparator;
import java.util.List;

/**
 * An issue of the negotiated text, with a position scale from 0 to 100.
 *
 * @param id          short identifier, unique in a scenario (e.g. {@code legal-nature})
 * @param title       human title
 * @param description what the clause is about
 * @param scale       labelled points of the scale, sorted by position (at least the two ends)
 * @param statusQuo   the position that holds if the text does not include the clause
 */
public record Clause(String id, String title, String description, List<ScaleLabel> scale, double statusQuo) {

    public Clause {
        scale = scale.stream().sorted(Comparator.comparingDouble(ScaleLabel::at)).toList();
    }

    /** The label nearest to {@code position}, or the empty string when the scale has no labels. */
    public String nearestLabel(double position) {
        ScaleLabel best = null;
        for (ScaleLabel l : scale) {
            if (best == null || Math.abs(l.at() - position) < Math.abs(best.at() - position)) {
                best = l;
            }
        }
        return best == null ? "" : best.label();
    }
}

package org.plenary.core.model;

import java.util.Map;

/**
 * What the chair (or the co-facilitators) would like the text to say: an ambition position on
 * some clauses and how strongly it pulls the draft toward them (scenario section {@code chair}).
 * A scenario without one has a neutral chair.
 *
 * @param name      who chairs, e.g. the co-facilitators' countries
 * @param weight    ω in [0, 1]: the share of the way from the compromise to its position in the
 *                  opening draft, and the share of each amendment step λ it adds toward its position
 * @param positions clause id → position 0–100; clauses not named are not pulled
 */
public record ChairPreferences(String name, double weight, Map<String, Double> positions) {

    public ChairPreferences {
        positions = Map.copyOf(positions);
    }
}

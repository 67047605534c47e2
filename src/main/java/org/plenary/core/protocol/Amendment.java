package org.plenary.core.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A change an objecting delegation tables: move {@code clauseId} to its ideal point.
 *
 * @param clauseId the clause
 * @param position the position it asks for (its ideal point)
 * @param loss     how much the current draft of that clause costs it, ŝ·(|p − x|/100)^γ
 */
public record Amendment(String clauseId, double position, double loss) {

    /**
     * The amendments delegation i tables against a text: its ideal point on every clause it weighs
     * that is not dropped and not already at its ideal, the most costly first.
     */
    public static List<Amendment> tabledBy(Negotiation g, int i, double[] text, boolean[] dropped) {
        List<Amendment> amendments = new ArrayList<>();
        int gamma = g.protocol().loss().gamma();
        for (int c = 0; c < g.clauses(); c++) {
            if (!dropped[c] && g.salience(i, c) > 0) {
                double d = Math.abs(text[c] - g.position(i, c)) / 100.0;
                double loss = g.normalisedSalience(i, c) * (gamma == 1 ? d : d * d);
                if (loss > 0) {
                    amendments.add(new Amendment(g.clauseId(c), g.position(i, c), loss));
                }
            }
        }
        amendments.sort(Comparator.comparingDouble(Amendment::loss).reversed());
        return amendments;
    }

    /** Ids of the clauses of the text that cross delegation i's red lines. */
    public static List<String> redLinesCrossed(Negotiation g, int i, double[] text, boolean[] dropped) {
        List<String> crossed = new ArrayList<>();
        for (int c = 0; c < g.clauses(); c++) {
            if (g.crossesRedLine(i, c, text, dropped)) {
                crossed.add(g.clauseId(c));
            }
        }
        return crossed;
    }
}

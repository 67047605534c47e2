package org.plenary.core.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The clauses a delegation names when it dissociates itself from a text (a reservation under the
 * general-assembly forum) or when the chair reports its view as divergent (chair-summary forum):
 * every clause whose red line the text crosses; when none is crossed, the one clause that costs it
 * most, ŝ·(|p − x|/100)^γ, the first in the text's order on a tie.
 */
public final class Reservations {

    private Reservations() {
    }

    /**
     * Marks the clauses delegation i names in {@code out} (which it does not clear first).
     *
     * @return how many it marked
     */
    public static int mark(Negotiation g, int i, double[] text, boolean[] dropped, boolean[] out) {
        int marked = 0;
        for (int c = 0; c < g.clauses(); c++) {
            if (g.crossesRedLine(i, c, text, dropped)) {
                out[c] = true;
                marked++;
            }
        }
        if (marked > 0) {
            return marked;
        }
        int gamma = g.protocol().loss().gamma();
        int worst = -1;
        double worstLoss = 0;
        for (int c = 0; c < g.clauses(); c++) {
            if (dropped[c]) {
                continue;
            }
            double d = Math.abs(text[c] - g.position(i, c)) * 0.01;
            double loss = g.normalisedSalience(i, c) * (gamma == 1 ? d : d * d);
            if (loss > worstLoss) {
                worst = c;
                worstLoss = loss;
            }
        }
        if (worst >= 0) {
            out[worst] = true;
            return 1;
        }
        return 0;
    }

    /** The ids of the clauses delegation i names, in the text's order. */
    public static List<String> named(Negotiation g, int i, double[] text, boolean[] dropped) {
        boolean[] marks = new boolean[g.clauses()];
        mark(g, i, text, dropped, marks);
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < marks.length; c++) {
            if (marks[c]) {
                ids.add(g.clauseId(c));
            }
        }
        return ids;
    }
}

package org.plenary.core.protocol;

/**
 * The chair's moves on the single negotiating text (DESIGN §2 steps 1 and 4): the opening
 * compromise draft, the amendment toward objectors, the pull of the chair's own preferences,
 * meeting red lines at their edge, and dropping clauses that red lines keep blocking. Works in place
 * on caller-owned arrays so that a run allocates nothing per round.
 */
public final class Chair {

    private Chair() {
    }

    /**
     * Round-0 text: p_k = Σ w_i s_ik x_ik / Σ w_i s_ik; a clause nobody weighs stays at its status quo.
     */
    public static void openingDraft(Negotiation g, double[] text, boolean[] dropped) {
        int n = g.delegations();
        for (int c = 0; c < g.clauses(); c++) {
            double num = 0;
            for (int i = 0; i < n; i++) {
                num += g.weight(i, c) * g.position(i, c);
            }
            double den = g.weightSum(c);
            text[c] = den > 0 ? num / den : g.statusQuo(c);
            dropped[c] = false;
            double y = g.chairPosition(c);
            if (!Double.isNaN(y)) {
                // The chair's opening draft: the share ω of the way from the compromise to its position.
                text[c] += g.chairWeight() * (y - text[c]);
            }
        }
    }

    /**
     * The chair's pull after the objectors' step: p_k ← p_k + λ ω (y_k − p_k) on every clause, not
     * dropped, on which it has a position y_k. Nothing for a neutral chair.
     */
    public static void pull(Negotiation g, double[] text, boolean[] dropped) {
        double omega = g.chairWeight();
        if (omega <= 0) {
            return;
        }
        double lambda = g.mediatorStep();
        for (int c = 0; c < g.clauses(); c++) {
            double y = g.chairPosition(c);
            if (!dropped[c] && !Double.isNaN(y)) {
                text[c] += lambda * omega * (y - text[c]);
            }
        }
    }

    /**
     * Red lines met at their edge (under a forum): every clause, not dropped, whose red lines have
     * positions in common is moved to the nearest of them, p_k ← min(max(p_k, L_k), H_k) with
     * [L_k, H_k] the intersection of every red line on it. Clauses whose red lines are disjoint are
     * left to {@link #dropContested}.
     */
    public static void meetRedLines(Negotiation g, double[] text, boolean[] dropped) {
        for (int c = 0; c < g.clauses(); c++) {
            if (dropped[c] || !g.redLined(c) || g.redLinesDisjoint(c)) {
                continue;
            }
            double p = text[c];
            if (p < g.edgeMin(c)) {
                text[c] = g.edgeMin(c);
            } else if (p > g.edgeMax(c)) {
                text[c] = g.edgeMax(c);
            }
        }
    }

    /**
     * p_k ← p_k + λ Σ_{i objecting} w_i s_ik (x_ik − p_k) / Σ_{all i} w_i s_ik, for clauses not dropped.
     *
     * @param objecting objecting[i] is true when delegation i objected or refused
     */
    public static void amend(Negotiation g, double[] text, boolean[] dropped, boolean[] objecting) {
        amend(g, text, dropped, objecting, null);
    }

    /**
     * As {@link #amend(Negotiation, double[], boolean[], boolean[])}, but an objector pulls clause k
     * toward {@code target[i * K + k]} instead of its ideal point x_ik: a delegation played from
     * outside the model (a student's seat) tables its own amendments. A NaN target means that
     * objector tables no amendment on that clause and does not pull it.
     *
     * @param target row-major targets per delegation and clause, or {@code null} for every ideal point
     */
    public static void amend(Negotiation g, double[] text, boolean[] dropped, boolean[] objecting, double[] target) {
        double lambda = g.mediatorStep();
        int k = g.clauses();
        int n = g.delegations();
        for (int c = 0; c < g.clauses(); c++) {
            double den = g.weightSum(c);
            if (dropped[c] || den <= 0) {
                continue;
            }
            double num = 0;
            double p = text[c];
            for (int i = 0; i < n; i++) {
                if (!objecting[i]) {
                    continue;
                }
                if (target == null) {
                    num += g.weight(i, c) * (g.position(i, c) - p);
                } else if (!Double.isNaN(target[i * k + c])) {
                    num += g.weight(i, c) * (target[i * k + c] - p);
                }
            }
            text[c] = p + lambda * num / den;
        }
    }

    /**
     * Counts, per clause, consecutive rounds in which some red line was crossed, and drops a clause
     * once its count reaches {@code protocol.dropContestedAfter} (0: never). Under a forum only
     * clauses whose red lines are disjoint are counted (the others are met at their edge).
     *
     * @param streak   per-clause counters, updated in place
     * @return the number of clauses dropped by this call
     */
    public static int dropContested(Negotiation g, double[] text, boolean[] dropped, int[] streak) {
        int after = g.protocol().dropContestedAfter();
        boolean edge = g.forum() != null;
        int droppedNow = 0;
        for (int c = 0; c < g.clauses(); c++) {
            if (dropped[c] || edge && !g.redLinesDisjoint(c)) {
                continue;
            }
            boolean contested = false;
            for (int i = 0; i < g.delegations() && !contested; i++) {
                contested = g.hasRedLine(i) && g.crossesRedLine(i, c, text, dropped);
            }
            streak[c] = contested ? streak[c] + 1 : 0;
            if (after > 0 && streak[c] >= after) {
                dropped[c] = true;
                droppedNow++;
            }
        }
        return droppedNow;
    }
}

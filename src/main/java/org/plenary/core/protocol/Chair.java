package org.plenary.core.protocol;

/**
 * The chair's moves on the single negotiating text (DESIGN §2 steps 1 and 4): the opening
 * compromise draft, the amendment toward objectors, and dropping clauses that red lines keep
 * blocking. Works in place on caller-owned arrays so that a run allocates nothing per round.
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
     * once its count reaches {@code protocol.dropContestedAfter} (0: never).
     *
     * @param streak   per-clause counters, updated in place
     * @return the number of clauses dropped by this call
     */
    public static int dropContested(Negotiation g, double[] text, boolean[] dropped, int[] streak) {
        int after = g.protocol().dropContestedAfter();
        int droppedNow = 0;
        for (int c = 0; c < g.clauses(); c++) {
            if (dropped[c]) {
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

package org.plenary.core.baseline;

import org.plenary.core.protocol.Chair;
import org.plenary.core.protocol.Negotiation;

/**
 * The compromise model (weighted mean): per clause
 * x̄_c = Σ_i w_i s_ic x_ic / Σ_i w_i s_ic over the negotiating delegations, with w the influence
 * and s the salience. A clause that nobody weighs stays at its status quo.
 *
 * <p>This is the chair's round-0 text of the protocol (DESIGN §2 step 1), so it is computed by
 * the same code ({@link Chair#openingDraft}).
 */
public final class CompromiseModel {

    private CompromiseModel() {
    }

    /** The compromise text: one weighted mean per clause, in the order of the scenario's clauses. */
    public static double[] text(Negotiation g) {
        double[] text = new double[g.clauses()];
        Chair.openingDraft(g, text, new boolean[g.clauses()]);
        return text;
    }
}

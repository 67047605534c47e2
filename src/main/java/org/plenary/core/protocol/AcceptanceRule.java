package org.plenary.core.protocol;

import org.plenary.core.random.KeyedStream;

/**
 * How a delegation answers a draft (DESIGN §2 step 3): refuse when a red line is crossed;
 * otherwise accept when U ≥ a(t), or with temperature τ &gt; 0 with probability
 * 1 / (1 + exp(−(U − a)/τ)).
 *
 * <p>Both engines call this one rule, so the answer is the same wherever it is computed.
 */
public final class AcceptanceRule {

    /** Absorbs rounding so that a text exactly at the aspiration is accepted. */
    static final double TOLERANCE = 1e-12;

    private AcceptanceRule() {
    }

    /**
     * The answer of delegation i in {@code round} to the text.
     *
     * @param respond the delegation's RESPOND stream for this run; drawn from only when τ &gt; 0
     */
    public static ResponseKind respond(Negotiation negotiation, int i, int round, double[] text, boolean[] dropped,
                                       KeyedStream respond) {
        if (negotiation.crossesAnyRedLine(i, text, dropped)) {
            return ResponseKind.REFUSE;
        }
        double u = negotiation.utility(i, text, dropped);
        double a = negotiation.aspiration(i, round);
        return accepts(u, a, negotiation.temperature(), respond) ? ResponseKind.ACCEPT : ResponseKind.OBJECT;
    }

    /**
     * The answer of delegation i under the general-assembly forum, with its ballot on the text
     * written to {@code ballots[i]} ({@link #ballot}). On a draft the chair tables for adoption
     * ({@code forAdoption}: a vote would adopt it), a delegation that would object or refuse and
     * whose ballot is not yes (it would be outvoted) calls a vote when its disposition says so
     * ({@code callsVotes}) and otherwise joins with reservations. Draws from {@code respond} exactly
     * as {@link #respond(Negotiation, int, int, double[], boolean[], KeyedStream)} does.
     */
    public static ResponseKind respond(Negotiation g, int i, int round, double[] text, boolean[] dropped,
                                       KeyedStream respond, boolean forAdoption, Vote[] ballots) {
        ResponseKind r;
        Vote ballot;
        if (g.crossesAnyRedLine(i, text, dropped)) {
            r = ResponseKind.REFUSE;
            ballot = Vote.NO;
        } else {
            double u = g.utility(i, text, dropped);
            ballot = ballotOf(g, i, u);
            r = accepts(u, g.aspiration(i, round), g.temperature(), respond) ? ResponseKind.ACCEPT : ResponseKind.OBJECT;
        }
        ballots[i] = ballot;
        if (!forAdoption || r == ResponseKind.ACCEPT || ballot == Vote.YES) {
            return r;
        }
        return g.callsVotes(i) ? ResponseKind.CALL_VOTE : ResponseKind.RESERVE;
    }

    /**
     * How delegation i would vote on the text under a forum: no when a red line is crossed;
     * abstain when the abstention band h &gt; 0 and |U − BATNA| ≤ h; yes when U ≥ R − 10⁻¹² (R its
     * resistance point); otherwise no. Draws nothing: the same text always gets the same ballot.
     */
    public static Vote ballot(Negotiation g, int i, double[] text, boolean[] dropped) {
        if (g.crossesAnyRedLine(i, text, dropped)) {
            return Vote.NO;
        }
        return ballotOf(g, i, g.utility(i, text, dropped));
    }

    private static Vote ballotOf(Negotiation g, int i, double u) {
        double h = g.abstentionBand();
        if (h > 0 && Math.abs(u - g.batna(i)) <= h) {
            return Vote.ABSTAIN;
        }
        return u >= g.resistancePoint(i) - TOLERANCE ? Vote.YES : Vote.NO;
    }

    /**
     * The ballot delegation i casts in the vote that closes a run of the first protocol (no forum):
     * yes when it accepted the last draft, else no; but abstain when h &gt; 0, no red line is crossed
     * and |U − BATNA| ≤ h. Under a forum a delegation casts its {@link #ballot}.
     */
    public static Vote closingBallot(Negotiation g, int i, double[] text, boolean[] dropped, boolean accepted) {
        if (g.forum() != null) {
            return ballot(g, i, text, dropped);
        }
        double h = g.abstentionBand();
        if (h > 0 && !g.crossesAnyRedLine(i, text, dropped) && Math.abs(g.utility(i, text, dropped) - g.batna(i)) <= h) {
            return Vote.ABSTAIN;
        }
        return accepted ? Vote.YES : Vote.NO;
    }

    /** The acceptance decision given utility u, aspiration a and temperature τ. */
    public static boolean accepts(double u, double a, double temperature, KeyedStream respond) {
        if (temperature <= 0) {
            return u >= a - TOLERANCE;
        }
        return respond.nextDouble() < acceptanceProbability(u, a, temperature);
    }

    /** 1 / (1 + exp(−(u − a)/τ)). */
    public static double acceptanceProbability(double u, double a, double temperature) {
        return 1.0 / (1.0 + Math.exp(-(u - a) / temperature));
    }
}

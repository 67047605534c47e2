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

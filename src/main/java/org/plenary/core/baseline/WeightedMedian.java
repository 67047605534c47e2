package org.plenary.core.baseline;

import java.util.Arrays;

import org.plenary.core.protocol.Negotiation;

/**
 * The weighted median ("median voter"): per clause the position at which half of the weight
 * w_i·s_ic lies on each side.
 *
 * <p>Definition used: sort the distinct positions ascending and accumulate their weights
 * (delegations at the same position pool their weight; zero weights are ignored). The median is the
 * first position at which the cumulative weight reaches half of the total W. <b>Tie:</b> when the
 * cumulative weight equals W/2 exactly (to a relative 10⁻¹² of W) at a position, the median is the
 * midpoint between that position and the next distinct one; every point of that interval splits the
 * weight evenly, and the midpoint is the conventional choice. With no positive weight the result is
 * the fallback (the clause's status quo).
 *
 * <p>In one dimension this is the point that minimises Σ w_i |x_i − p|, the position that beats
 * every other in pairwise weighted votes with linear loss (Black 1948).
 */
public final class WeightedMedian {

    /** Relative tolerance for "the cumulative weight is exactly one half". */
    static final double HALF_TOLERANCE = 1e-12;

    private WeightedMedian() {
    }

    /**
     * The weighted median of {@code positions} under {@code weights} (same length, weights ≥ 0), or
     * {@code fallback} when no weight is positive.
     */
    public static double of(double[] positions, double[] weights, double fallback) {
        if (positions.length != weights.length) {
            throw new IllegalArgumentException("positions and weights differ in length");
        }
        int n = positions.length;
        Integer[] order = new Integer[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            if (weights[i] < 0 || Double.isNaN(weights[i])) {
                throw new IllegalArgumentException("negative weight " + weights[i]);
            }
            total += weights[i];
        }
        if (!(total > 0)) {
            return fallback;
        }
        Arrays.sort(order, (a, b) -> Double.compare(positions[a], positions[b]));
        double half = total / 2;
        double tolerance = HALF_TOLERANCE * total;
        double cumulative = 0;
        int at = 0;
        while (at < n) {
            double x = positions[order[at]];
            while (at < n && positions[order[at]] == x) {
                cumulative += weights[order[at]];
                at++;
            }
            if (Math.abs(cumulative - half) <= tolerance) {
                double next = nextWeighted(positions, weights, order, at);
                return Double.isNaN(next) ? x : (x + next) / 2;
            }
            if (cumulative > half) {
                return x;
            }
        }
        throw new IllegalStateException("cumulative weight never reached one half");
    }

    /** The next position from {@code from} on (in sorted order) that carries positive weight, or NaN. */
    private static double nextWeighted(double[] positions, double[] weights, Integer[] order, int from) {
        for (int j = from; j < order.length; j++) {
            if (weights[order[j]] > 0) {
                return positions[order[j]];
            }
        }
        return Double.NaN;
    }

    /** The weighted median of clause {@code c} over the negotiating delegations, weights w_i·s_ic. */
    public static double clause(Negotiation g, int c) {
        int n = g.delegations();
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = g.position(i, c);
            w[i] = g.weight(i, c);
        }
        return of(x, w, g.statusQuo(c));
    }

    /** The weighted-median text: one median per clause, in the order of the scenario's clauses. */
    public static double[] text(Negotiation g) {
        double[] text = new double[g.clauses()];
        for (int c = 0; c < text.length; c++) {
            text[c] = clause(g, c);
        }
        return text;
    }
}

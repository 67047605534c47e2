package org.plenary.core.explain;

import org.plenary.core.model.Delegation;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Stance;
import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.Negotiation;

/**
 * The text closest to a given one (Euclidean distance over the clauses in the text) that every
 * negotiating delegation would accept in the last round: U_i(p) ≥ BATNA_i and no red line crossed.
 *
 * <p>Each delegation's acceptable set {p : Σ ŝ_ik L(p_k − x_ik) ≤ 1 − BATNA_i} is convex (L is |d| or
 * d²) and the red lines and the 0–100 scale form a box, so the closest acceptable text is the
 * projection of the given text onto the intersection of convex sets. It is found with Dykstra's
 * alternating projection algorithm (Boyle &amp; Dykstra 1986), which converges to that projection when
 * the intersection is not empty; each projection onto one delegation's set is exact up to a bisection
 * on its Lagrange multiplier. When no point satisfies every constraint to 10⁻⁹ after the iterations,
 * no acceptable text is reported. Dropped clauses stay dropped (valued at their status quo).
 */
public final class AcceptableText {

    static final int MAX_CYCLES = 20_000;
    static final double FEASIBLE = 1e-9;

    private AcceptableText() {
    }

    /**
     * The closest text every delegation of {@code g} would accept in the last round, or {@code null}
     * when there is none.
     */
    public static Draft closest(Negotiation g, Draft text) {
        int n = g.delegations();
        int k = g.clauses();
        boolean[] dropped = text.dropped();
        double[] lo = new double[k];
        double[] hi = new double[k];
        for (int c = 0; c < k; c++) {
            lo[c] = 0;
            hi[c] = 100;
        }
        for (Delegation d : g.scenario().delegations()) {
            if (!d.kind().negotiates()) {
                continue;
            }
            for (int c = 0; c < k; c++) {
                Stance s = d.stance(g.clauseId(c));
                RedLine r = s == null ? null : s.redLine();
                if (r != null && !dropped[c]) {
                    lo[c] = Math.max(lo[c], r.min());
                    hi[c] = Math.min(hi[c], r.max());
                }
            }
        }
        for (int c = 0; c < k; c++) {
            if (!dropped[c] && lo[c] > hi[c]) {
                return null;
            }
        }
        double[] x = text.positions();
        double[][] increments = new double[n + 1][k];
        double[] z = new double[k];
        for (int cycle = 0; cycle < MAX_CYCLES; cycle++) {
            double moved = 0;
            for (int set = 0; set <= n; set++) {
                double[] y = increments[set];
                for (int c = 0; c < k; c++) {
                    z[c] = x[c] + y[c];
                }
                double[] p = set == n ? box(z, lo, hi, dropped) : project(g, set, z, dropped);
                for (int c = 0; c < k; c++) {
                    y[c] = z[c] - p[c];
                    moved = Math.max(moved, Math.abs(p[c] - x[c]));
                    x[c] = p[c];
                }
            }
            if (moved < 1e-12) {
                break;
            }
        }
        for (int c = 0; c < k; c++) {
            if (!dropped[c] && (x[c] < lo[c] - FEASIBLE || x[c] > hi[c] + FEASIBLE)) {
                return null;
            }
        }
        for (int i = 0; i < n; i++) {
            if (g.utility(i, x, dropped) < g.batna(i) - FEASIBLE) {
                return null;
            }
        }
        return new Draft(x, dropped);
    }

    private static double[] box(double[] z, double[] lo, double[] hi, boolean[] dropped) {
        double[] p = z.clone();
        for (int c = 0; c < p.length; c++) {
            if (!dropped[c]) {
                p[c] = Math.min(hi[c], Math.max(lo[c], p[c]));
            }
        }
        return p;
    }

    /** Projection of z onto delegation i's set {U_i ≥ BATNA_i}. */
    static double[] project(Negotiation g, int i, double[] z, boolean[] dropped) {
        int k = g.clauses();
        double[] p = z.clone();
        if (g.utility(i, z, dropped) >= g.batna(i)) {
            return p;
        }
        boolean linear = g.protocol().loss().gamma() == 1;
        // Budget of loss the clauses in the text may cost, in loss units (scale/100).
        double budget = 1 - g.batna(i);
        for (int c = 0; c < k; c++) {
            if (dropped[c]) {
                double d = (g.statusQuo(c) - g.position(i, c)) * 0.01;
                budget -= g.normalisedSalience(i, c) * (linear ? Math.abs(d) : d * d);
            }
        }
        budget = Math.max(0, budget);
        double muLo = 0;
        double muHi = 1;
        while (loss(g, i, z, dropped, muHi, linear) > budget && muHi < 1e18) {
            muHi *= 2;
        }
        for (int s = 0; s < 200; s++) {
            double mu = 0.5 * (muLo + muHi);
            if (mu == muLo || mu == muHi) {
                break;
            }
            if (loss(g, i, z, dropped, mu, linear) > budget) {
                muLo = mu;
            } else {
                muHi = mu;
            }
        }
        for (int c = 0; c < k; c++) {
            if (!dropped[c]) {
                p[c] = moved(g, i, c, z[c], muHi, linear);
            }
        }
        return p;
    }

    private static double loss(Negotiation g, int i, double[] z, boolean[] dropped, double mu, boolean linear) {
        double total = 0;
        for (int c = 0; c < g.clauses(); c++) {
            if (dropped[c]) {
                continue;
            }
            double d = (moved(g, i, c, z[c], mu, linear) - g.position(i, c)) * 0.01;
            total += g.normalisedSalience(i, c) * (linear ? Math.abs(d) : d * d);
        }
        return total;
    }

    /**
     * The minimiser of ½(p − z)² + μ·ŝ·L(p − x) in scale units: for L = d², p = x + (z − x)/(1 + 2μŝ/10⁴);
     * for L = |d|, z soft-thresholded toward x by μŝ/100.
     */
    private static double moved(Negotiation g, int i, int c, double z, double mu, boolean linear) {
        double x = g.position(i, c);
        double s = g.normalisedSalience(i, c);
        if (linear) {
            double d = z - x;
            double shrink = Math.max(0, Math.abs(d) - mu * s * 0.01);
            return x + Math.copySign(shrink, d);
        }
        return x + (z - x) / (1 + 2 * mu * s * 1e-4);
    }
}

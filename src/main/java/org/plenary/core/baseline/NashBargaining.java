package org.plenary.core.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.plenary.core.protocol.Negotiation;

/**
 * The Nash bargaining solution over the whole text (Nash 1950): the text p ∈ [0,100]^K that
 * maximises Π_i (U_i(p) − BATNA_i), equivalently Σ_i log(U_i(p) − BATNA_i), with the protocol's
 * utility U_i ({@link Negotiation#utility}, linear or quadratic loss) and BATNA_i = U_i(status quo).
 * No clause is dropped.
 *
 * <p><b>Bargainers.</b> A delegation's best achievable gain is 1 − BATNA_i (its own ideal text gives
 * U = 1). Delegations whose best gain is not positive (within 10⁻¹²: the status quo already is their
 * ideal on every clause they weigh) would put a zero factor into the product for every text; they
 * are excluded and reported in {@link NashSolution#excluded()}.
 *
 * <p><b>Feasibility.</b> The Nash set is the set of texts giving every bargainer a positive gain.
 * It is searched by maximising min_i (U_i(p) − BATNA_i); when that maximum is not positive the set is
 * empty and the solution falls back to the disagreement point, the status-quo text
 * ({@link NashSolution.Status#EMPTY}).
 *
 * <p><b>Optimisation.</b> BOBYQA (Powell 2009, Commons Math) with bounds [0,100] per clause, or
 * Brent's method for a single clause, from several starts: the compromise text, the weighted-median
 * text and the best max-min text. The best result is then polished by a coordinate search. Because
 * each U_i is a sum of per-clause terms, the one-sided directional derivatives of the log-product
 * split into per-clause parts; since the log-product is concave, a point that no coordinate step
 * improves is a global maximum. The solution is unique under quadratic loss; under linear loss it may
 * be a segment, and one of its points is reported.
 */
public final class NashBargaining {

    /** Gains at or below this are treated as zero. */
    static final double GAIN_EPS = 1e-12;
    private static final int MAX_EVAL = 20_000;
    private static final double PENALTY = 1e9;

    private NashBargaining() {
    }

    /** Solves the Nash bargaining problem of {@code g}. */
    public static NashSolution solve(Negotiation g) {
        int k = g.clauses();
        double[] statusQuo = new double[k];
        for (int c = 0; c < k; c++) {
            statusQuo[c] = g.statusQuo(c);
        }
        List<Integer> in = new ArrayList<>();
        List<String> bargainers = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (int i = 0; i < g.delegations(); i++) {
            if (1.0 - g.batna(i) > GAIN_EPS) {
                in.add(i);
                bargainers.add(g.id(i));
            } else {
                excluded.add(g.id(i));
            }
        }
        if (in.isEmpty() || k == 0) {
            return new NashSolution(NashSolution.Status.NO_BARGAINERS, statusQuo, bargainers, excluded,
                    Double.NEGATIVE_INFINITY);
        }
        int[] who = in.stream().mapToInt(Integer::intValue).toArray();
        boolean[] none = new boolean[k];
        ToDoubleFunction<double[]> minGain = p -> {
            double m = Double.POSITIVE_INFINITY;
            for (int i : who) {
                m = Math.min(m, g.utility(i, p, none) - g.batna(i));
            }
            return m;
        };
        ToDoubleFunction<double[]> objective = p -> logProduct(g, who, p, none);

        List<double[]> starts = new ArrayList<>();
        starts.add(CompromiseModel.text(g));
        starts.add(WeightedMedian.text(g));
        double[] maximin = null;
        double maximinValue = Double.NEGATIVE_INFINITY;
        for (double[] s : starts) {
            double[] p = coordinateSearch(minGain, maximise(minGain, s), 10.0, 1e-9);
            double v = minGain.applyAsDouble(p);
            if (v > maximinValue) {
                maximinValue = v;
                maximin = p;
            }
        }
        if (!(maximinValue > GAIN_EPS)) {
            return new NashSolution(NashSolution.Status.EMPTY, statusQuo, bargainers, excluded,
                    Double.NEGATIVE_INFINITY);
        }
        starts.add(maximin);
        double[] best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (double[] s : starts) {
            double[] p = maximise(objective, s);
            if (objective.applyAsDouble(p) < objective.applyAsDouble(s)) {
                p = s.clone();
            }
            double v = objective.applyAsDouble(p);
            if (v > bestValue) {
                bestValue = v;
                best = p;
            }
        }
        best = coordinateSearch(objective, best, 10.0, 1e-10);
        return new NashSolution(NashSolution.Status.SOLVED, best, bargainers, excluded,
                objective.applyAsDouble(best));
    }

    /**
     * Σ log(U_i(p) − BATNA_i) over the delegations {@code who}; when some gain is not positive, a
     * penalty below every feasible value that decreases with the shortfall.
     */
    static double logProduct(Negotiation g, int[] who, double[] p, boolean[] none) {
        double sum = 0;
        double shortfall = 0;
        for (int i : who) {
            double gain = g.utility(i, p, none) - g.batna(i);
            if (gain > 0) {
                sum += Math.log(gain);
            } else {
                shortfall += gain - GAIN_EPS;
            }
        }
        return shortfall < 0 ? -PENALTY + PENALTY * shortfall : sum;
    }

    /** Maximises f over [0,100]^K from {@code start} with BOBYQA (K ≥ 2) or Brent's method (K = 1). */
    private static double[] maximise(ToDoubleFunction<double[]> f, double[] start) {
        int k = start.length;
        double[] x0 = new double[k];
        for (int c = 0; c < k; c++) {
            x0[c] = Math.min(100, Math.max(0, start[c]));
        }
        if (k == 1) {
            BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-10);
            UnivariatePointValuePair r = brent.optimize(new MaxEval(MAX_EVAL),
                    new UnivariateObjectiveFunction(x -> f.applyAsDouble(new double[] {x})),
                    GoalType.MAXIMIZE, new SearchInterval(0, 100, x0[0]));
            double[] p = {r.getPoint()};
            return f.applyAsDouble(p) >= f.applyAsDouble(x0) ? p : x0;
        }
        double[] lo = new double[k];
        double[] hi = new double[k];
        java.util.Arrays.fill(hi, 100);
        BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * k + 1, 10.0, 1e-8);
        MultivariateFunction mf = f::applyAsDouble;
        double[] p;
        try {
            PointValuePair r = bobyqa.optimize(new MaxEval(MAX_EVAL), new ObjectiveFunction(mf), GoalType.MAXIMIZE,
                    new InitialGuess(x0), new SimpleBounds(lo, hi));
            p = r.getPoint();
        } catch (MathIllegalStateException e) {
            // Evaluation budget exhausted: keep the start; the coordinate search polishes afterwards.
            p = x0;
        }
        return f.applyAsDouble(p) >= f.applyAsDouble(x0) ? p : x0;
    }

    /**
     * Coordinate search for a maximum of f over [0,100]^K: from {@code start}, tries steps ±h on every
     * coordinate, keeps any improvement, and halves h when none helps, until h &lt; {@code minStep}.
     *
     * @return the point reached (a new array)
     */
    public static double[] coordinateSearch(ToDoubleFunction<double[]> f, double[] start, double step,
                                            double minStep) {
        double[] p = start.clone();
        double value = f.applyAsDouble(p);
        double h = step;
        while (h >= minStep) {
            boolean improved = false;
            for (int c = 0; c < p.length; c++) {
                for (double dir : new double[] {h, -h}) {
                    double old = p[c];
                    p[c] = Math.min(100, Math.max(0, old + dir));
                    double v = p[c] == old ? value : f.applyAsDouble(p);
                    if (v > value) {
                        value = v;
                        improved = true;
                    } else {
                        p[c] = old;
                    }
                }
            }
            if (!improved) {
                h /= 2;
            }
        }
        return p;
    }
}

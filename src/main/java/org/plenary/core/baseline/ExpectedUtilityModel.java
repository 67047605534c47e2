package org.plenary.core.baseline;

import java.util.ArrayList;
import java.util.List;

import org.plenary.core.protocol.Negotiation;

/**
 * Bueno de Mesquita's expected-utility ("challenge") model of group decisions on one issue, as
 * formalised by Scholz, Calbert and Smith (2011), "Unravelling Bueno De Mesquita's group decision
 * model", Journal of Theoretical Politics 23(4), and cross-checked against the open Python
 * replication of that paper (jmckib/bdm-scholz-expected-utility-model, and David Masad's Python 3
 * port with its example log).
 *
 * <p>Actors have a position x_i, a capability c_i and a salience s_i. Distances are measured on
 * the range δ = max x − min x of the <em>initial</em> positions (the model is then invariant to
 * shifting and rescaling the scale). Each round:
 * <ol>
 * <li><b>Probability of success.</b> Each actor k votes between two positions with strength
 *     v_k(a, b) = c_k s_k ((|x_k − b|/δ)^r_k − (|x_k − a|/δ)^r_k). P_ij = Σ_k max(0, v_k(x_i, x_j)) / D
 *     with D = Σ_k Σ_a Σ_b |v_k(x_a, x_b)| over all actors a, b (the normalisation of Scholz's code);
 *     P_ij = 0 when x_i = x_j.</li>
 * <li><b>Basic utilities</b> seen by an actor with risk exponent r: U^s = 2 − 4(0.5 − 0.5|x_i − x_j|/δ)^r
 *     (success), U^f = 2 − 4(0.5 + 0.5|x_i − x_j|/δ)^r (failure), U^sq = 2 − 4·0.5^r (status quo).</li>
 * <li><b>Expected utility of i challenging j</b>, with Q = 1 (the status quo is expected to hold
 *     absent a challenge): EU_ij = s_j (P_ij U^s + (1 − P_ij) U^f) + (1 − s_j) U^s − U^sq.</li>
 * <li><b>Risk exponents</b>, recomputed every round: with all r = 1, actor i's danger
 *     d_i = Σ_{j≠i} EU_ji; R_i = (2 d_i − max d − min d)/(max d − min d) and
 *     r_i = (1 − R_i/3)/(1 + R_i/3) ∈ [0.5, 2]. When every danger is equal, r_i = 1.</li>
 * <li><b>Offers.</b> Actor i evaluates every j with x_j ≠ x_i from its own perspective (its own
 *     r_i in both EU_ij and EU_ji): EU_ji &gt; EU_ij &gt; 0 is a confrontation that i loses (i moves to
 *     x_j); EU_ji &gt; 0 &gt; EU_ij with EU_ji &gt; |EU_ij| a compromise (i moves to
 *     x_i + (x_j − x_i)|EU_ij/EU_ji|); EU_ji &gt; 0 &gt; EU_ij with EU_ji &lt; |EU_ij| a capitulation
 *     (i moves to x_j). Confrontations take precedence over compromises, compromises over
 *     capitulations; within a kind the {@link OfferChoice} decides. All actors move at once, from the
 *     positions at the start of the round.</li>
 * </ol>
 * The forecast is the weighted median (weights c·s) of the positions after the last round, the
 * "median voter" outcome of the model; the weighted mean is reported beside it.
 */
public final class ExpectedUtilityModel {

    /** Rounds run when none are given. */
    public static final int DEFAULT_ROUNDS = 10;

    /** How an actor picks among several offers of the same kind. */
    public enum OfferChoice {
        /** The offer that requires the least change of position, as the paper states. */
        LEAST_CHANGE,
        /**
         * As the replication code: compromises are ranked by (|EU_ij| x_i + |EU_ji| x_j)/(|EU_ij| + |EU_ji|),
         * smallest first; other kinds by least change. Reproduces the published example log.
         */
        REPLICATION_CODE
    }

    /** What an accepted offer was. */
    public enum OfferKind {
        /** Both would challenge and the counterpart expects more: the actor loses and moves fully. */
        CONFRONTATION,
        /** The actor expects to lose less than the counterpart gains: it moves part of the way. */
        COMPROMISE,
        /** The actor expects to lose more than the counterpart gains: it gives in fully. */
        CAPITULATION
    }

    /**
     * One accepted offer.
     *
     * @param round       1-based round
     * @param actor       index of the actor that moved
     * @param counterpart index of the actor whose offer it took
     * @param kind        kind of offer
     * @param ownEu       EU_ij: the actor's expected utility of challenging the counterpart
     * @param otherEu     EU_ji: the counterpart's, as the actor sees it
     * @param position    the actor's new position
     */
    public record Move(int round, int actor, int counterpart, OfferKind kind, double ownEu, double otherEu,
                       double position) {
    }

    private final int rounds;
    private final OfferChoice choice;

    /** Ten rounds, least-change choice. */
    public ExpectedUtilityModel() {
        this(DEFAULT_ROUNDS, OfferChoice.LEAST_CHANGE);
    }

    /** A model running {@code rounds} (≥ 0) rounds with the given offer choice. */
    public ExpectedUtilityModel(int rounds, OfferChoice choice) {
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must be ≥ 0: " + rounds);
        }
        this.rounds = rounds;
        this.choice = choice;
    }

    /** Number of rounds run. */
    public int rounds() {
        return rounds;
    }

    /** The offer choice in force. */
    public OfferChoice choice() {
        return choice;
    }

    /**
     * Runs the model on clause {@code c}: the negotiating delegations with positive salience on it are
     * the actors (capability = influence). Fewer than two actors, or all at one position: nobody moves.
     */
    public ChallengeRun clause(Negotiation g, int c) {
        List<Integer> actors = new ArrayList<>();
        for (int i = 0; i < g.delegations(); i++) {
            if (g.salience(i, c) > 0) {
                actors.add(i);
            }
        }
        int m = actors.size();
        double[] x = new double[m];
        double[] cap = new double[m];
        double[] sal = new double[m];
        for (int a = 0; a < m; a++) {
            int i = actors.get(a);
            x[a] = g.position(i, c);
            cap[a] = g.influence(i);
            sal[a] = g.salience(i, c);
        }
        return run(x, cap, sal, g.statusQuo(c));
    }

    /**
     * Runs the model on one issue.
     *
     * @param positions    initial positions x_i
     * @param capabilities capabilities c_i &gt; 0
     * @param saliences    saliences s_i in [0, 1]
     * @param fallback     forecast when there is no actor with positive weight
     */
    public ChallengeRun run(double[] positions, double[] capabilities, double[] saliences, double fallback) {
        int n = positions.length;
        if (capabilities.length != n || saliences.length != n) {
            throw new IllegalArgumentException("positions, capabilities and saliences differ in length");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double p : positions) {
            lo = Math.min(lo, p);
            hi = Math.max(hi, p);
        }
        double range = n == 0 ? 0 : hi - lo;
        double[][] history = new double[rounds + 1][];
        history[0] = positions.clone();
        List<Move> moves = new ArrayList<>();
        double[] x = positions.clone();
        for (int t = 1; t <= rounds; t++) {
            if (n >= 2 && range > 0) {
                x = round(t, x, capabilities, saliences, range, moves);
            }
            history[t] = x.clone();
        }
        return new ChallengeRun(history, capabilities, saliences, moves, fallback);
    }

    private double[] round(int t, double[] x, double[] c, double[] s, double range, List<Move> moves) {
        int n = x.length;
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        // Risk exponents from the dangers computed with r = 1 for everyone.
        double[][] p1 = probabilities(x, c, s, ones, range);
        double[] danger = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    danger[i] += challenge(j, i, x, s, p1, 1.0, range);
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double d : danger) {
            max = Math.max(max, d);
            min = Math.min(min, d);
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double bigR = max > min ? (2 * danger[i] - max - min) / (max - min) : 0;
            r[i] = (1 - bigR / 3) / (1 + bigR / 3);
        }
        double[][] p = probabilities(x, c, s, r, range);
        double[] next = x.clone();
        for (int i = 0; i < n; i++) {
            Move best = null;
            double bestKey = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (x[i] == x[j]) {
                    continue;
                }
                double eij = challenge(i, j, x, s, p, r[i], range);
                double eji = challenge(j, i, x, s, p, r[i], range);
                OfferKind kind;
                double to;
                if (eji > eij && eij > 0) {
                    kind = OfferKind.CONFRONTATION;
                    to = x[j];
                } else if (eji > 0 && eij < 0 && eji > Math.abs(eij)) {
                    kind = OfferKind.COMPROMISE;
                    to = x[i] + (x[j] - x[i]) * Math.abs(eij / eji);
                } else if (eji > 0 && eij < 0 && eji < Math.abs(eij)) {
                    kind = OfferKind.CAPITULATION;
                    to = x[j];
                } else {
                    continue;
                }
                double key = choice == OfferChoice.REPLICATION_CODE && kind == OfferKind.COMPROMISE
                        ? (Math.abs(eij) * x[i] + Math.abs(eji) * x[j]) / (Math.abs(eij) + Math.abs(eji))
                        : Math.abs(x[i] - to);
                boolean stronger = best == null || kind.ordinal() < best.kind().ordinal();
                if (stronger || (kind == best.kind() && key < bestKey)) {
                    best = new Move(t, i, j, kind, eij, eji, to);
                    bestKey = key;
                }
            }
            if (best != null) {
                moves.add(best);
                next[i] = best.position();
            }
        }
        return next;
    }

    /** EU_ij seen with risk exponent r: s_j (P U^s + (1 − P) U^f) + (1 − s_j) U^s − U^sq (Q = 1). */
    private static double challenge(int i, int j, double[] x, double[] s, double[][] p, double r, double range) {
        double d = Math.abs(x[i] - x[j]) / range;
        double us = 2 - 4 * Math.pow(0.5 - 0.5 * d, r);
        double uf = 2 - 4 * Math.pow(0.5 + 0.5 * d, r);
        double usq = 2 - 4 * Math.pow(0.5, r);
        return s[j] * (p[i][j] * us + (1 - p[i][j]) * uf) + (1 - s[j]) * us - usq;
    }

    /** v_k(a, b) = c_k s_k ((|x_k − b|/δ)^r_k − (|x_k − a|/δ)^r_k): k's vote for position a over b. */
    private static double vote(int k, double a, double b, double[] x, double[] c, double[] s, double[] r,
                               double range) {
        return c[k] * s[k] * (Math.pow(Math.abs(x[k] - b) / range, r[k]) - Math.pow(Math.abs(x[k] - a) / range, r[k]));
    }

    /** P_ij for all pairs, with the all-pairs normalisation of the replication code. */
    private static double[][] probabilities(double[] x, double[] c, double[] s, double[] r, double range) {
        int n = x.length;
        double total = 0;
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    total += Math.abs(vote(k, x[a], x[b], x, c, s, r, range));
                }
            }
        }
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (x[i] == x[j] || total <= 0) {
                    continue;
                }
                double support = 0;
                for (int k = 0; k < n; k++) {
                    support += Math.max(0, vote(k, x[i], x[j], x, c, s, r, range));
                }
                p[i][j] = support / total;
            }
        }
        return p;
    }
}

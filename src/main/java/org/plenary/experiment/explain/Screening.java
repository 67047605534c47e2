package org.plenary.experiment.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.plenary.core.explain.Lever;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.uncertainty.Perturbation;

/**
 * One-at-a-time screening of P(consensus) and the fragility of consensus, over runs 0 … N−1 of a seed.
 *
 * <p>For each input of each negotiating delegation — its ideal point on each clause it weighs (moved
 * {@value #POSITION_STEP} points down and up, within 0–100), its salience of each clause
 * ({@value #SALIENCE_STEP} down and up, within 0–1) and its concession exponent (divided and
 * multiplied by {@value #CONCESSION_FACTOR}) — P(consensus) is estimated at the low and the high value
 * over the same N runs (the same seeds: common random numbers, so the difference is not drowned by
 * run-to-run noise), and the effect is P(high) − P(low). Inputs are ranked by |effect|. This is a
 * screening (Morris-style elementary effects with one step), cheaper than the Sobol indices of
 * {@code plenary sensitivity} and blind to interactions.
 *
 * <p>Fragility: among the base Monte Carlo's consensus runs, the share whose smallest margin
 * U_i − a_i(t) in the deciding round is below a threshold: those hang on a margin a small change of
 * any input could reverse.
 */
public final class Screening {

    static final double POSITION_STEP = 10;
    static final double SALIENCE_STEP = 0.1;
    static final double CONCESSION_FACTOR = 1.5;

    /**
     * An input's effect on P(consensus).
     *
     * @param delegationId whose input
     * @param lever        which input
     * @param clauseId     its clause, or null
     * @param low          the low value tried
     * @param high         the high value tried
     * @param pLow         P(consensus) at the low value
     * @param pHigh        P(consensus) at the high value
     */
    public record Effect(String delegationId, Lever lever, String clauseId, double low, double high, double pLow,
                         double pHigh) {
        /** P(high) − P(low). */
        public double effect() {
            return pHigh - pLow;
        }
    }

    /**
     * The screening's result.
     *
     * @param runs          runs per estimate
     * @param pConsensus    P(consensus) of the scenario as it is
     * @param consensusRuns consensus outcomes among the runs
     * @param fragileRuns   of those, the ones whose smallest deciding-round margin is below {@code threshold}
     * @param threshold     the margin threshold
     * @param effects       every input's effect, largest |effect| first
     */
    public record Result(long runs, double pConsensus, long consensusRuns, long fragileRuns, double threshold,
                         List<Effect> effects) {
        public Result {
            effects = List.copyOf(effects);
        }

        /** Share of consensus runs that are fragile (0 when there is none). */
        public double fragileShare() {
            return consensusRuns == 0 ? 0 : (double) fragileRuns / consensusRuns;
        }
    }

    private final Scenario scenario;
    private final long seed;
    private final long runs;

    /** A screening of runs 0 … runs−1 of {@code seed}. */
    public Screening(Scenario scenario, long seed, long runs) {
        this.scenario = scenario;
        this.seed = seed;
        this.runs = runs;
    }

    private record Setting(String id, Lever lever, int i, int c, double low, double high) {
    }

    /** Runs the screening on {@code threads} threads; the result does not depend on their number. */
    public Result run(int threads, double threshold) throws InterruptedException {
        Negotiation base = new Negotiation(scenario);
        List<Setting> settings = new ArrayList<>();
        for (int i = 0; i < base.delegations(); i++) {
            for (int c = 0; c < base.clauses(); c++) {
                if (base.salience(i, c) <= 0) {
                    continue;
                }
                double x = base.position(i, c);
                settings.add(new Setting(base.id(i), Lever.POSITION, i, c, Math.max(0, x - POSITION_STEP),
                        Math.min(100, x + POSITION_STEP)));
                double s = base.salience(i, c);
                settings.add(new Setting(base.id(i), Lever.SALIENCE, i, c, Math.max(0, s - SALIENCE_STEP),
                        Math.min(1, s + SALIENCE_STEP)));
            }
            double b = base.concession(i);
            settings.add(new Setting(base.id(i), Lever.CONCESSION, i, -1, b / CONCESSION_FACTOR, b * CONCESSION_FACTOR));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            Future<long[]> baseline = pool.submit(() -> consensus(base, threshold));
            List<Future<long[]>> lows = new ArrayList<>();
            List<Future<long[]>> highs = new ArrayList<>();
            for (Setting st : settings) {
                lows.add(pool.submit(() -> consensus(changed(base, st, st.low()), -1)));
                highs.add(pool.submit(() -> consensus(changed(base, st, st.high()), -1)));
            }
            long[] b = baseline.get();
            List<Effect> effects = new ArrayList<>();
            for (int j = 0; j < settings.size(); j++) {
                Setting st = settings.get(j);
                effects.add(new Effect(st.id(), st.lever(), st.c() < 0 ? null : base.clauseId(st.c()), st.low(),
                        st.high(), (double) lows.get(j).get()[0] / runs, (double) highs.get(j).get()[0] / runs));
            }
            effects.sort(Comparator.comparingDouble((Effect e) -> -Math.abs(e.effect()))
                    .thenComparing(Effect::delegationId).thenComparing(e -> e.lever().ordinal())
                    .thenComparing(e -> e.clauseId() == null ? "" : e.clauseId()));
            return new Result(runs, (double) b[0] / runs, b[0], b[1], threshold, effects);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Negotiation changed(Negotiation base, Setting st, double value) {
        Negotiation g = base.copy();
        switch (st.lever()) {
            case POSITION -> g.setPosition(st.i(), st.c(), value);
            case SALIENCE -> g.setSalience(st.i(), st.c(), value);
            case CONCESSION -> g.setConcession(st.i(), value);
            default -> throw new IllegalArgumentException(st.lever().toString());
        }
        g.refresh();
        return g;
    }

    /** {consensus runs, fragile consensus runs} over runs 0 … N−1 (fragility counted when threshold ≥ 0). */
    private long[] consensus(Negotiation g, double threshold) {
        boolean uncertain = !scenario.uncertainty().isNone();
        Perturbation perturbation = uncertain ? new Perturbation(g, scenario.uncertainty()) : null;
        Negotiation played = uncertain ? perturbation.negotiation() : g;
        NegotiationRun play = new NegotiationRun(played);
        long consensus = 0;
        long fragile = 0;
        for (long r = 0; r < runs; r++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException();
            }
            if (uncertain) {
                perturbation.apply(seed, r);
            }
            if (play.play(seed, r, null) == Outcome.CONSENSUS) {
                consensus++;
                if (threshold >= 0 && smallestMargin(played, play) < threshold) {
                    fragile++;
                }
            }
        }
        return new long[] {consensus, fragile};
    }

    private static double smallestMargin(Negotiation g, NegotiationRun play) {
        int t = play.roundsUsed() - 1;
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < g.delegations(); i++) {
            smallest = Math.min(smallest, g.utility(i, play.text(), play.dropped()) - g.aspiration(i, t));
        }
        return smallest;
    }
}

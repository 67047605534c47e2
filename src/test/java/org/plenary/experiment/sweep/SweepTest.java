package org.plenary.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Loss;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.Scenario;
import org.plenary.core.uncertainty.Distribution;
import org.plenary.core.uncertainty.Field;
import org.plenary.core.uncertainty.UncertainInput;
import org.plenary.core.uncertainty.Uncertainty;
import org.plenary.experiment.montecarlo.MonteCarloResult;

class SweepTest {

    private static final Parameter ROUNDS = new Parameter("protocol.maxRounds", Parameter.Kind.WHOLE,
            new Domain.Interval(1, 9, 3, true));
    private static final Parameter RULE = new Parameter("protocol.decisionRule", Parameter.Kind.CHOICE,
            new Domain.Choices(List.of("consensus", "majority")));

    @Test
    void aGridVisitsEveryCombinationWithTheLastParameterFastest() {
        SweepPlan plan = SweepPlan.of(List.of(ROUNDS, RULE), Design.GRID, 0, 10, 1);
        assertEquals(6, plan.points().size());
        assertArrayEquals(new double[] {1, 0}, plan.points().get(0).values());
        assertArrayEquals(new double[] {1, 1}, plan.points().get(1).values());
        assertArrayEquals(new double[] {5, 0}, plan.points().get(2).values());
        assertArrayEquals(new double[] {9, 1}, plan.points().get(5).values());
        assertEquals("majority", RULE.text(1));
        assertEquals("9", ROUNDS.text(9));
    }

    @Test
    void theRunOrderIsAPermutationThatSpreadsTheFirstPointsOverTheDesign() {
        assertArrayEquals(new int[] {0, 4, 2, 6, 1, 5, 3, 7}, SweepPlan.bitReversal(8).toArray());
        assertArrayEquals(new int[] {0, 4, 2, 1, 5, 3}, SweepPlan.bitReversal(6).toArray());
        for (int n : new int[] {1, 2, 3, 7, 100, 1000}) {
            int[] o = SweepPlan.bitReversal(n).toArray();
            int[] sorted = o.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < n; i++) {
                assertEquals(i, sorted[i], "a permutation of 0.." + (n - 1));
            }
        }
    }

    @Test
    void aLatinHypercubePutsOnePointInEachStratumOfEachCoordinate() {
        int n = 50;
        double[][] u = all(Design.LHS.unitPoints(3, n, 99), n);
        for (int k = 0; k < 3; k++) {
            boolean[] seen = new boolean[n];
            for (double[] p : u) {
                int s = (int) Math.floor(p[k] * n);
                assertTrue(!seen[s], "stratum " + s + " of coordinate " + k + " is used once");
                seen[s] = true;
            }
        }
        assertTrue(Arrays.deepEquals(u, all(Design.LHS.unitPoints(3, n, 99), n)), "same seed, same design");
        assertTrue(!Arrays.deepEquals(u, all(Design.LHS.unitPoints(3, n, 100), n)), "another seed, another design");
    }

    @Test
    void randomPointsDependOnTheSeedAndTheirIdAloneAndSobolOnNothing() {
        double[][] few = all(Design.RANDOM.unitPoints(2, 3, 5), 3);
        double[][] more = all(Design.RANDOM.unitPoints(2, 10, 5), 10);
        assertArrayEquals(few[2], more[2]);
        // Sobol points 1, 2 of dimension 2 (the origin skipped): (0.5, 0.5), (0.75, 0.25).
        double[][] s = all(Design.SOBOL.unitPoints(2, 2, 0), 2);
        assertArrayEquals(new double[] {0.5, 0.5}, s[0]);
        assertArrayEquals(new double[] {0.75, 0.25}, s[1]);
    }

    /** The first {@code n} points of a design, for comparing whole designs. */
    static double[][] all(Design.UnitPoints u, int n) {
        double[][] points = new double[n][];
        for (int p = 0; p < n; p++) {
            points[p] = u.at(p);
        }
        return points;
    }

    @Test
    void domainsMapTheUnitIntervalOntoTheirValues() {
        Domain.Interval whole = new Domain.Interval(1, 3, 2, true);
        assertEquals(1, whole.at(0.0));
        assertEquals(2, whole.at(0.5));
        assertEquals(3, whole.at(0.999));
        assertEquals(25, new Domain.Interval(0, 100, 5, false).gridValue(1));
        // Triangular(0, 50, 100): F(x) = x²/5000 below the mode, so u = 0.125 → x = 25 (by hand).
        assertEquals(25, new Domain.Triangular(0, 50, 100, 3).at(0.125), 1e-12);
        // A normal truncated symmetrically about its mean has its median at the mean.
        assertEquals(50, new Domain.Normal(50, 10, 0, 100, 3).at(0.5), 1e-9);
        assertEquals(0.5, new Domain.Beta(2, 2, 0, 1, 3).at(0.5), 1e-9);
    }

    /**
     * Two delegations with every source of randomness active (a redrawn position, τ > 0, a vote at
     * the end), so that each point's numbers depend on its random streams and a wrong seed shows.
     */
    private static Scenario scenario() {
        Protocol p = new Protocol(3, Loss.LINEAR, 0.05, 0.5, 0, DecisionRule.MAJORITY, 0.5);
        Scenario s = Fixtures.scenario().clause("k", 0).protocol(p)
                .state("A", 1, "k", 50, 1).state("B", 1, "k", 100, 1).build();
        return s.withUncertainty(new Uncertainty(null, null, List.of(new UncertainInput(
                "delegations.A.clauses.k.position", Field.POSITION, "A", "k", new Distribution.Uniform(0, 100)))));
    }

    private static Map<Integer, MonteCarloResult> run(SweepPlan plan, int threads, java.util.function.IntPredicate done)
            throws InterruptedException {
        return run(plan, threads, done, (pt, position, worker) -> plan.pointSeed(pt.id()));
    }

    /**
     * Runs the points not {@code done} with a given seed derivation. With several threads the first
     * points wait until as many workers hold one, so that several workers really run points.
     */
    private static Map<Integer, MonteCarloResult> run(SweepPlan plan, int threads, java.util.function.IntPredicate done,
                                                      SweepRunner.SeedDerivation seeds) throws InterruptedException {
        Map<Integer, MonteCarloResult> out = new TreeMap<>();
        Scenario base = scenario();
        CountDownLatch allBusy = new CountDownLatch(threads);
        new SweepRunner(plan, pt -> {
            allBusy.countDown();
            try {
                allBusy.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return base.withProtocol(base.protocol().withMaxRounds((int) pt.value(0)));
        }, seeds).run(threads, done, (pt, r) -> out.put(pt.id(), r));
        return out;
    }

    /** The five points of a grid over maxRounds 1–5, 2,000 runs each. */
    private static SweepPlan fivePoints() {
        return SweepPlan.of(List.of(new Parameter("protocol.maxRounds", Parameter.Kind.WHOLE,
                new Domain.Interval(1, 5, 5, true))), Design.GRID, 0, 2000, 17);
    }

    /** Results of the points run in two halves, as a sweep stopped and resumed would. */
    private static Map<Integer, MonteCarloResult> resumed(SweepPlan plan, SweepRunner.SeedDerivation seeds)
            throws InterruptedException {
        Map<Integer, MonteCarloResult> r = new TreeMap<>(run(plan, 2, id -> id % 2 == 0, seeds));
        r.putAll(run(plan, 2, id -> id % 2 != 0, seeds));
        return r;
    }

    @Test
    void theScenarioOfTheseChecksHasResultsThatDependOnTheSeed() throws InterruptedException {
        SweepPlan plan = fivePoints();
        Map<Integer, MonteCarloResult> one = run(plan, 1, id -> false);
        for (MonteCarloResult r : one.values()) {
            double p = r.consensus().estimate();
            assertTrue(p > 0.02 && p < 0.98, "P(consensus) strictly between 0 and 1: " + p);
        }
        Map<Integer, MonteCarloResult> shifted = run(plan, 1, id -> false, (pt, k, w) -> plan.pointSeed(pt.id()) + 1);
        for (int id : one.keySet()) {
            assertNotEquals(one.get(id), shifted.get(id), "another seed, other numbers at point " + id);
        }
    }

    @Test
    void aSeedThatDependsOnTheOrderOfExecutionIsCaughtByTheResumptionCheck() throws InterruptedException {
        SweepPlan plan = fivePoints();
        // Wrong: the seed of "the k-th point this call runs" instead of the point's own.
        SweepRunner.SeedDerivation byPosition = (pt, position, worker) -> SweepPlan.mix(plan.seed(), position);
        Map<Integer, MonteCarloResult> whole = run(plan, 1, id -> false, byPosition);
        assertEquals(whole, run(plan, 3, id -> false, byPosition), "thread count alone does not reveal it");
        assertNotEquals(whole, resumed(plan, byPosition), "resuming does");
    }

    @Test
    void aSeedThatDependsOnTheWorkerIsCaughtByTheThreadCountCheck() throws InterruptedException {
        SweepPlan plan = fivePoints();
        // Wrong: a seed per worker thread, as a per-thread random generator would give.
        SweepRunner.SeedDerivation byWorker = (pt, position, worker) -> SweepPlan.mix(plan.pointSeed(pt.id()), worker);
        assertNotEquals(run(plan, 1, id -> false, byWorker), run(plan, 3, id -> false, byWorker));
    }

    @Test
    void resultsAreIdenticalForAnyThreadCountAndWhenResumedFromAnySubset() throws InterruptedException {
        SweepPlan plan = fivePoints();
        Map<Integer, MonteCarloResult> one = run(plan, 1, id -> false);
        assertEquals(5, one.size());
        assertEquals(one, run(plan, 3, id -> false));
        assertEquals(one, resumed(plan, (pt, position, worker) -> plan.pointSeed(pt.id())));
        assertNotEquals(plan.pointSeed(0), plan.pointSeed(1), "each point has a seed of its own");
    }

    @Test
    void metricsFollowTheirNames() throws InterruptedException {
        SweepPlan plan = SweepPlan.of(List.of(ROUNDS), Design.SOBOL, 2, 100, 1);
        List<String> names = new ArrayList<>();
        run(plan, 1, id -> false).values().forEach(r -> Metric.of(r).forEach(m -> names.add(m.name())));
        assertEquals(Metric.names(List.of("A", "B")), names.subList(0, 6));
    }
}

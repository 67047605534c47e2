package org.plenary.experiment.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.Loss;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;
import org.plenary.core.stats.Proportion;
import org.plenary.core.stats.WilsonInterval;
import org.plenary.core.uncertainty.Distribution;
import org.plenary.core.uncertainty.Field;
import org.plenary.core.uncertainty.UncertainInput;
import org.plenary.core.uncertainty.Uncertainty;

class MonteCarloTest {

    /**
     * Two delegations of equal weight on one clause, status quo 0, linear loss, T = 1 (aspiration =
     * BATNA). B sits at 100; A's position x is uncertain. The draft is (x + 100)/2.
     * A accepts iff 1 − (100 − x)/200 ≥ 1 − x/100, i.e. x ≥ 100/3; B always accepts (BATNA_B = 0).
     * So P(consensus) = P(x ≥ 100/3).
     */
    private static Scenario threshold(Distribution d) {
        Protocol p = new Protocol(1, Loss.LINEAR, 0, 0.5, 0, DecisionRule.CONSENSUS, 2.0 / 3);
        Scenario s = Fixtures.scenario().clause("k", 0).protocol(p)
                .state("A", 1, "k", 50, 1).state("B", 1, "k", 100, 1).build();
        return s.withUncertainty(new Uncertainty(null, null,
                List.of(new UncertainInput("delegations.A.clauses.k.position", Field.POSITION, "A", "k", d))));
    }

    private static void assertConsensusProbability(Distribution d, double expected) throws InterruptedException {
        MonteCarloResult r = new MonteCarlo(threshold(d)).run(new MonteCarloSettings(20_000, 12345, 2));
        Proportion c = r.consensus();
        Proportion wide = new WilsonInterval(0.99).of(c.successes(), c.trials());
        assertTrue(wide.lower() <= expected && expected <= wide.upper(),
                d + ": expected " + expected + " in [" + wide.lower() + ", " + wide.upper() + "]");
    }

    @Test
    void fragilityStatisticsMatchTheirKnownValues() throws InterruptedException {
        // As above with x ~ U(0, 100). At consensus A's margin is U − BATNA = (3x − 100)/200, below 0.02 for
        // 100/3 ≤ x < 104/3: P = (4/3)/100 = 0.013333; B's margin is at least 0.5. T = 1: every consensus
        // comes in the last round.
        MonteCarloResult r = new MonteCarlo(threshold(new Distribution.Uniform(0, 100)))
                .run(new MonteCarloSettings(20_000, 777, 2));
        Proportion small = r.delegations().get(0).smallMargin();
        Proportion wide = new WilsonInterval(0.99).of(small.successes(), small.trials());
        assertTrue(wide.lower() <= 0.04 / 3 && 0.04 / 3 <= wide.upper(), small.toString());
        assertEquals(0, r.delegations().get(1).smallMargin().successes());
        assertEquals(small.successes(), r.fragile().successes());
        assertEquals(r.consensus().successes(), r.lastRound().trials());
        assertEquals(1.0, r.lastRound().estimate());
        // Mean margin of B over all runs: (x + 100)/200 averaged, 0.75.
        assertEquals(0.75, r.delegations().get(1).margin().mean(), 0.01);
    }

    @Test
    void reservationsAndCallsForAVoteAreCountedPerDelegation() throws InterruptedException {
        // The lone holdout of ForumRulesHandComputedTest: C joins with a reservation in every run; with
        // the disposition to call votes it calls one in every run instead.
        Fixtures f = Fixtures.scenario().clause("k", 0).forum(org.plenary.core.model.Forum.GENERAL_ASSEMBLY)
                .state("A", 1, "k", 60, 1).state("B", 1, "k", 60, 1).state("C", 1, "k", 0, 1);
        MonteCarloResult r = new MonteCarlo(f.build()).run(new MonteCarloSettings(50, 1, 1));
        assertEquals(50, r.consensusWithReservations().successes());
        assertEquals(50, r.delegations().get(2).reservation().successes());
        assertEquals(0, r.delegations().get(2).callsVote().successes());
        assertEquals(0, r.lastRound().successes(), "closed in round 2 of 3");
        MonteCarloResult called = new MonteCarlo(f.callsVotes("C").build()).run(new MonteCarloSettings(50, 1, 1));
        assertEquals(50, called.adoptedByVote().successes());
        assertEquals(50, called.delegations().get(2).callsVote().successes());
    }

    @Test
    void consensusProbabilityMatchesTheKnownProbabilityUnderAUniform() throws InterruptedException {
        // x ~ U(0, 100): P(x ≥ 100/3) = 2/3.
        assertConsensusProbability(new Distribution.Uniform(0, 100), 2.0 / 3);
    }

    @Test
    void consensusProbabilityMatchesTheKnownProbabilityUnderATriangular() throws InterruptedException {
        // x ~ Tri(0, 50, 100): F(100/3) = (100/3)² / (100·50) = 0.222222; P = 0.777778.
        assertConsensusProbability(new Distribution.Triangular(0, 50, 100), 1 - (10000.0 / 9) / 5000);
    }

    @Test
    void normalDrawsAreTruncatedToTheValidRange() throws InterruptedException {
        // x = 50 + N(−30, 30²) = N(20, 30²) truncated to [0, 100] by rejection:
        // P = (Φ(80/30) − Φ((100/3 − 20)/30)) / (Φ(80/30) − Φ(−20/30)) = 0.436386 (Python's
        // statistics.NormalDist agrees). A clamped (censored) normal would give 1 − Φ(0.4444) = 0.328361.
        NormalDistribution z = new NormalDistribution();
        double expected = (z.cumulativeProbability(80.0 / 30) - z.cumulativeProbability((100.0 / 3 - 20) / 30))
                / (z.cumulativeProbability(80.0 / 30) - z.cumulativeProbability(-20.0 / 30));
        assertEquals(0.436386, expected, 1e-6);
        assertConsensusProbability(new Distribution.Normal(-30, 30), expected);
    }

    @Test
    void betaDrawsAreScaledToTheFieldsRange() throws InterruptedException {
        // x = 100·B, B ~ Beta(2, 2): F(1/3) = 3t² − 2t³ = 1/3 − 2/27 = 7/27; P = 20/27.
        assertConsensusProbability(new Distribution.Beta(2, 2), 20.0 / 27);
    }

    private static Scenario noisy() {
        Protocol p = new Protocol(12, Loss.QUADRATIC, 0.03, 0.4, 3, DecisionRule.MAJORITY, 0.6);
        Scenario s = Fixtures.scenario().clause("a", 0).clause("b", 10).clause("c", 0).protocol(p)
                .state("USA", 3, "a", 10, 0.9, "b", 20, 0.3, "c", 30, 0.2)
                .state("CHN", 2, "a", 60, 0.4, "b", 80, 0.7, "c", 10, 0.5)
                .delegation("EU", DelegationKind.BLOC, 2, 5, List.of("AUT", "BEL", "BGR", "HRV", "CYP"), 0.8, 1.5,
                        "a", 70, 0.6, "b", 50, 0.3, "c", 80, 0.6)
                .state("PAK", 1, "a", 55, 0.5, "b", 90, 0.8, "c", 60, 0.2,
                        new org.plenary.core.model.RedLine(20, 100))
                .build();
        return s.withUncertainty(new Uncertainty(new Distribution.Normal(0, 8), new Distribution.Normal(0, 0.05),
                List.of(new UncertainInput("delegations.EU.cohesion", Field.COHESION, "EU", null,
                        new Distribution.Beta(8, 2)),
                        new UncertainInput("protocol.mediatorStep", Field.MEDIATOR_STEP, null, null,
                                new Distribution.Triangular(0.2, 0.4, 0.6)))));
    }

    /**
     * A and B of equal weight on one clause, status quo 0, linear loss, T = 1 (aspiration = BATNA):
     * the draft is the compromise (40 + 60)/2 = 50, which both accept (U = 0.9 against BATNAs 0.6
     * and 0.4) unless a red line excludes it. B's red line [min, 100] and A's [0, max] are drawn.
     */
    private static Scenario redLines(UncertainInput... drawn) {
        Protocol p = new Protocol(1, Loss.LINEAR, 0, 0.5, 0, DecisionRule.CONSENSUS, 2.0 / 3);
        Scenario s = Fixtures.scenario().clause("k", 0).protocol(p)
                .state("A", 1, "k", 40, 1, new RedLine(0, 100)).state("B", 1, "k", 60, 1, new RedLine(45, 100)).build();
        return s.withUncertainty(new Uncertainty(null, null, List.of(drawn)));
    }

    private static void assertConsensus(Scenario s, double expected) throws InterruptedException {
        Proportion c = new MonteCarlo(s).run(new MonteCarloSettings(20_000, 12345, 2)).consensus();
        Proportion wide = new WilsonInterval(0.99).of(c.successes(), c.trials());
        assertTrue(wide.lower() <= expected && expected <= wide.upper(),
                "expected " + expected + " in [" + wide.lower() + ", " + wide.upper() + "]");
    }

    @Test
    void aDrawnRedLineBlocksWithItsProbability() throws InterruptedException {
        // B's min ~ U(40, 60): B refuses the draft 50 iff min > 50, so P(consensus) = 1/2.
        Scenario uniform = redLines(new UncertainInput("delegations.B.clauses.k.redLine.min", Field.RED_LINE_MIN,
                "B", "k", new Distribution.Uniform(40, 60)));
        assertConsensus(uniform, 0.5);
        // A's max ~ N(55, 10²) truncated to [min, 100] = [0, 100]: A refuses iff max < 50, so
        // P(consensus) = 1 − (Φ(−0.5) − Φ(−5.5)) / (Φ(4.5) − Φ(−5.5)) = 1 − 0.308538 = 0.691462.
        Scenario normal = redLines(new UncertainInput("delegations.A.clauses.k.redLine.max", Field.RED_LINE_MAX,
                "A", "k", new Distribution.Normal(-45, 10)));
        assertConsensus(normal, 0.691462);
        // Without the draws B's red line (45) admits 50: always consensus.
        assertEquals(1.0, new MonteCarlo(redLines()).run(new MonteCarloSettings(100, 1, 1)).consensus().estimate());
        MonteCarloResult one = new MonteCarlo(uniform).run(new MonteCarloSettings(5_000, 9, 1));
        assertEquals(one, new MonteCarlo(uniform).run(new MonteCarloSettings(5_000, 9, 3)), "any thread count");
    }

    @Test
    void resultsAreIdenticalForAnyThreadCount() throws InterruptedException {
        Scenario s = noisy();
        MonteCarloResult one = new MonteCarlo(s).run(new MonteCarloSettings(9_000, 5, 1));
        MonteCarloResult two = new MonteCarlo(s).run(new MonteCarloSettings(9_000, 5, 2));
        MonteCarloResult eight = new MonteCarlo(s).run(new MonteCarloSettings(9_000, 5, 8));
        assertEquals(one, two);
        assertEquals(one, eight);
        // The scenario is not degenerate: every outcome occurs.
        assertTrue(one.consensus().successes() > 0 && one.noAgreement().successes() > 0
                && one.adoptedByVote().successes() > 0, one.toString());
    }

    @Test
    void resultsDoNotDependOnTheOrderOfDelegations() throws InterruptedException {
        Scenario s = noisy();
        List<Delegation> shuffled = new ArrayList<>(s.delegations());
        Collections.shuffle(shuffled, new Random(4));
        Collections.reverse(shuffled);
        MonteCarloResult a = new MonteCarlo(s).run(new MonteCarloSettings(3_000, 5, 2));
        MonteCarloResult b = new MonteCarlo(s.withDelegations(shuffled)).run(new MonteCarloSettings(3_000, 5, 2));
        assertEquals(a, b);
    }

    @Test
    void aDifferentSeedGivesDifferentDraws() throws InterruptedException {
        Scenario s = noisy();
        MonteCarloResult a = new MonteCarlo(s).run(new MonteCarloSettings(3_000, 5, 2));
        MonteCarloResult b = new MonteCarlo(s).run(new MonteCarloSettings(3_000, 6, 2));
        assertTrue(!a.equals(b));
    }

    @Test
    void countsAddUp() throws InterruptedException {
        MonteCarloResult r = new MonteCarlo(noisy()).run(new MonteCarloSettings(2_500, 1, 2));
        assertEquals(2_500, r.consensus().successes() + r.adoptedByVote().successes() + r.noAgreement().successes());
        assertEquals(2_500L, r.roundsCounts().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void chunkTalliesMergedInAnyOrderGiveTheResultOfOneRun() throws InterruptedException {
        // What a distributed Monte Carlo does: every chunk computed apart (on other machines), its
        // counts and sums sent as flat arrays, merged as they arrive (here in reverse order, one twice).
        Scenario s = noisy();
        MonteCarloSettings settings = new MonteCarloSettings(4_500, 5, 2);
        MonteCarlo mc = new MonteCarlo(s);
        MonteCarloResult whole = mc.run(settings);
        MonteCarlo.Merger merger = mc.merger(settings);
        long chunks = MonteCarlo.chunks(4_500);
        assertEquals(5, chunks);
        for (long c = chunks - 1; c >= 0; c--) {
            ChunkTally t = mc.chunk(settings, c);
            ChunkTally copy = new ChunkTally(mc, t.chunk(), t.counts(), t.sums());
            assertEquals(t, copy);
            assertTrue(merger.add(copy));
            if (c == 2) {
                assertTrue(!merger.add(copy), "a chunk added twice counts once");
            }
        }
        assertTrue(merger.complete());
        assertEquals(whole, merger.result());
        assertThrows(IllegalArgumentException.class, () -> new ChunkTally(mc, 0, new long[3], new double[3]));
    }
}

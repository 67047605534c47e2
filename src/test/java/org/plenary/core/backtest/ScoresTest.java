package org.plenary.core.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenary.core.protocol.Outcome;

/** The backtest's scores against values computed by hand (docs/design.md, "Backtests"). */
class ScoresTest {

    private static final double EPS = 1e-12;

    @Test
    void brierScoreSumsSquaredDifferencesOverTheClasses() {
        // (0.7 - 1)^2 + 0.2^2 + 0.1^2 = 0.09 + 0.04 + 0.01
        assertEquals(0.14, Scores.brier(new double[] {0.7, 0.2, 0.1}, 0), EPS);
        // 0.7^2 + 0.2^2 + (0.1 - 1)^2 = 0.49 + 0.04 + 0.81
        assertEquals(1.34, Scores.brier(new double[] {0.7, 0.2, 0.1}, 2), EPS);
        assertEquals(0, Scores.brier(new double[] {1, 0, 0}, 0), EPS);
        assertEquals(2, Scores.brier(new double[] {0, 1, 0}, 0), EPS);
    }

    @Test
    void logScoreIsMinusTheLogOfTheProbabilityWithHalfARunForZero() {
        assertEquals(0.6931471805599453, Scores.logScore(0.5, 100), EPS);  // ln 2
        assertEquals(0, Scores.logScore(1, 100), EPS);
        // p = 0 of 1000 runs counts as 1/2000: ln 2000 = 7.6009024595...
        assertEquals(7.600902459542082, Scores.logScore(0, 1000), EPS);
    }

    static ClauseScore clause(String id, double observed, double agent, double p5, double p95, double compromise) {
        Map<ForecastModel, Double> f = new EnumMap<>(ForecastModel.class);
        f.put(ForecastModel.AGENT, agent);
        f.put(ForecastModel.COMPROMISE, compromise);
        f.put(ForecastModel.WEIGHTED_MEDIAN, 50.0);
        f.put(ForecastModel.NASH, 60.0);
        f.put(ForecastModel.EXPECTED_UTILITY, 40.0);
        return new ClauseScore(id, observed, f, p5, p95);
    }

    @Test
    void casesPoolIntoMeans() {
        // Case A: observed consensus, forecast (0.8, 0.2, 0): Brier 0.04 + 0.04 = 0.08, log -ln 0.8.
        CaseScore a = new CaseScore("a", "A", ObservedOutcome.CONSENSUS, Outcome.CONSENSUS, "", 1000, 1,
                probabilities(0.8, 0.2, 0), List.of(clause("x", 30, 40, 20, 50, 25), clause("y", 70, 50, 45, 60, 70)),
                Optional.empty());
        // Case B: observed vote, forecast (0.25, 0.75, 0): Brier 0.0625 + 0.0625 = 0.125, log -ln 0.75.
        VoteScore vote = new VoteScore(new RecordedVote(117, 2, 2), 0.75, 150, 40);
        CaseScore b = new CaseScore("b", "B", ObservedOutcome.ADOPTED_BY_VOTE, Outcome.ADOPTED_BY_VOTE, "", 1000, 1,
                probabilities(0.25, 0.75, 0), List.of(clause("z", 10, Double.NaN, Double.NaN, Double.NaN, 20)),
                Optional.of(vote));
        assertEquals(0.08, a.brier(), EPS);
        assertEquals(-Math.log(0.8), a.logScore(), EPS);
        assertEquals(0.125, b.brier(), EPS);
        assertEquals(0.75, b.probabilityObserved(), EPS);
        // |150 - 117| + |40 - 2| = 33 + 38 = 71 votes; |150/190 - 117/119| = 0.193719...
        assertEquals(71, vote.countError(), EPS);
        assertEquals(Math.abs(150.0 / 190 - 117.0 / 119), vote.shareError(), EPS);
        // Agent errors in A: |40 - 30| = 10, |50 - 70| = 20: mean 15; compromise 5 and 0: mean 2.5.
        assertEquals(15, a.meanError(ForecastModel.AGENT), EPS);
        assertEquals(2.5, a.meanError(ForecastModel.COMPROMISE), EPS);
        assertTrue(a.clauses().get(0).inBand());
        assertFalse(a.clauses().get(1).inBand());
        assertFalse(b.clauses().get(0).hasBand());

        Pooled p = Pooled.of(List.of(a, b));
        assertEquals(2, p.hits());
        assertEquals((0.08 + 0.125) / 2, p.meanBrier(), EPS);
        assertEquals((-Math.log(0.8) - Math.log(0.75)) / 2, p.meanLogScore(), EPS);
        assertEquals((0.8 + 0.75) / 2, p.meanProbability(), EPS);
        // Clause z has no agent forecast, so every model is scored on x and y only.
        assertEquals(2, p.scoredClauses());
        assertEquals(15, p.meanError().get(ForecastModel.AGENT), EPS);
        assertEquals(2.5, p.meanError().get(ForecastModel.COMPROMISE), EPS);
        // Weighted median 50: |50 - 30| = 20, |50 - 70| = 20; Nash 60: 30, 10; EU 40: 10, 30.
        assertEquals(20, p.meanError().get(ForecastModel.NASH), EPS);
        assertEquals(ForecastModel.COMPROMISE, p.bestModel());
        assertEquals(1, p.inBand());
        assertEquals(2, p.bandClauses());
        assertEquals(71, p.meanVoteError(), EPS);
        assertEquals(1, p.voteCases());
    }

    @Test
    void consensusWithReservationsIsScoredAsItsOwnClass() {
        assertEquals(Outcome.CONSENSUS_WITH_RESERVATIONS, OutcomeMapping.modelled(ObservedOutcome.CONSENSUS_WITH_RESERVATIONS));
        assertEquals(Outcome.CONSENSUS, OutcomeMapping.modelled(ObservedOutcome.CONSENSUS));
        assertEquals(Outcome.ADOPTED_BY_VOTE, OutcomeMapping.modelled(ObservedOutcome.ADOPTED_BY_VOTE));
        assertEquals(Outcome.NO_AGREEMENT, OutcomeMapping.modelled(ObservedOutcome.NO_AGREEMENT));
        for (ObservedOutcome o : ObservedOutcome.values()) {
            assertEquals("", OutcomeMapping.note(o), o.key());
        }
        assertEquals(ObservedOutcome.CONSENSUS_WITH_RESERVATIONS, ObservedOutcome.ofKey("consensus-with-reservations"));
        // Observed: consensus with reservations. Forecast: plain consensus 0.9, with reservations
        // 0.1. Not lumped together: P(observed) 0.1; Brier (0.9 - 0)^2 + (0.1 - 1)^2 = 0.81 + 0.81
        // = 1.62; log -ln 0.1. Scored as consensus it would have been a hit at 0.9.
        double[] p = new double[Outcome.values().length];
        p[Outcome.CONSENSUS.ordinal()] = 0.9;
        p[Outcome.CONSENSUS_WITH_RESERVATIONS.ordinal()] = 0.1;
        CaseScore gdc = new CaseScore("gdc", "GDC", ObservedOutcome.CONSENSUS_WITH_RESERVATIONS,
                OutcomeMapping.modelled(ObservedOutcome.CONSENSUS_WITH_RESERVATIONS), "", 1000, 1, p,
                List.of(clause("x", 30, 40, 20, 50, 25)), Optional.empty());
        assertEquals(0.1, gdc.probabilityObserved(), EPS);
        assertEquals(1.62, gdc.brier(), EPS);
        assertEquals(-Math.log(0.1), gdc.logScore(), EPS);
        assertEquals(Outcome.CONSENSUS, gdc.mostLikely());
    }

    /** The share of runs per outcome, indexed by {@link Outcome#ordinal()}: consensus, by vote, none. */
    private static double[] probabilities(double consensus, double vote, double none) {
        double[] p = new double[Outcome.values().length];
        p[Outcome.CONSENSUS.ordinal()] = consensus;
        p[Outcome.ADOPTED_BY_VOTE.ordinal()] = vote;
        p[Outcome.NO_AGREEMENT.ordinal()] = none;
        return p;
    }
}

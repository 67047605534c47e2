package org.plenary.core.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.Scenario;

/** The entry point: one forecast per clause from every model, independent of delegation order. */
class BaselinesTest {

    private static Fixtures threeDelegations(String... order) {
        Fixtures f = Fixtures.scenario().clause("c1", 0).clause("c2", 0);
        for (String id : order) {
            switch (id) {
                case "A" -> f.state("A", 2, "c1", 10, 0.8, "c2", 40, 0.2);
                case "B" -> f.state("B", 1, "c1", 70, 0.5, "c2", 90, 0.5);
                case "C" -> f.state("C", 1, "c1", 40, 0.25, "c2", 60, 0.75);
                default -> throw new IllegalArgumentException(id);
            }
        }
        return f;
    }

    @Test
    void everyClauseGetsEveryModelsForecast() {
        BaselineReport r = Baselines.compute(threeDelegations("A", "B", "C").build());
        assertEquals(List.of("c1", "c2"), r.forecasts().stream().map(Forecast::clauseId).toList());
        Forecast c1 = r.forecast("c1");
        // compromise: 61 / 2.35 (see CompromiseAndMedianTest)
        assertEquals(61 / 2.35, c1.compromise(), 1e-12);
        // median of c1: weights 1.6 (10), 0.25 (40), 0.5 (70): W/2 = 1.175 < 1.6 at 10 -> 10
        assertEquals(10, c1.weightedMedian(), 0);
        // c2: weights 0.4 (40), 0.75 (60), 0.5 (90): W/2 = 0.825; cumulative 0.4, 1.15 -> 60
        assertEquals(60, r.forecast("c2").weightedMedian(), 0);
        // Nash, linear loss, status quo 0 on both clauses, saliences already summing to 1:
        // BATNA_A = 1 − 0.8·0.10 − 0.2·0.40 = 0.84; BATNA_B = 1 − 0.5·0.70 − 0.5·0.90 = 0.20;
        // BATNA_C = 1 − 0.25·0.40 − 0.75·0.60 = 0.45. At the text (10, 60), A's ideal on c1 and C's on c2:
        // gain_A = 1 − 0.2·0.2 − 0.84 = 0.12, gain_B = 1 − 0.5·0.6 − 0.5·0.3 − 0.2 = 0.35,
        // gain_C = 1 − 0.25·0.3 − 0.45 = 0.475; Σ log gains = ln(0.12·0.35·0.475) = ln 0.01995.
        // It is the maximum: per unit step the change of Σ log gains is
        //   c1 up:   −0.008/0.12 + 0.005/0.35 + 0.0025/0.475 = −0.0471 (down: every gain falls)
        //   c2 up:   −0.002/0.12 + 0.005/0.35 − 0.0075/0.475 = −0.0182
        //   c2 down: +0.002/0.12 − 0.005/0.35 − 0.0075/0.475 = −0.0134
        // all negative, and the log-product is concave, so (10, 60) is the unique maximiser.
        assertEquals(NashSolution.Status.SOLVED, r.nash().status());
        assertEquals(10, c1.nash(), 1e-6);
        assertEquals(60, r.forecast("c2").nash(), 1e-6);
        assertEquals(Math.log(0.12 * 0.35 * 0.475), r.nash().logProduct(), 1e-9);
        for (Forecast f : r.forecasts()) {
            for (double v : new double[] {f.compromise(), f.weightedMedian(), f.nash(), f.expectedUtility()}) {
                assertTrue(v >= 0 && v <= 100, f.toString());
            }
        }
        assertNull(r.forecast("nope"));
    }

    @Test
    void expectedUtilityOfTwoDelegationsWorkedByHand() {
        // A (influence 2) at 10, B (influence 1) at 70, both with salience 1 on the one clause; δ = 60.
        // Votes with r = 1: v_A(10, 70) = 2·1·(1 − 0) = 2, v_B(70, 10) = 1; D = Σ|v| = 2·2 + 2·1 = 6,
        // so P_AB = 2/6 = 1/3 and P_BA = 1/6. At distance δ, U^s = 2, U^f = −2 and U^sq = 2 − 4·0.5^r, so
        // EU_ij = s_j (4 P_ij − 2) − 2 s_j + 4·0.5^r = 4 (P_ij − 1) + 4·0.5^r.
        // Dangers with r = 1: d_A = EU_BA = −10/3 + 2 = −4/3, d_B = EU_AB = −8/3 + 2 = −2/3, so
        // R_A = −1, r_A = (4/3)/(2/3) = 2 and R_B = 1, r_B = (2/3)/(4/3) = 0.5.
        // A sees EU_AB = −8/3 + 1 and EU_BA = −10/3 + 1, both negative: A stays at 10.
        // B sees EU_BA = −10/3 + 2√2 = −0.5049 and EU_AB = −8/3 + 2√2 = 0.1618 > 0 but smaller than
        // |EU_BA|: B capitulates and moves to 10. Then both stand at 10 and nobody moves again.
        BaselineReport r = Baselines.compute(Fixtures.scenario().clause("c1", 0)
                .state("A", 2, "c1", 10, 1.0).state("B", 1, "c1", 70, 1.0).build());
        ChallengeRun run = r.challengeRuns().get(0);
        assertEquals(1, run.moves().size());
        ExpectedUtilityModel.Move move = run.moves().get(0);
        assertEquals(1, move.round());
        assertEquals(1, move.actor());
        assertEquals(ExpectedUtilityModel.OfferKind.CAPITULATION, move.kind());
        assertEquals(-10.0 / 3 + 2 * Math.sqrt(2), move.ownEu(), 1e-12);
        assertEquals(-8.0 / 3 + 2 * Math.sqrt(2), move.otherEu(), 1e-12);
        assertEquals(30, run.mean(0), 1e-12);
        assertArrayEquals(new double[] {10, 10}, run.positions(1));
        assertEquals(10, r.forecast("c1").expectedUtility(), 0);
    }

    @Test
    void permutingTheDelegationsChangesNothing() {
        BaselineReport abc = Baselines.compute(threeDelegations("A", "B", "C").build());
        for (String[] order : new String[][] {{"C", "B", "A"}, {"B", "A", "C"}, {"C", "A", "B"}}) {
            BaselineReport other = Baselines.compute(threeDelegations(order).build());
            assertEquals(abc.forecasts(), other.forecasts(), String.join("", order));
            assertEquals(abc.nash(), other.nash());
        }
    }

    @Test
    void observersAreLeftOut() {
        Scenario with = threeDelegations("A", "B", "C")
                .delegation("OBS", DelegationKind.OBSERVER, 50, 0, List.of(), 1, 1, "c1", 100, 1, "c2", 0, 1)
                .build();
        assertEquals(Baselines.compute(threeDelegations("A", "B", "C").build()).forecasts(),
                Baselines.compute(with).forecasts());
    }
}

package org.plenary.core.baseline;

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
        assertEquals(r.nash().position(0), c1.nash(), 0);
        assertEquals(r.challengeRuns().get(0).forecast(), c1.expectedUtility(), 0);
        assertEquals(NashSolution.Status.SOLVED, r.nash().status());
        for (Forecast f : r.forecasts()) {
            for (double v : new double[] {f.compromise(), f.weightedMedian(), f.nash(), f.expectedUtility()}) {
                assertTrue(v >= 0 && v <= 100, f.toString());
            }
        }
        assertNull(r.forecast("nope"));
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

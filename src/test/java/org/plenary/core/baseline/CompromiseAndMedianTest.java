package org.plenary.core.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.protocol.Negotiation;

/** Compromise model and weighted median: hand-computed cases, a published example, properties. */
class CompromiseAndMedianTest {

    private static final double EPS = 1e-12;

    @Test
    void compromiseIsTheInfluenceAndSalienceWeightedMean() {
        // w: A 2, B 1, C 1. c1: A 10/0.8, B 70/0.5, C 40/0.25 -> weights 1.6, 0.5, 0.25 (sum 2.35)
        // p1 = (1.6·10 + 0.5·70 + 0.25·40) / 2.35 = 61 / 2.35 = 25.957446808...
        // c2: A 40/0.2, B 90/0.5, C 60/0.75 -> weights 0.4, 0.5, 0.75 (sum 1.65)
        // p2 = (0.4·40 + 0.5·90 + 0.75·60) / 1.65 = 106 / 1.65 = 64.242424...
        // c3: nobody has a stance -> stays at its status quo 30.
        Negotiation g = new Negotiation(Fixtures.scenario().clause("c1", 0).clause("c2", 0).clause("c3", 30)
                .state("A", 2, "c1", 10, 0.8, "c2", 40, 0.2)
                .state("B", 1, "c1", 70, 0.5, "c2", 90, 0.5)
                .state("C", 1, "c1", 40, 0.25, "c2", 60, 0.75).build());
        assertArrayEquals(new double[] {61 / 2.35, 106 / 1.65, 30}, CompromiseModel.text(g), EPS);
    }

    @Test
    void medianIsThePositionWhereHalfTheWeightLiesOnEachSide() {
        // weights 1, 2, 1 at 10, 50, 90: W = 4, W/2 = 2; cumulative 1 at 10, 3 at 50 > 2 -> 50
        assertEquals(50, WeightedMedian.of(new double[] {90, 10, 50}, new double[] {1, 1, 2}, -1), EPS);
        // weights 3, 1, 1 at 10, 50, 90: cumulative 3 at 10 > 2.5 -> 10
        assertEquals(10, WeightedMedian.of(new double[] {10, 50, 90}, new double[] {3, 1, 1}, -1), EPS);
        // two delegations at the same position pool their weight: 20 (1 + 1), 80 (1.5): 2 > 1.75 -> 20
        assertEquals(20, WeightedMedian.of(new double[] {20, 80, 20}, new double[] {1, 1.5, 1}, -1), EPS);
    }

    @Test
    void cumulativeWeightOfExactlyOneHalfTakesTheMidpointToTheNextPosition() {
        // weights 1, 1 at 20, 60: cumulative at 20 is 1 = W/2 -> (20 + 60) / 2 = 40
        assertEquals(40, WeightedMedian.of(new double[] {60, 20}, new double[] {1, 1}, -1), EPS);
        // 0.1 + 0.2 is not exactly 0.3 in binary; the relative tolerance still sees the tie:
        // 10 (0.1), 30 (0.2), 70 (0.3): cumulative at 30 = 0.30000000000000004 ≈ W/2 -> (30 + 70) / 2 = 50
        assertEquals(50, WeightedMedian.of(new double[] {10, 30, 70}, new double[] {0.1, 0.2, 0.3}, -1), EPS);
        // a zero-weight position in between is skipped: 10 (1), 40 (0), 90 (1) -> (10 + 90) / 2 = 50
        assertEquals(50, WeightedMedian.of(new double[] {10, 40, 90}, new double[] {1, 0, 1}, -1), EPS);
    }

    @Test
    void withoutWeightTheMedianFallsBackAndBadInputIsRefused() {
        assertEquals(-1, WeightedMedian.of(new double[] {10, 20}, new double[] {0, 0}, -1));
        assertEquals(-1, WeightedMedian.of(new double[0], new double[0], -1));
        assertThrows(IllegalArgumentException.class, () -> WeightedMedian.of(new double[] {1}, new double[] {-1}, 0));
        assertThrows(IllegalArgumentException.class, () -> WeightedMedian.of(new double[] {1}, new double[0], 0));
    }

    @Test
    void emissionExampleMeanAndMedianAsPublished() {
        // Source: the example log of the open Python replication of Scholz, Calbert & Smith (2011),
        // dmasad/bdm-scholz-expected-utility-model, Example.log (run on ExampleActors.csv), first lines:
        //   "Median position: 7.0" / "Mean position: 7.389955686853767".
        // Its "mean" is Σ c s x / Σ c s, our compromise model; its "median" is the position that wins
        // every pairwise c·s-weighted vote with linear distance, which is our weighted median.
        // By hand: weights c·s at 4: .064 + .006 + .128 + .05 = .248; at 7: .032 + .005 + .056 = .093;
        // at 10: .096 + .096 + .144 = .336; W = .677, W/2 = .3385; cumulative .248 at 4, .341 at 7 -> 7.
        double[] x = EmissionExample.POSITION;
        double[] w = EmissionExample.weights();
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += w[i] * x[i];
            den += w[i];
        }
        assertEquals(7.389955686853767, num / den, 1e-15);
        assertEquals(7.0, WeightedMedian.of(x, w, -1), 0);
        // The same through the scenario path: influence = capability, salience, one clause.
        Fixtures f = Fixtures.scenario().clause("emission", 0);
        for (int i = 0; i < x.length; i++) {
            f.state(EmissionExample.ACTORS[i], EmissionExample.CAPABILITY[i], "emission", x[i],
                    EmissionExample.SALIENCE[i]);
        }
        Negotiation g = new Negotiation(f.build());
        assertEquals(7.389955686853767, CompromiseModel.text(g)[0], 1e-14);
        assertEquals(7.0, WeightedMedian.text(g)[0], 0);
    }

    @Test
    void bothLieWithinTheRangeOfThePositions() {
        Random random = new Random(20240611L);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(8);
            double[] x = new double[n];
            double[] w = new double[n];
            double lo = 100;
            double hi = 0;
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(5) == 0 ? 50 : 100 * random.nextDouble();
                w[i] = random.nextInt(6) == 0 ? 0 : random.nextDouble();
                if (w[i] > 0) {
                    lo = Math.min(lo, x[i]);
                    hi = Math.max(hi, x[i]);
                }
                num += w[i] * x[i];
                den += w[i];
            }
            if (den == 0) {
                continue;
            }
            double median = WeightedMedian.of(x, w, -1);
            assertTrue(median >= lo && median <= hi, "median " + median + " outside [" + lo + ", " + hi + "]");
            double mean = num / den;
            assertTrue(mean >= lo - 1e-9 && mean <= hi + 1e-9);
        }
    }

    @Test
    void permutingTheDelegationsChangesNothing() {
        Negotiation a = new Negotiation(Fixtures.scenario().clause("c1", 0).clause("c2", 50)
                .state("A", 2, "c1", 10, 0.8, "c2", 40, 0.2)
                .state("B", 1, "c1", 70, 0.5, "c2", 90, 0.5)
                .state("C", 1, "c1", 40, 0.25, "c2", 60, 0.75).build());
        Negotiation b = new Negotiation(Fixtures.scenario().clause("c1", 0).clause("c2", 50)
                .state("C", 1, "c1", 40, 0.25, "c2", 60, 0.75)
                .state("A", 2, "c1", 10, 0.8, "c2", 40, 0.2)
                .state("B", 1, "c1", 70, 0.5, "c2", 90, 0.5).build());
        assertArrayEquals(CompromiseModel.text(a), CompromiseModel.text(b), 0);
        assertArrayEquals(WeightedMedian.text(a), WeightedMedian.text(b), 0);
        // and for the order of the arrays given directly
        assertEquals(WeightedMedian.of(new double[] {5, 9, 1}, new double[] {1, 2, 3}, -1),
                WeightedMedian.of(new double[] {1, 9, 5}, new double[] {3, 2, 1}, -1), 0);
    }
}

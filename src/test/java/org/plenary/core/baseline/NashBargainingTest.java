package org.plenary.core.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Loss;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;

/**
 * Nash bargaining solution: cases solved by hand, the empty Nash set, excluded delegations,
 * symmetry, and a check that no local search improves the reported optimum.
 *
 * <p>No published worked example of the Nash solution with this utility function (salience-weighted
 * linear or quadratic loss on a 0–100 scale, BATNA at the status quo) was found; the expected values
 * below are derived by hand.
 */
class NashBargainingTest {

    private static Protocol loss(Loss l) {
        return new Protocol(3, l, 0, 0.5, 0, DecisionRule.CONSENSUS, 2.0 / 3);
    }

    private static Negotiation oneClause(Loss l) {
        // Status quo 0; A ideal 20, B ideal 80, both salience 1, influence 1.
        return new Negotiation(Fixtures.scenario().protocol(loss(l)).clause("k", 0)
                .state("A", 1, "k", 20, 1).state("B", 1, "k", 80, 1).build());
    }

    @Test
    void linearLossOneClauseOptimumSitsOnTheKinkAtTheNearerIdeal() {
        // BATNA_A = 1 − 20/100 = 0.8, BATNA_B = 1 − 80/100 = 0.2 (linear loss).
        // p ≤ 20: g_A = p/100, g_B = p/100 -> product p²/10⁴, increasing.
        // 20 ≤ p ≤ 40: g_A = 0.2 − (p − 20)/100 = (40 − p)/100, g_B = p/100 -> product (40 − p)p/10⁴,
        //   derivative 40 − 2p < 0 for p > 20. So the maximum is p = 20 with product 20·20/10⁴ = 0.04.
        NashSolution s = NashBargaining.solve(oneClause(Loss.LINEAR));
        assertEquals(NashSolution.Status.SOLVED, s.status());
        assertEquals(20, s.position(0), 1e-6);
        assertEquals(Math.log(0.04), s.logProduct(), 1e-6);
        assertEquals(List.of("A", "B"), s.bargainers());
        assertEquals(List.of(), s.excluded());
    }

    @Test
    void quadraticLossOneClauseSolvesTheFirstOrderCondition() {
        // u = p/100. BATNA_A = 1 − 0.2² = 0.96, BATNA_B = 1 − 0.8² = 0.36.
        // g_A = 1 − (u − 0.2)² − 0.96 = 0.4u − u² (as (u − 0.2)² = u² − 0.4u + 0.04);
        // g_B = 1 − (0.8 − u)² − 0.36 = 1.6u − u².
        // d/du [log g_A + log g_B] = (0.4 − 2u)/(0.4u − u²) + (1.6 − 2u)/(1.6u − u²)
        //   = (0.4 − 2u)/(u(0.4 − u)) + (1.6 − 2u)/(u(1.6 − u)) = 0
        //   ⇔ (0.4 − 2u)(1.6 − u) + (1.6 − 2u)(0.4 − u) = 0
        //   ⇔ (0.64 − 3.6u + 2u²) + (0.64 − 2.4u + 2u²) = 4u² − 6u + 1.28 = 0
        //   ⇔ u = (6 − √(36 − 20.48))/8 = (6 − √15.52)/8 ≈ 0.257557 (the other root, 1.24, makes g_A negative).
        double u = (6 - Math.sqrt(15.52)) / 8;
        NashSolution s = NashBargaining.solve(oneClause(Loss.QUADRATIC));
        assertEquals(NashSolution.Status.SOLVED, s.status());
        assertEquals(100 * u, s.position(0), 1e-6);
        assertEquals(25.7557, 100 * u, 1e-4);
        assertEquals(Math.log((0.4 * u - u * u) * (1.6 * u - u * u)), s.logProduct(), 1e-9);
    }

    @Test
    void noTextGivingEveryonePositiveGainMeansTheNashSetIsEmpty() {
        // Status quo 50 between ideals 20 and 80 (linear): g_A > 0 iff |p − 20| < 30 iff p < 50,
        // g_B > 0 iff p > 50. No text satisfies both: EMPTY, and the status-quo text is reported.
        Negotiation g = new Negotiation(Fixtures.scenario().protocol(loss(Loss.LINEAR)).clause("k", 50)
                .state("A", 1, "k", 20, 1).state("B", 1, "k", 80, 1).build());
        NashSolution s = NashBargaining.solve(g);
        assertEquals(NashSolution.Status.EMPTY, s.status());
        assertArrayEquals(new double[] {50}, s.text(), 0);
        assertEquals(Double.NEGATIVE_INFINITY, s.logProduct());
    }

    @Test
    void delegationsThatCannotGainAreExcludedAndReported() {
        // C's ideal is the status quo (0) on the only clause it weighs: BATNA_C = 1, best gain 0.
        // Without C the problem is the linear one-clause case above: p = 20.
        Negotiation g = new Negotiation(Fixtures.scenario().protocol(loss(Loss.LINEAR)).clause("k", 0)
                .state("A", 1, "k", 20, 1).state("B", 1, "k", 80, 1).state("C", 3, "k", 0, 1).build());
        NashSolution s = NashBargaining.solve(g);
        assertEquals(List.of("A", "B"), s.bargainers());
        assertEquals(List.of("C"), s.excluded());
        assertEquals(20, s.position(0), 1e-6);
        // Nobody can gain: NO_BARGAINERS with the status-quo text.
        Negotiation none = new Negotiation(Fixtures.scenario().clause("k", 30).state("A", 1, "k", 30, 1).build());
        NashSolution n = NashBargaining.solve(none);
        assertEquals(NashSolution.Status.NO_BARGAINERS, n.status());
        assertArrayEquals(new double[] {30}, n.text(), 0);
        assertEquals(List.of("A"), n.excluded());
    }

    @Test
    void twoSymmetricDelegationsMeetAtTheMidpoint() {
        // Swapping the two clauses maps A onto B and leaves the status quo (0, 0) fixed:
        // A ideal (80, 20), B ideal (20, 80), saliences 0.5/0.5, quadratic loss.
        // BATNA = 1 − 0.5(0.64 + 0.04) = 0.66 for both; at (50, 50): U = 1 − 0.5(0.09 + 0.09) = 0.91.
        // The log-product is strictly concave, so its maximiser is unique and symmetric: p1 = p2 = q,
        // where g_A = g_B and U_A(q, q) = 1 − 0.5((q − 80)² + (q − 20)²)/10⁴ peaks at q = 50.
        Negotiation g = new Negotiation(Fixtures.scenario().protocol(loss(Loss.QUADRATIC))
                .clause("c1", 0).clause("c2", 0)
                .state("A", 1, "c1", 80, 0.5, "c2", 20, 0.5)
                .state("B", 1, "c1", 20, 0.5, "c2", 80, 0.5).build());
        NashSolution s = NashBargaining.solve(g);
        assertEquals(NashSolution.Status.SOLVED, s.status());
        assertArrayEquals(new double[] {50, 50}, s.text(), 1e-5);
        assertEquals(2 * Math.log(0.91 - 0.66), s.logProduct(), 1e-9);
        // (In one dimension a status quo symmetric under the mirror p -> 100 − p must be 50, which
        // leaves the Nash set empty: see the EMPTY test.)
    }

    @Test
    void theReportedOptimumIsNotImprovedByALocalSearch() {
        Random random = new Random(7L);
        for (Loss l : Loss.values()) {
            for (int trial = 0; trial < 12; trial++) {
                Fixtures f = Fixtures.scenario().protocol(loss(l));
                int k = 1 + random.nextInt(4);
                for (int c = 0; c < k; c++) {
                    f.clause("c" + c, random.nextInt(3) == 0 ? 50 : 0);
                }
                int n = 2 + random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    Object[] stances = new Object[3 * k];
                    for (int c = 0; c < k; c++) {
                        stances[3 * c] = "c" + c;
                        stances[3 * c + 1] = 100 * random.nextDouble();
                        stances[3 * c + 2] = 0.05 + random.nextDouble();
                    }
                    f.state("D" + i, 0.5 + random.nextDouble(), stances);
                }
                Negotiation g = new Negotiation(f.build());
                NashSolution s = NashBargaining.solve(g);
                if (!s.solved()) {
                    continue;
                }
                int[] who = s.bargainers().stream().mapToInt(g::indexOf).toArray();
                boolean[] none = new boolean[k];
                java.util.function.ToDoubleFunction<double[]> objective =
                        p -> NashBargaining.logProduct(g, who, p, none);
                double best = objective.applyAsDouble(s.text());
                assertEquals(s.logProduct(), best, 1e-12);
                // coordinate search from the optimum, starting with large steps
                double[] polished = NashBargaining.coordinateSearch(objective, s.text(), 25.0, 1e-9);
                assertTrue(objective.applyAsDouble(polished) <= best + 1e-9,
                        l + " trial " + trial + ": coordinate search improved " + best);
                // random directions at several radii
                for (int probe = 0; probe < 200; probe++) {
                    double[] q = s.text();
                    double radius = Math.pow(10, -3 + random.nextInt(4));
                    for (int c = 0; c < k; c++) {
                        q[c] = Math.min(100, Math.max(0, q[c] + radius * random.nextGaussian()));
                    }
                    assertTrue(objective.applyAsDouble(q) <= best + 1e-9,
                            l + " trial " + trial + ": a nearby text improves the Nash product");
                }
            }
        }
    }

    @Test
    void permutingTheDelegationsChangesNothing() {
        Scenario a = Fixtures.scenario().protocol(loss(Loss.QUADRATIC)).clause("c1", 0).clause("c2", 0)
                .state("A", 2, "c1", 10, 0.8, "c2", 40, 0.2)
                .state("B", 1, "c1", 70, 0.5, "c2", 90, 0.5)
                .state("C", 1, "c1", 40, 0.25, "c2", 60, 0.75).build();
        Scenario b = Fixtures.scenario().protocol(loss(Loss.QUADRATIC)).clause("c1", 0).clause("c2", 0)
                .state("B", 1, "c1", 70, 0.5, "c2", 90, 0.5)
                .state("C", 1, "c1", 40, 0.25, "c2", 60, 0.75)
                .state("A", 2, "c1", 10, 0.8, "c2", 40, 0.2).build();
        NashSolution sa = NashBargaining.solve(new Negotiation(a));
        assertEquals(NashSolution.Status.SOLVED, sa.status());
        assertEquals(sa, NashBargaining.solve(new Negotiation(b)));
    }
}

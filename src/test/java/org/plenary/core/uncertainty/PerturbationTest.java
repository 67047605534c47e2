package org.plenary.core.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.core.model.RedLine;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.Fixtures;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;

class PerturbationTest {

    private static Scenario two() {
        return Fixtures.scenario().clause("k", 0).rounds(5)
                .state("A", 1, "k", 20, 1).state("B", 2, "k", 80, 0.5).build();
    }

    @Test
    void triangularInverseDistribution() {
        // Tri(0, 50, 100): F(x) = x²/5000 below the mode, so F⁻¹(u) = sqrt(5000u): u = 0.125 → 25;
        // above: F⁻¹(u) = 100 − sqrt(5000(1 − u)): u = 0.875 → 75; u = 0.5 → 50.
        Distribution.Triangular t = new Distribution.Triangular(0, 50, 100);
        assertEquals(25, Perturbation.triangular(t, 0.125), 1e-9);
        assertEquals(50, Perturbation.triangular(t, 0.5), 1e-9);
        assertEquals(75, Perturbation.triangular(t, 0.875), 1e-9);
    }

    @Test
    void drawsDependOnSeedAndRunOnlyAndLeaveTheBaseUntouched() {
        Negotiation base = new Negotiation(two());
        Uncertainty u = new Uncertainty(new Distribution.Normal(0, 10), null, List.of());
        Perturbation p = new Perturbation(base, u);
        p.apply(3, 17);
        double a17 = p.negotiation().position(0, 0);
        p.apply(3, 18);
        double a18 = p.negotiation().position(0, 0);
        p.apply(3, 17);
        assertEquals(a17, p.negotiation().position(0, 0));
        assertNotEquals(a17, a18);
        assertEquals(20, base.position(0, 0));
        Perturbation other = new Perturbation(base, u);
        other.apply(3, 17);
        assertEquals(a17, other.negotiation().position(0, 0));
    }

    @Test
    void derivedQuantitiesFollowTheDrawnInputs() {
        // Concession β of A drawn uniform on [2, 2] (a point): aspiration at t = 2 of T = 5 becomes
        // B + (1 − B)(1 − 0.5^(1/2)) with B = 0.8: 0.8 + 0.2 · 0.292893 = 0.858579.
        Negotiation base = new Negotiation(two());
        Uncertainty u = new Uncertainty(null, null, List.of(
                new UncertainInput("delegations.A.concession", Field.CONCESSION, "A", null, new Distribution.Uniform(2, 2)),
                new UncertainInput("delegations.A.clauses.k.position", Field.POSITION, "A", "k",
                        new Distribution.Uniform(40, 40))));
        Perturbation p = new Perturbation(base, u);
        p.apply(1, 0);
        Negotiation g = p.negotiation();
        assertEquals(2, g.concession(0));
        // x_A = 40: BATNA_A = 1 − 0.4 = 0.6; a(2) = 0.6 + 0.4 · 0.292893 = 0.717157.
        assertEquals(0.6, g.batna(0), 1e-12);
        assertEquals(0.717157, g.aspiration(0, 2), 1e-6);
        // The base still has β = 1 and x = 20: a(2) = 0.8 + 0.2 · 0.5 = 0.9.
        assertEquals(0.9, base.aspiration(0, 2), 1e-12);
    }

    @Test
    void protocolScalarsAreRedrawnInTheCopyOnly() {
        // Point distributions make the drawn values exact: λ = 0.3, τ = 0.05, threshold = 0.75.
        Negotiation base = new Negotiation(two());
        Uncertainty u = new Uncertainty(null, null, List.of(
                new UncertainInput("protocol.mediatorStep", Field.MEDIATOR_STEP, null, null, new Distribution.Uniform(0.3, 0.3)),
                new UncertainInput("protocol.temperature", Field.TEMPERATURE, null, null, new Distribution.Uniform(0.05, 0.05)),
                new UncertainInput("protocol.threshold", Field.THRESHOLD, null, null, new Distribution.Uniform(0.75, 0.75))));
        Perturbation p = new Perturbation(base, u);
        p.apply(1, 0);
        assertEquals(0.3, p.negotiation().mediatorStep());
        assertEquals(0.05, p.negotiation().temperature());
        assertEquals(0.75, p.negotiation().threshold());
        // The base keeps the scenario's protocol: λ 0.5, τ 0, threshold 2/3 (Fixtures' defaults).
        assertEquals(0.5, base.mediatorStep());
        assertEquals(0.0, base.temperature());
        assertEquals(2.0 / 3, base.threshold());
    }

    @Test
    void normalDrawsStayInsideTheFieldsRange() {
        Negotiation base = new Negotiation(two());
        Uncertainty u = new Uncertainty(new Distribution.Normal(0, 60), new Distribution.Normal(0, 2), List.of());
        Perturbation p = new Perturbation(base, u);
        for (int run = 0; run < 2000; run++) {
            p.apply(5, run);
            for (int i = 0; i < 2; i++) {
                double x = p.negotiation().position(i, 0);
                double s = p.negotiation().salience(i, 0);
                assertTrue(x >= 0 && x <= 100, "position " + x);
                assertTrue(s >= 0 && s <= 1, "salience " + s);
            }
        }
    }

    /** A at 40 and B at 60 on one clause, red lines [0, 100] and [45, 100]; T = 1, the draft is 50. */
    private static Scenario redLines() {
        return Fixtures.scenario().clause("k", 0).rounds(1)
                .state("A", 1, "k", 40, 1, new RedLine(0, 100)).state("B", 1, "k", 60, 1, new RedLine(45, 100)).build();
    }

    @Test
    void aDrawnRedLineDecidesEachRunsOutcomeAndMovesTheEdges() {
        Negotiation base = new Negotiation(redLines());
        Perturbation p = new Perturbation(base, new Uncertainty(null, null, List.of(new UncertainInput(
                "delegations.B.clauses.k.redLine.min", Field.RED_LINE_MIN, "B", "k", new Distribution.Uniform(40, 60)))));
        int blocked = 0;
        for (long r = 0; r < 400; r++) {
            p.apply(8, r);
            Negotiation g = p.negotiation();
            double min = g.redLineMin(1, 0);
            assertTrue(min >= 40 && min <= 60, "drawn " + min);
            // The edges of the red lines on k follow the draw: [max(0, min), min(100, 100)].
            assertEquals(min, g.edgeMin(0));
            assertEquals(100, g.edgeMax(0));
            Outcome o = new NegotiationRun(g).play(8, r, null);
            assertEquals(min > 50 ? Outcome.NO_AGREEMENT : Outcome.CONSENSUS, o, "min " + min);
            blocked += min > 50 ? 1 : 0;
        }
        assertTrue(blocked > 150 && blocked < 250, "about half the runs blocked: " + blocked);
        assertEquals(45, base.redLineMin(1, 0), "the base keeps the scenario's red line");
        assertEquals(45, base.edgeMin(0));
    }

    /** A alone at 40 on one clause k with the red line [min, max], drawing {@code drawn}. */
    private static Perturbation redLineOfA(double min, double max, UncertainInput... drawn) {
        Scenario s = Fixtures.scenario().clause("k", 0).rounds(1).state("A", 1, "k", 40, 1, new RedLine(min, max)).build();
        return new Perturbation(new Negotiation(s), new Uncertainty(null, null, List.of(drawn)));
    }

    /** An end of A's red line on k ({@code min} or {@code max}) drawn from {@code d}. */
    private static UncertainInput endOfA(String end, Distribution d) {
        return new UncertainInput("delegations.A.clauses.k.redLine." + end,
                end.equals("min") ? Field.RED_LINE_MIN : Field.RED_LINE_MAX, "A", "k", d);
    }

    @Test
    void aRedLinesNormalEndsStayInOrder() {
        // min ~ N(45, 30²) truncated to [0, 100] (its max is normal too), max ~ N(50, 30²) to [the drawn min, 100].
        Perturbation p = redLineOfA(45, 50, endOfA("min", new Distribution.Normal(0, 30)),
                endOfA("max", new Distribution.Normal(0, 30)));
        for (long r = 0; r < 500; r++) {
            p.apply(2, r);
            double min = p.negotiation().redLineMin(0, 0);
            double max = p.negotiation().redLineMax(0, 0);
            assertTrue(0 <= min && min <= 100 && min <= max && max <= 100, min + ".." + max);
        }
    }

    @Test
    void aNormalMinStaysAtMostTheLowestValueItsMaxCanTake() {
        // min ~ N(45, 30²) would pass 50 in about 43% of the runs: with the max as written (50) it is
        // truncated to [0, 50]; with the max ~ U(55, 70), to [0, 55], the lowest value the max can take.
        Perturbation fixed = redLineOfA(45, 50, endOfA("min", new Distribution.Normal(0, 30)));
        Perturbation bounded = redLineOfA(45, 50, endOfA("min", new Distribution.Normal(0, 30)),
                endOfA("max", new Distribution.Uniform(55, 70)));
        int aboveFifty = 0;
        for (long r = 0; r < 500; r++) {
            fixed.apply(4, r);
            double min = fixed.negotiation().redLineMin(0, 0);
            assertTrue(0 <= min && min <= 50, "min " + min);
            assertEquals(50, fixed.negotiation().redLineMax(0, 0));
            bounded.apply(4, r);
            min = bounded.negotiation().redLineMin(0, 0);
            double max = bounded.negotiation().redLineMax(0, 0);
            assertTrue(0 <= min && min <= 55 && 55 <= max && max <= 70, min + ".." + max);
            aboveFifty += min > 50 ? 1 : 0;
        }
        assertTrue(aboveFifty > 0, "the bounded max lets the min pass the written max");
    }

    @Test
    void boundedEndsThatCouldCrossAreRefused() {
        assertEquals("a drawn min could be 70, above the red line's max 60; a red line needs min <= max"
                + " (a normal distribution is kept in order)",
                Perturbation.redLineOrder(20, 60, new Distribution.Uniform(30, 70), null));
        assertEquals("a drawn max could be 10, below the red line's min 20; a red line needs min <= max"
                + " (a normal distribution is kept in order)",
                Perturbation.redLineOrder(20, 60, null, new Distribution.Triangular(10, 50, 90)));
        assertEquals(null, Perturbation.redLineOrder(20, 60, new Distribution.Uniform(0, 30), new Distribution.Uniform(30, 90)));
        assertEquals(null, Perturbation.redLineOrder(20, 60, new Distribution.Beta(2, 2), new Distribution.Normal(0, 5)));
        assertThrows(IllegalArgumentException.class, () -> redLineOfA(20, 60, endOfA("min", new Distribution.Beta(2, 2))));
    }

    @Test
    void theDrawnValuesAreReadableByPathInDrawOrder() {
        // Default spreads on A's and B's stances (position then salience, delegations by id), a named
        // concession of B after B's stances, the mediator step last: one path per draw.
        Negotiation base = new Negotiation(two());
        Uncertainty u = new Uncertainty(new Distribution.Normal(0, 10), new Distribution.Normal(0, 0.1), List.of(
                new UncertainInput("protocol.mediatorStep", Field.MEDIATOR_STEP, null, null,
                        new Distribution.Uniform(0.3, 0.7)),
                new UncertainInput("delegations.B.concession", Field.CONCESSION, "B", null, new Distribution.Uniform(1, 3)),
                new UncertainInput("delegations.A.clauses.k.position", Field.POSITION, "A", "k",
                        new Distribution.Uniform(30, 40))));
        Perturbation p = new Perturbation(base, u);
        assertEquals(List.of("delegations.A.clauses.k.position", "delegations.A.clauses.k.salience",
                "delegations.B.clauses.k.position", "delegations.B.clauses.k.salience", "delegations.B.concession",
                "protocol.mediatorStep"), p.paths());
        for (long run = 0; run < 20; run++) {
            p.apply(7, run);
            Negotiation g = p.negotiation();
            assertEquals(g.position(0, 0), p.drawn(0));
            assertTrue(p.drawn(0) >= 30 && p.drawn(0) <= 40, "the named uniform replaces the spread");
            assertEquals(g.salience(0, 0), p.drawn(1));
            assertEquals(g.position(1, 0), p.drawn(2));
            assertEquals(g.salience(1, 0), p.drawn(3));
            assertEquals(g.concession(1), p.drawn(4));
            assertEquals(g.mediatorStep(), p.drawn(5));
        }
    }

    @Test
    void drawnRedLinesAreReadableByTheirPathsToo() {
        Perturbation p = redLineOfA(20, 60, endOfA("max", new Distribution.Uniform(60, 80)),
                endOfA("min", new Distribution.Uniform(10, 30)));
        assertEquals(List.of("delegations.A.clauses.k.redLine.min", "delegations.A.clauses.k.redLine.max"), p.paths());
        for (long run = 0; run < 10; run++) {
            p.apply(5, run);
            assertEquals(p.negotiation().redLineMin(0, 0), p.drawn(0));
            assertEquals(p.negotiation().redLineMax(0, 0), p.drawn(1));
        }
    }
}

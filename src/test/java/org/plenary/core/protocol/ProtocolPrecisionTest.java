package org.plenary.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;

/** The exact rules of docs/design.md §2.2 where a reading other than the written one would change results. */
class ProtocolPrecisionTest {

    private static final double EPS = 1e-9;

    private static RunResult play(Scenario s) {
        return Transcript.record(new NegotiationRun(new Negotiation(s)), 1, 0);
    }

    @Test
    void amendmentsOfEqualCostKeepTheOrderOfTheText() {
        // Clauses in text order "zz", "aa" (ids in the reverse of alphabetical order). A: x = 20 on both,
        // s = 0.5 each; B: x = 80 on both. Opening draft 50 on both; A's cost per clause
        // 0.5·|50 − 20|/100 = 0.15 on each: a tie, so the text's order decides: zz, then aa.
        Scenario s = Fixtures.scenario().clause("zz", 0).clause("aa", 0)
                .state("A", 1, "zz", 20, 0.5, "aa", 20, 0.5).state("B", 1, "zz", 80, 0.5, "aa", 80, 0.5).build();
        Negotiation g = new Negotiation(s);
        double[] text = new double[2];
        boolean[] dropped = new boolean[2];
        Chair.openingDraft(g, text, dropped);
        List<Amendment> a = Amendment.tabledBy(g, g.indexOf("A"), text, dropped);
        assertEquals(List.of("zz", "aa"), a.stream().map(Amendment::clauseId).toList());
        assertEquals(0.15, a.get(0).loss(), EPS);
        assertEquals(0.15, a.get(1).loss(), EPS);
    }

    @Test
    void aClauseNobodyWeighsStaysAtItsStatusQuo() {
        // Clause "n" (status quo 30) has salience 0 for both: Σ w·s = 0, so the opening draft puts it at
        // 30 and the chair never moves it, although both ideal points (70, 90) lie above it.
        Scenario s = Fixtures.scenario().clause("k", 0).clause("n", 30)
                .state("A", 1, "k", 20, 1, "n", 70, 0).state("B", 1, "k", 80, 1, "n", 90, 0).build();
        RunResult r = play(s);
        for (RoundRecord round : r.transcript()) {
            assertEquals(30, round.draft().position(1), 0.0);
        }
    }

    @Test
    void aStateWithoutVotesMustStillAcceptForConsensus() {
        // Z has 0 votes and prefers the status quo 0 (x = 0), so it never accepts the draft 50 of a
        // one-round negotiation (U = 0.5 < BATNA 1): no consensus, and Z is the blocker.
        Scenario s = Fixtures.scenario().clause("k", 0).rounds(1)
                .state("A", 1, "k", 50, 1)
                .delegation("Z", DelegationKind.STATE, 1e-9, 0, List.of(), 1, 1, "k", 0, 1).build();
        RunResult r = play(s);
        assertEquals(Outcome.NO_AGREEMENT, r.outcome());
        assertEquals(List.of("Z"), r.blockers());
    }

    @Test
    void observersAndTheirRedLinesTakeNoPart() {
        // The observer O's red line [0, 10] is crossed by every draft, and its ideal point 0 would pull
        // the draft; it is ignored: A and B (ideal 50 both) agree on 50 in round 1.
        Scenario s = Fixtures.scenario().clause("k", 0)
                .state("A", 1, "k", 50, 1).state("B", 1, "k", 50, 1)
                .delegation("O", DelegationKind.OBSERVER, 100, 0, List.of(), 1, 1, "k", 0, 1, new RedLine(0, 10))
                .build();
        RunResult r = play(s);
        assertEquals(Outcome.CONSENSUS, r.outcome());
        assertEquals(1, r.roundsUsed());
        assertEquals(50, r.finalText().position(0), EPS);
    }

    @Test
    void redLinesAreClosedIntervalsWithoutTolerance() {
        Scenario s = Fixtures.scenario().clause("k", 0)
                .state("A", 1, "k", 20, 1, new RedLine(10, 30)).state("B", 1, "k", 80, 1).build();
        Negotiation g = new Negotiation(s);
        int a = g.indexOf("A");
        boolean[] none = new boolean[1];
        assertFalse(g.crossesRedLine(a, 0, new double[] {30}, none));
        assertFalse(g.crossesRedLine(a, 0, new double[] {10}, none));
        assertTrue(g.crossesRedLine(a, 0, new double[] {Math.nextUp(30.0)}, none));
        assertTrue(g.crossesRedLine(a, 0, new double[] {Math.nextDown(10.0)}, none));
        // A dropped clause crosses nothing.
        assertFalse(g.crossesRedLine(a, 0, new double[] {99}, new boolean[] {true}));
    }

    @Test
    void theThresholdIsReachedAtEqualityAndNeedsOneYes() {
        // Threshold 2/3: 2 yes of 3 cast is exactly 2/3 (adopted); 0 yes of 0 cast is not.
        Scenario s = Fixtures.scenario().clause("k", 0).state("A", 1, "k", 50, 1).build();
        Negotiation g = new Negotiation(s);
        assertTrue(Ballot.adopts(g, 2, 1));
        assertFalse(Ballot.adopts(g, 0, 0));
        assertFalse(Ballot.adopts(g, 199_999, 100_001));
    }

    @Test
    void nothingIsDroppedOrAmendedAfterTheLastRound() {
        // T = 2, dropContestedAfter = 1. A's red line [0, 10] on "hard" is crossed by the opening draft
        // (B wants 90): after round 0 "hard" is dropped. In round 1 (the last) nothing changes after the
        // answers: the final text is the draft answered in round 1.
        Scenario s = Fixtures.scenario().clause("core", 0).clause("hard", 0)
                .protocol(new org.plenary.core.model.Protocol(2, org.plenary.core.model.Loss.LINEAR, 0, 0.5, 1,
                        org.plenary.core.model.DecisionRule.CONSENSUS, 2.0 / 3))
                .state("A", 1, "core", 20, 0.5, "hard", 0, 0.5, new RedLine(0, 10))
                .state("B", 1, "core", 80, 0.5, "hard", 90, 0.5).build();
        RunResult r = play(s);
        assertEquals(List.of("hard"), r.transcript().get(0).dropped());
        RoundRecord last = r.transcript().get(r.transcript().size() - 1);
        assertEquals(last.draft().position(0), r.finalText().position(0), 0.0);
        assertTrue(r.finalText().isDropped(1));
    }
}

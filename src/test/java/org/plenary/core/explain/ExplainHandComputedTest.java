package org.plenary.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Draft;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.protocol.Transcript;

/** Explanations of hand-built runs whose answers are known exactly; the arithmetic is in the comments. */
class ExplainHandComputedTest {

    /**
     * One clause, status quo 0, linear loss, T = 1 (so every aspiration is the BATNA), s = 1, w = 1.
     * Delegation i accepts the draft p iff 1 − |p − x_i|/100 ≥ 1 − x_i/100, i.e. p ≤ 2·x_i.
     * With x = (A 10, B 50, C 90): p = 150/3 = 50 > 2·10, so A objects: no agreement.
     */
    private static Scenario threeDelegations() {
        return Fixtures.scenario().clause("k", 0).rounds(1)
                .state("A", 1, "k", 10, 1).state("B", 1, "k", 50, 1).state("C", 1, "k", 90, 1).build();
    }

    @Test
    void movingOneIdealPointByAComputableAmountFlipsTheOutcome() {
        // Moving A's ideal to x': p = (x' + 140)/3 ≤ 2x' ⇔ x' ≥ 28; B and C still accept (p ≤ 100, 180).
        // Nothing else flips it: B's or C's ideal point would have to push p ≤ 20, i.e. (100 + x_B)/3 ≤ 20 or
        // (60 + x_C)/3 ≤ 20, impossible on 0–100 (x_C = 0 gives p = 20 but then C needs p ≤ 0); with one clause
        // the normalised salience is 1 whatever the raw one, and raw saliences only reweigh the draft:
        // A's would need s_A ≥ 10 (p = (10 s + 140)/(s + 2) ≤ 20), beyond 1 — except s_A = 0 exactly: A then
        // weighs nothing, its utility is 1 for every text and it accepts (p = 140/2 = 70). T = 1 makes β
        // irrelevant. So two flips: A's position +18, and A's salience −1 (to 0).
        FlipSearch search = new FlipSearch(threeDelegations(), 1, 0);
        assertEquals(Outcome.NO_AGREEMENT, search.outcome());
        List<Flip> flips = search.search(null);
        assertEquals(2, flips.size(), flips.toString());
        Flip salience = flips.get(1);
        assertEquals(Lever.SALIENCE, salience.lever());
        assertEquals(0, salience.to(), 0.0);
        assertEquals(Outcome.CONSENSUS, salience.outcome());
        Flip f = flips.get(0);
        assertEquals("A", f.delegationId());
        assertEquals(Lever.POSITION, f.lever());
        assertEquals(10, f.from(), 0.0);
        assertEquals(28, f.to(), Lever.POSITION.tolerance());
        assertTrue(f.to() >= 28, "the reported value lies on the flipped side: " + f.to());
        assertEquals(Outcome.CONSENSUS, f.outcome());
        assertEquals(18, f.size(), Lever.POSITION.tolerance());
    }

    @Test
    void disjointRedLinesCannotBeFlippedByAnySingleChange() {
        // A's red line [0, 10], B's [90, 100] on the only clause: every text crosses one of them, whatever
        // one ideal point, salience, red-line end (A's max may rise to 100 but B still refuses anything
        // below 90, which A's min must then reach too) or β is changed.
        Scenario s = Fixtures.scenario().clause("k", 0).rounds(1)
                .state("A", 1, "k", 5, 1, new RedLine(0, 10)).state("B", 1, "k", 95, 1, new RedLine(90, 100)).build();
        FlipSearch search = new FlipSearch(s, 1, 0);
        assertEquals(Outcome.NO_AGREEMENT, search.outcome());
        assertEquals(List.of(), search.search(null));
        assertNull(AcceptableText.closest(new Negotiation(s), new Draft(new double[] {50}, new boolean[1])));
    }

    @Test
    void sharesOfTheChairsMoveSumToTheMove() {
        // Two clauses, three delegations, T = 3: round 0 everyone objects (aspiration 1); the chair's move is
        // λ Σ_i w_i s_ik (x_ik − p_k)/Σ w s. Each pull is one term; they sum to the move exactly.
        Scenario s = Fixtures.scenario().clause("a", 0).clause("b", 50)
                .state("A", 1, "a", 10, 0.8, "b", 20, 0.2).state("B", 2, "a", 60, 0.5, "b", 70, 0.5)
                .state("C", 0.5, "a", 90, 0.1, "b", 40, 0.9).build();
        Negotiation g = new Negotiation(s);
        RunResult r = Transcript.record(new NegotiationRun(g), 1, 0);
        List<StoryRound> story = RunStory.of(g, r);
        int moves = 0;
        for (StoryRound round : story) {
            for (ClauseMove m : round.moves()) {
                double sum = m.pulls().stream().mapToDouble(Pull::amount).sum();
                assertEquals(m.change(), sum, 1e-9, m.toString());
                assertEquals(0, m.unexplained(), 0.0);
                moves++;
            }
        }
        assertTrue(moves > 0, "the chair moved something");
    }

    @Test
    void aLoneObjectorsPullIsTheWholeStep() {
        // The case of ProtocolHandComputedTest: A (x 20) objects alone in round 1, B accepts; p = 50 →
        // 50 + 0.5·1·(20 − 50)/2 = 42.5: A's pull −7.5 is the whole move. Round 2 is the last: A's margin
        // U − BATNA = 0.775 − 0.8 = −0.025 makes it the blocker.
        Scenario s = Fixtures.scenario().clause("k", 0).state("A", 1, "k", 20, 1).state("B", 1, "k", 80, 1).build();
        Negotiation g = new Negotiation(s);
        RunResult r = Transcript.record(new NegotiationRun(g), 1, 0);
        List<StoryRound> story = RunStory.of(g, r);
        StoryRound one = story.stream().filter(x -> x.round() == 1).findFirst().orElseThrow();
        assertEquals(1, one.moves().size());
        assertEquals(List.of(new Pull("A", -7.5)), one.moves().get(0).pulls());
        assertEquals("B", one.accepting().get(0).delegationId());
        List<Pivot> pivots = Pivots.of(g, r);
        assertEquals(1, pivots.size());
        assertEquals("A", pivots.get(0).delegationId());
        assertEquals(Pivot.Role.BLOCKER, pivots.get(0).role());
        assertEquals(-0.025, pivots.get(0).margin(), 1e-12);
    }

    @Test
    void theClosestAcceptableTextIsTheProjectionOntoEveryonesAcceptableSet() {
        // Same case: A accepts at the last round iff |p − 20| ≤ 20 (BATNA 0.8), B iff |p − 80| ≤ 80: p ∈ [0, 40].
        // The final draft 42.5 is 2.5 too high: the closest acceptable text is 40.
        Scenario s = Fixtures.scenario().clause("k", 0).state("A", 1, "k", 20, 1).state("B", 1, "k", 80, 1).build();
        Draft closest = AcceptableText.closest(new Negotiation(s), new Draft(new double[] {42.5}, new boolean[1]));
        assertNotNull(closest);
        assertEquals(40, closest.position(0), 1e-6);
    }

    @Test
    void theClosestAcceptableTextUnderQuadraticLossMeetsEveryConstraint() {
        // Two clauses, quadratic loss: A (x 20, 20) BATNA = 1 − (0.5·0.04 + 0.5·0.04) = 0.96 with status quo 0;
        // acceptable iff 0.5((p1 − 20)/100)² + 0.5((p2 − 20)/100)² ≤ 0.04, i.e. (p1 − 20)² + (p2 − 20)² ≤ 800:
        // a disc of radius √800 = 20√2 around (20, 20). B (x 80, 80) has BATNA 1 − 0.64 = 0.36: a disc of
        // radius 80√2 around (80, 80), which holds the point found. From (60, 60) the projection onto A's disc
        // lies on the ray to (20, 20) at distance 20√2: (20 + 20, 20 + 20) = (40, 40).
        Scenario s = Fixtures.scenario().clause("a", 0).clause("b", 0)
                .protocol(new org.plenary.core.model.Protocol(3, org.plenary.core.model.Loss.QUADRATIC, 0, 0.5, 0,
                        org.plenary.core.model.DecisionRule.CONSENSUS, 2.0 / 3))
                .state("A", 1, "a", 20, 0.5, "b", 20, 0.5).state("B", 1, "a", 80, 0.5, "b", 80, 0.5).build();
        Draft closest = AcceptableText.closest(new Negotiation(s), new Draft(new double[] {60, 60}, new boolean[2]));
        assertNotNull(closest);
        double expected = 40;
        assertEquals(expected, closest.position(0), 1e-4);
        assertEquals(expected, closest.position(1), 1e-4);
    }

    @Test
    void aVoteNamesTheYesVotesTheThresholdNeeded() {
        // ProtocolHandComputedTest's majority case: T = 1, threshold 2/3. BLOC (3 unmodelled votes, cohesion 1,
        // x 60) accepts the draft 20; its member M and the state S (x 0) object. M follows its bloc: 4 yes, 1 no,
        // adopted. Without BLOC's own 3 yes votes: 1 yes of 5 < 2/3, so BLOC is pivotal for the threshold;
        // M and S, who objected, are listed as not accepting (U − BATNA = 0.8 − 1 = −0.2 each).
        org.plenary.core.model.Protocol p = new org.plenary.core.model.Protocol(1, org.plenary.core.model.Loss.LINEAR,
                0, 0.5, 0, org.plenary.core.model.DecisionRule.MAJORITY, 2.0 / 3);
        Scenario s = Fixtures.scenario().clause("k", 0).protocol(p)
                .delegation("BLOC", org.plenary.core.model.DelegationKind.BLOC, 1, 3, List.of("AAA", "BBB", "CCC", "M"),
                        1.0, 1, "k", 60, 1)
                .state("M", 1, "k", 0, 1).state("S", 1, "k", 0, 1).build();
        Negotiation g = new Negotiation(s);
        RunResult r = Transcript.record(new NegotiationRun(g), 1, 0);
        assertEquals(Outcome.ADOPTED_BY_VOTE, r.outcome());
        List<Pivot> pivots = Pivots.of(g, r);
        assertEquals(List.of("M", "S", "BLOC"), pivots.stream().map(Pivot::delegationId).toList());
        assertEquals(Pivot.Role.BLOCKER, pivots.get(0).role());
        assertEquals(-0.2, pivots.get(0).margin(), 1e-12);
        assertEquals(Pivot.Role.NEEDED_YES, pivots.get(2).role());
        assertEquals(3, pivots.get(2).margin(), 0.0);
    }

    @Test
    void underTheGeneralAssemblyAnOutvotableHoldoutPullsNothingAndItsReservationIsTold() {
        // The lone holdout of ForumRulesHandComputedTest: A, B at 60, C at 0, one vote each, threshold 2/3.
        // Round 0: p = 40, everyone objects; the forecast (A, B yes; C no) adopts, so the chair moves toward
        // A and B only: each pulls 0.5·1·(60 − 40)/3 = 3.333333, the move 40 → 46.666667; C pulls nothing
        // (counted toward every objector, C's −40/3·0.5 would cancel them). Round 1: A and B accept, then the
        // adoption pass, where C joins with a reservation.
        Scenario s = Fixtures.scenario().clause("k", 0).forum(org.plenary.core.model.Forum.GENERAL_ASSEMBLY)
                .state("A", 1, "k", 60, 1).state("B", 1, "k", 60, 1).state("C", 1, "k", 0, 1).build();
        Negotiation g = new Negotiation(s);
        RunResult r = Transcript.record(new NegotiationRun(g), 1, 0);
        List<StoryRound> story = RunStory.of(g, r);
        ClauseMove first = story.get(0).moves().get(0);
        assertEquals(40, first.from(), 1e-9);
        assertEquals(40 + 20.0 / 3, first.to(), 1e-9);
        assertEquals(2, first.pulls().size());
        assertEquals(10.0 / 3, first.pulls().get(0).amount(), 1e-9);
        assertEquals(10.0 / 3, first.pulls().get(1).amount(), 1e-9);
        assertEquals(0, first.unexplained(), 1e-9);
        StoryRound adoption = story.get(story.size() - 1);
        assertEquals(1, adoption.round());
        assertTrue(adoption.forAdoption());
        assertEquals(List.of("C"), adoption.reserving());
        assertTrue(adoption.callingVote().isEmpty());
    }
}

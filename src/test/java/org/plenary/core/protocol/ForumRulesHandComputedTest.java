package org.plenary.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.Forum;
import org.plenary.core.model.Loss;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;

/**
 * The rules of the forums, the end game, the shadow of the vote, red lines met at their edge and the
 * chair's preferences (DESIGN §2, "UN decision practice"), followed by hand. Unless a test says
 * otherwise: linear loss, λ = 0.5, β = 1, τ = 0, T = 3, threshold 2/3, one vote each.
 */
class ForumRulesHandComputedTest {

    private static final double EPS = 1e-9;

    private static RunResult play(Scenario s) {
        return Transcript.record(new NegotiationRun(new Negotiation(s)), 1, 0);
    }

    /** A and B want 60, C wants the status quo 0 (BATNA 1): C can only be outvoted. */
    private static Fixtures loneHoldout() {
        return Fixtures.scenario().clause("k", 0).forum(Forum.GENERAL_ASSEMBLY)
                .state("A", 1, "k", 60, 1).state("B", 1, "k", 60, 1).state("C", 1, "k", 0, 1);
    }

    @Test
    void aLoneObjectorThatAVoteWouldOutvoteJoinsWithAReservation() {
        RunResult r = play(loneHoldout().build());
        List<RoundRecord> t = r.transcript();
        // BATNA: A = B = 1 − 60/100 = 0.4, C = 1. Opening p = (60 + 60 + 0)/3 = 40: U_A = U_B = 0.8, U_C = 0.6.
        assertEquals(40, t.get(0).draft().position(0), EPS);
        // Round 0, a = 1: everyone objects. Ballots: A, B yes (0.8 ≥ 0.4), C no (0.6 < 1).
        assertEquals(Vote.YES, t.get(0).responses().get(0).ballot());
        assertEquals(Vote.NO, t.get(0).responses().get(2).ballot());
        // Forecast 2 yes, 1 no: 2 ≥ 2/3 · 3 → a vote would adopt; A and B (yes) still object, so no adoption
        // yet. Shadow of the vote: the chair moves toward A and B only (C can be outvoted):
        // p ← 40 + 0.5 · (1·(60 − 40) + 1·(60 − 40)) / 3 = 46.666667 (toward everyone it would stay at 40).
        assertEquals(2, t.get(0).forecast().yes());
        assertEquals(1, t.get(0).forecast().no());
        assertTrue(t.get(0).voteWouldAdopt());
        assertFalse(t.get(1).forAdoption());
        assertEquals(40 + 0.5 * 40 / 3, t.get(1).draft().position(0), EPS);
        // Round 1: U_A = 1 − 13.333333/100 = 0.866667 ≥ a_A = 0.4 + 0.6 · 0.5 = 0.7: A and B accept.
        // U_C = 0.533333 < a_C = 1: C objects, ballot no. Forecast 2–1 adopts and only C objects: the chair
        // tables the same draft for adoption in the same round; C would be outvoted and joins with a
        // reservation on its costliest clause, k.
        assertEquals(ResponseKind.ACCEPT, t.get(1).responses().get(0).kind());
        assertEquals(ResponseKind.OBJECT, t.get(1).responses().get(2).kind());
        RoundRecord adoption = t.get(2);
        assertEquals(1, adoption.round());
        assertTrue(adoption.forAdoption());
        assertEquals(ResponseKind.RESERVE, adoption.responses().get(2).kind());
        assertEquals(List.of("k"), adoption.responses().get(2).reservations());
        assertEquals(Outcome.CONSENSUS_WITH_RESERVATIONS, r.outcome());
        assertEquals(2, r.roundsUsed());
        assertEquals(Map.of("C", List.of("k")), r.reservations());
        assertTrue(r.blockers().isEmpty());
        assertNull(r.vote());
        // Margins U(final) − BATNA: A 0.866667 − 0.4 = 0.466667; C 0.533333 − 1 = −0.466667.
        assertEquals(0.4 + 0.2 / 3, r.margins().get("A"), EPS);
        assertEquals(-0.4 - 0.2 / 3, r.margins().get("C"), EPS);
        assertEquals(-0.4 - 0.2 / 3, r.gains().get("C"), EPS);
    }

    @Test
    void underConsensusOnlyTheSameHoldoutBlocksToTheEnd() {
        RunResult r = play(loneHoldout().forum(Forum.CONSENSUS_ONLY).build());
        // C's BATNA is 1: only p = 0 would do, and one objection blocks.
        assertEquals(Outcome.NO_AGREEMENT, r.outcome());
        assertEquals(List.of("C"), r.blockers());
        assertEquals(3, r.roundsUsed());
    }

    @Test
    void aHoldoutDisposedToCallVotesCallsOneAndLosesIt() {
        RunResult r = play(loneHoldout().callsVotes("C").build());
        // As above up to round 1's adoption pass, where C calls a recorded vote: A and B yes, C no.
        RoundRecord adoption = r.transcript().get(2);
        assertEquals(ResponseKind.CALL_VOTE, adoption.responses().get(2).kind());
        assertEquals(Outcome.ADOPTED_BY_VOTE, r.outcome());
        assertEquals(2, r.roundsUsed());
        assertEquals(2, r.vote().yes());
        assertEquals(1, r.vote().no());
        assertEquals(0, r.vote().abstain());
        assertEquals(List.of("C"), r.vote().calledBy());
        assertEquals(List.of("C"), r.blockers());
    }

    @Test
    void aPivotalObjectorIsAccommodatedAndAnOutvotableOneIsNot() {
        // One clause, status quo 0. A x = 100 (2 votes), B x = 10 (2 votes), D x = 0 (1 vote); w = 1.
        Scenario s = Fixtures.scenario().clause("k", 0).forum(Forum.GENERAL_ASSEMBLY)
                .delegation("A", DelegationKind.STATE, 1, 2, List.of(), 1, 1, "k", 100, 1)
                .delegation("B", DelegationKind.STATE, 1, 2, List.of(), 1, 1, "k", 10, 1)
                .delegation("D", DelegationKind.STATE, 1, 1, List.of(), 1, 1, "k", 0, 1).build();
        RunResult r = play(s);
        List<RoundRecord> t = r.transcript();
        // BATNA: A 0, B 0.9, D 1. Opening p = 110/3 = 36.666667: U_A = 0.366667 (yes), U_B = 0.733333 < 0.9 (no),
        // U_D = 0.633333 (no). Forecast 2 yes, 3 no: fails. The objectors not voting yes, most votes first:
        // B (2): 4 yes, 1 no, 4 ≥ 2/3 · 5 → adopts. So B is pivotal, D is not: the chair moves toward B only,
        // p ← 36.666667 + 0.5 · 1 · (10 − 36.666667)/3 = 32.222222 (toward all three it would stay put).
        assertEquals(110.0 / 3, t.get(0).draft().position(0), EPS);
        assertFalse(t.get(0).voteWouldAdopt());
        double p1 = 110.0 / 3 + 0.5 * (10 - 110.0 / 3) / 3;
        assertEquals(32.222222, p1, 1e-6);
        assertEquals(p1, t.get(1).draft().position(0), EPS);
        // Round 1: still B (no) and D (no) against A: B pivotal again, p ← p1 + 0.5 · (10 − p1)/3 = 28.518519.
        assertEquals(p1 + 0.5 * (10 - p1) / 3, t.get(2).draft().position(0), EPS);
        assertEquals(28.518519, t.get(2).draft().position(0), 1e-6);
    }

    @Test
    void redLinesThatIntersectAreMetAtTheirEdge() {
        // A x = 30 with red line [20, 40]; B x = 90, w = 3, red line [35, 100]: they intersect in [35, 40].
        Scenario s = Fixtures.scenario().clause("k", 0).forum(Forum.CONSENSUS_ONLY).dropAfter(1)
                .state("A", 1, "k", 30, 1, new RedLine(20, 40))
                .state("B", 3, "k", 90, 1, new RedLine(35, 100)).build();
        RunResult r = play(s);
        List<RoundRecord> t = r.transcript();
        // Opening p = (30 + 3·90)/4 = 75 crosses A's red line: A refuses, B objects (a = 1).
        assertEquals(75, t.get(0).draft().position(0), EPS);
        assertEquals(ResponseKind.REFUSE, t.get(0).responses().get(0).kind());
        // λ step toward both: 75 + 0.5 · (1·(30 − 75) + 3·(90 − 75))/4 = 75; then the chair meets the red
        // lines at their edge: the nearest position in [35, 40] is 40. Not dropped although dropContestedAfter is 1.
        assertEquals(40, t.get(1).draft().position(0), EPS);
        assertTrue(t.get(0).dropped().isEmpty());
        // Round 1: U_A = 1 − 10/100 = 0.9 ≥ a_A = 0.7 + 0.3 · 0.5 = 0.85 accepts; U_B = 0.5 < a_B = 0.55 objects.
        // Step toward B: 40 + 0.5 · 3 · (90 − 40)/4 = 58.75, back to the edge: 40.
        assertEquals(40, t.get(2).draft().position(0), EPS);
        // Round 2 (last): a = BATNA (A 0.7, B 0.1): both accept at 40.
        assertEquals(Outcome.CONSENSUS, r.outcome());
        assertEquals(40, r.finalText().position(0), EPS);
        // Without a forum the first protocol drops the clause after one contested round.
        RunResult first = play(s.withProtocol(s.protocol().withForum(null)));
        assertEquals(List.of("k"), first.transcript().get(0).dropped());
    }

    @Test
    void redLinesThatDoNotIntersectGetTheClauseDropped() {
        // A x = 20 with red line [0, 30]; B x = 90, w = 3, red line [50, 100]: no position satisfies both.
        Scenario s = Fixtures.scenario().clause("k", 0).clause("m", 0).forum(Forum.CONSENSUS_ONLY).dropAfter(1)
                .state("A", 1, "k", 20, 1, new RedLine(0, 30), "m", 50, 1)
                .state("B", 3, "k", 90, 1, new RedLine(50, 100), "m", 50, 1).build();
        RunResult r = play(s);
        List<RoundRecord> t = r.transcript();
        // Opening p_k = (20 + 270)/4 = 72.5 crosses A's red line; one contested round and the clause is dropped.
        assertEquals(72.5, t.get(0).draft().position(0), EPS);
        assertEquals(List.of("k"), t.get(0).dropped());
        assertTrue(t.get(1).draft().isDropped(0));
        assertTrue(r.finalText().isDropped(0));
    }

    @Test
    void aMemberCloseToIndifferentAbstainsAndAbstentionsAreNotVotesCast() {
        // k: A and B x = 60 (s 1); C x = 10 with s 0.1, and m (status quo 0) where C is at 0 with s 0.9.
        // T = 1 (the only round is the last: a = BATNA); threshold 0.75; C calls votes.
        Fixtures f = Fixtures.scenario().clause("k", 0).clause("m", 0).rounds(1).threshold(0.75)
                .forum(Forum.GENERAL_ASSEMBLY)
                .state("A", 1, "k", 60, 1).state("B", 1, "k", 60, 1).state("C", 1, "k", 10, 0.1, "m", 0, 0.9)
                .callsVotes("C");
        // p_k = (60 + 60 + 0.1·10)/2.1 = 57.619048, p_m = 0. U_C = 1 − 0.1 · 0.47619 = 0.952381,
        // BATNA_C = 1 − 0.1 · 0.1 = 0.99: U − BATNA = −0.037619.
        Scenario banded = f.abstentionBand(0.05).build();
        Negotiation g = new Negotiation(banded);
        double[] text = {121 / 2.1, 0};
        assertEquals(Vote.ABSTAIN, AcceptanceRule.ballot(g, 2, text, new boolean[2]));
        assertEquals(Vote.YES, AcceptanceRule.ballot(g, 0, text, new boolean[2]));
        // Band 0.05 ≥ 0.037619: C abstains. A and B accept (U = 0.976190 ≥ 0.4), C objects. Forecast 2 yes,
        // 0 no, 1 abstention: 2 ≥ 0.75 · 2 adopts → tabled for adoption → C calls a vote → 2–0–1, adopted.
        RunResult r = play(banded);
        assertEquals(Outcome.ADOPTED_BY_VOTE, r.outcome());
        assertEquals(2, r.vote().yes());
        assertEquals(0, r.vote().no());
        assertEquals(1, r.vote().abstain());
        assertEquals(1.0, r.vote().share(), EPS);
        // Without the band C votes no: 2 of 3 < 0.75, the forecast fails, the rounds run out, the closing
        // vote is 2–1–0 and fails.
        RunResult plain = play(f.abstentionBand(0).build());
        assertEquals(Outcome.NO_AGREEMENT, plain.outcome());
        assertEquals(1, plain.vote().no());
        assertEquals(0, plain.vote().abstain());
    }

    @Test
    void theBandAlsoAppliesToTheFirstProtocolsClosingVote() {
        Fixtures f = Fixtures.scenario().clause("k", 0).clause("m", 0)
                .protocol(new Protocol(1, Loss.LINEAR, 0, 0.5, 0, DecisionRule.MAJORITY, 0.75))
                .state("A", 1, "k", 60, 1).state("B", 1, "k", 60, 1).state("C", 1, "k", 10, 0.1, "m", 0, 0.9);
        // Same numbers without a forum: C objects; with the band it abstains in the closing vote (2–0–1).
        RunResult banded = play(f.abstentionBand(0.05).build());
        assertEquals(Outcome.ADOPTED_BY_VOTE, banded.outcome());
        assertEquals(1, banded.vote().abstain());
        RunResult plain = play(f.abstentionBand(0).build());
        assertEquals(Outcome.NO_AGREEMENT, plain.outcome());
        assertEquals(1, plain.vote().no());
    }

    @Test
    void theChairsPreferencesPullTheOpeningDraftAndEveryAmendment() {
        // A x = 20, B x = 80 (w = 1); the chair wants 100 with ω = 0.5.
        Scenario s = Fixtures.scenario().clause("k", 0).state("A", 1, "k", 20, 1).state("B", 1, "k", 80, 1)
                .chair(0.5, "k", 100).build();
        RunResult r = play(s);
        List<RoundRecord> t = r.transcript();
        // Opening: compromise 50, then half the way to 100: 75.
        assertEquals(75, t.get(0).draft().position(0), EPS);
        // Both object (a = 1): 75 + 0.5 · ((20 − 75) + (80 − 75))/2 = 62.5; then λω(y − p) = 0.25 · 37.5: 71.875.
        assertEquals(71.875, t.get(1).draft().position(0), EPS);
        // A neutral chair leaves the first protocol's numbers: 50, then 50.
        RunResult neutral = play(s.withChair(null));
        assertEquals(50, neutral.transcript().get(1).draft().position(0), EPS);
    }

    @Test
    void aResistancePointAboveTheBatnaIsWhereTheAspirationStops() {
        // A x = 20 (BATNA 0.8); ρ = 0.5: R = 0.8 + 0.5 · 0.2 = 0.9; T = 3, β = 1:
        // a(0) = 1, a(1) = 0.9 + 0.1 · 0.5 = 0.95, a(2) = 0.9.
        Scenario s = Fixtures.scenario().clause("k", 0).state("A", 1, "k", 20, 1).state("B", 1, "k", 80, 1).build();
        Negotiation g = new Negotiation(s.withProtocol(s.protocol().withResistance(0.5)));
        assertEquals(0.9, g.resistancePoint(0), EPS);
        assertEquals(1.0, g.aspiration(0, 0), EPS);
        assertEquals(0.95, g.aspiration(0, 1), EPS);
        assertEquals(0.9, g.aspiration(0, 2), EPS);
        assertEquals(0.8, g.batna(0), EPS);
    }

    @Test
    void aChairsSummaryReportsTheClausesAnObjectorNamesAsDivergentViews() {
        // k1, k2 (status quo 0). A: k1 60 (s 0.5), k2 60 (s 0.5); B: k1 0 (s 1). T = 2.
        Scenario s = Fixtures.scenario().clause("k1", 0).clause("k2", 0).rounds(2).forum(Forum.CHAIR_SUMMARY)
                .state("A", 1, "k1", 60, 0.5, "k2", 60, 0.5).state("B", 1, "k1", 0, 1).build();
        RunResult r = play(s);
        // Opening p1 = (0.5 · 60 + 1 · 0)/1.5 = 20, p2 = 60. Round 0 both object; the step toward both leaves
        // p1 = 20 + 0.5 · (0.5 · 40 + 1 · (−20))/1.5 = 20 and p2 = 60. Round 1 (last): A accepts
        // (U = 1 − 0.5 · 0.4 = 0.8 ≥ BATNA 0.4); B objects (U = 0.8 < 1) and names its costliest clause, k1.
        assertEquals(Outcome.CHAIR_SUMMARY, r.outcome());
        assertEquals(List.of("k1"), r.divergent());
        assertEquals(2, r.roundsUsed());
        // The summary carries k2 at 60 and reports k1 as divergent views (valued at its status quo):
        // gain A = 1 − 0.5 · 0.6 − 0.5 · 0 − 0.4 = 0.3; B = 1 − 0 − 1 = 0.
        assertEquals(0.3, r.gains().get("A"), EPS);
        assertEquals(0.0, r.gains().get("B"), EPS);
    }
}

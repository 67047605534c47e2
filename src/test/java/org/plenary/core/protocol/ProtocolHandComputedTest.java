package org.plenary.core.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.Loss;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;

/** Cases of DESIGN §2 followed by hand; every expected number is derived in the comments. */
class ProtocolHandComputedTest {

    private static final double EPS = 1e-9;

    private static RunResult play(Scenario s) {
        return Transcript.record(new NegotiationRun(new Negotiation(s)), 1, 0);
    }

    @Test
    void twoDelegationsOneClauseEndWithoutAgreementWhenOneSidePrefersTheStatusQuo() {
        // A: x = 20, B: x = 80, both s = 1, w = 1; status quo 0; linear loss, T = 3, λ = 0.5, β = 1.
        Scenario s = Fixtures.scenario().clause("k", 0).state("A", 1, "k", 20, 1).state("B", 1, "k", 80, 1).build();
        Negotiation g = new Negotiation(s);
        // BATNA_A = 1 − |0 − 20|/100 = 0.8; BATNA_B = 1 − 80/100 = 0.2
        assertEquals(0.8, g.batna(0), EPS);
        assertEquals(0.2, g.batna(1), EPS);
        RunResult r = play(s);
        List<RoundRecord> t = r.transcript();
        // Round 0: p = (1·1·20 + 1·1·80) / 2 = 50; U_A = U_B = 1 − 30/100 = 0.7; a(0) = 1: both object.
        assertEquals(50, t.get(0).draft().position(0), EPS);
        assertEquals(0.7, t.get(0).responses().get(0).utility(), EPS);
        assertEquals(1.0, t.get(0).responses().get(0).aspiration(), EPS);
        assertEquals(ResponseKind.OBJECT, t.get(0).responses().get(1).kind());
        // Both object: p ← 50 + 0.5·(1·(20 − 50) + 1·(80 − 50))/2 = 50.
        assertEquals(50, t.get(1).draft().position(0), EPS);
        // Round 1: a_A = 0.8 + 0.2·(1 − 1/2) = 0.9 > 0.7 object; a_B = 0.2 + 0.8·0.5 = 0.6 ≤ 0.7 accept.
        assertEquals(0.9, t.get(1).responses().get(0).aspiration(), EPS);
        assertEquals(ResponseKind.OBJECT, t.get(1).responses().get(0).kind());
        assertEquals(0.6, t.get(1).responses().get(1).aspiration(), EPS);
        assertEquals(ResponseKind.ACCEPT, t.get(1).responses().get(1).kind());
        // Only A objects: p ← 50 + 0.5·1·(20 − 50)/2 = 42.5.
        assertEquals(42.5, t.get(2).draft().position(0), EPS);
        // Round 2 (last): a = BATNA. U_A = 1 − 22.5/100 = 0.775 < 0.8 object; U_B = 0.625 ≥ 0.2 accept.
        assertEquals(0.775, t.get(2).responses().get(0).utility(), EPS);
        assertEquals(0.8, t.get(2).responses().get(0).aspiration(), EPS);
        assertEquals(Outcome.NO_AGREEMENT, r.outcome());
        assertEquals(3, r.roundsUsed());
        assertEquals(List.of("A"), r.blockers());
        assertEquals(0.0, r.gains().get("A"), EPS);
        assertNull(r.vote());
    }

    @Test
    void threeDelegationsTwoClausesRoundByRound() {
        // w: A 2, B 1, C 1. Clauses c1, c2 (status quo 0, 0). Linear loss, T = 3, λ = 0.5, β = 1.
        // A: c1 x=10 s=0.8, c2 x=40 s=0.2 | B: c1 70/0.5, c2 90/0.5 | C: c1 40/0.25, c2 60/0.75
        Scenario s = Fixtures.scenario().clause("c1", 0).clause("c2", 0)
                .state("A", 2, "c1", 10, 0.8, "c2", 40, 0.2)
                .state("B", 1, "c1", 70, 0.5, "c2", 90, 0.5)
                .state("C", 1, "c1", 40, 0.25, "c2", 60, 0.75).build();
        Negotiation g = new Negotiation(s);
        // BATNA_A = 1 − 0.8·0.10 − 0.2·0.40 = 0.84; BATNA_B = 1 − 0.5·0.7 − 0.5·0.9 = 0.2;
        // BATNA_C = 1 − 0.25·0.4 − 0.75·0.6 = 0.45.
        assertEquals(0.84, g.batna(0), EPS);
        assertEquals(0.20, g.batna(1), EPS);
        assertEquals(0.45, g.batna(2), EPS);
        RunResult r = play(s);
        List<RoundRecord> t = r.transcript();
        // Round 0: Σ w·s for c1 = 1.6 + 0.5 + 0.25 = 2.35; for c2 = 0.4 + 0.5 + 0.75 = 1.65.
        // p1 = (1.6·10 + 0.5·70 + 0.25·40)/2.35 = 61/2.35 = 25.957447; p2 = (16 + 45 + 45)/1.65 = 64.242424.
        double p1 = 61 / 2.35;
        double p2 = 106 / 1.65;
        assertArrayEquals(new double[] {p1, p2}, t.get(0).draft().positions(), EPS);
        // a(0) = 1 for all: everyone objects; an amendment by all moves p by λ·(compromise − p) = 0.
        for (Response resp : t.get(0).responses()) {
            assertEquals(ResponseKind.OBJECT, resp.kind());
        }
        assertArrayEquals(new double[] {p1, p2}, t.get(1).draft().positions(), EPS);
        // Round 1: U_A = 1 − 0.8·(15.957447/100) − 0.2·(24.242424/100) = 0.823856; a_A = 0.84 + 0.16·0.5 = 0.92 → object.
        // U_B = 1 − 0.5·0.440426 − 0.5·0.257576 = 0.650999; a_B = 0.2 + 0.8·0.5 = 0.6 → accept.
        // U_C = 1 − 0.25·0.140426 − 0.75·0.042424 = 0.933075; a_C = 0.45 + 0.55·0.5 = 0.725 → accept.
        List<Response> r1 = t.get(1).responses();
        assertEquals(1 - 0.8 * (p1 - 10) / 100 - 0.2 * (p2 - 40) / 100, r1.get(0).utility(), EPS);
        assertEquals(0.823856, r1.get(0).utility(), 1e-6);
        assertEquals(0.92, r1.get(0).aspiration(), EPS);
        assertEquals(ResponseKind.OBJECT, r1.get(0).kind());
        assertEquals(0.650999, r1.get(1).utility(), 1e-6);
        assertEquals(0.6, r1.get(1).aspiration(), EPS);
        assertEquals(ResponseKind.ACCEPT, r1.get(1).kind());
        assertEquals(0.933075, r1.get(2).utility(), 1e-6);
        assertEquals(0.725, r1.get(2).aspiration(), EPS);
        assertEquals(ResponseKind.ACCEPT, r1.get(2).kind());
        // A's amendments: its costliest clause first: c1 costs 0.8·0.1596 = 0.1277 > c2's 0.2·0.2424 = 0.0485.
        assertEquals("c1", r1.get(0).amendments().get(0).clauseId());
        assertEquals(10, r1.get(0).amendments().get(0).position(), EPS);
        // Only A objects: c1: p += 0.5·1.6·(10 − 25.957447)/2.35 = −5.432322 → 20.525124;
        //                 c2: p += 0.5·0.4·(40 − 64.242424)/1.65 = −2.938476 → 61.303949.
        assertEquals(20.525124, t.get(2).draft().position(0), 1e-6);
        assertEquals(61.303949, t.get(2).draft().position(1), 1e-6);
        // Round 2 (last, a = BATNA): U_A = 1 − 0.8·0.105251 − 0.2·0.213039 = 0.873191 ≥ 0.84;
        // U_B = 0.609145 ≥ 0.2; U_C = 0.941533 ≥ 0.45: consensus in the third round.
        assertEquals(0.873191, t.get(2).responses().get(0).utility(), 1e-6);
        assertEquals(Outcome.CONSENSUS, r.outcome());
        assertEquals(3, r.roundsUsed());
        assertTrue(r.blockers().isEmpty());
        // Gains = U(final) − BATNA: A 0.033191, B 0.409145, C 0.491533.
        assertEquals(0.033191, r.gains().get("A"), 1e-6);
        assertEquals(0.409145, r.gains().get("B"), 1e-6);
        assertEquals(0.491533, r.gains().get("C"), 1e-6);
    }

    @Test
    void aRedLineCrossedEveryRoundBlocksConsensus() {
        // A: x = 20, red line [0, 30]; B: x = 80. Draft starts at 50, outside A's red line.
        // Amendments: all object at t = 0 (p stays 50); at t = 1 A refuses, B: a = 0.6 ≤ U_B(50) = 0.7 accepts,
        // so p ← 50 + 0.5·(20 − 50)/2 = 42.5, still above 30: A refuses in the last round too.
        Scenario s = Fixtures.scenario().clause("k", 0)
                .state("A", 1, "k", 20, 1, new RedLine(0, 30)).state("B", 1, "k", 80, 1).build();
        RunResult r = play(s);
        assertEquals(Outcome.NO_AGREEMENT, r.outcome());
        assertEquals(List.of("A"), r.blockers());
        for (RoundRecord round : r.transcript()) {
            Response a = round.responses().get(0);
            assertEquals(ResponseKind.REFUSE, a.kind());
            assertEquals(List.of("k"), a.redLinesCrossed());
        }
    }

    @Test
    void aClauseThatRedLinesKeepBlockingIsDroppedAndTheRestAgreed() {
        // Clause "core" everyone can live with; clause "hard": A's red line [0, 10], B wants 90.
        // With dropContestedAfter = 2, "hard" is crossed in rounds 0 and 1 and dropped after round 1.
        // Round 2 (last): A values "hard" at its status quo 0, inside its red line; aspirations are the
        // BATNAs; A: U = 1 − 0.5·|core − 50|/100 − 0.5·|0 − 0|/100 ≥ BATNA_A = 1 − 0.5·0.5 = 0.75 since
        // core stays 50 (both ideal 50). B: U = 1 − 0.5·0 − 0.5·0.9 = 0.55 ≥ BATNA_B = 1 − 0.5·0.5 − 0.5·0.9
        // = 0.3. Consensus.
        Protocol p = new Protocol(3, Loss.LINEAR, 0, 0.5, 2, DecisionRule.CONSENSUS, 2.0 / 3);
        Scenario s = Fixtures.scenario().clause("core", 0).clause("hard", 0).protocol(p)
                .state("A", 1, "core", 50, 0.5, "hard", 0, 0.5, new RedLine(0, 10))
                .state("B", 1, "core", 50, 0.5, "hard", 90, 0.5).build();
        RunResult r = play(s);
        assertEquals(List.of(), r.transcript().get(0).dropped());
        assertEquals(List.of("hard"), r.transcript().get(1).dropped());
        assertTrue(r.transcript().get(2).draft().isDropped(1));
        assertEquals(Outcome.CONSENSUS, r.outcome());
        assertEquals(3, r.roundsUsed());
        assertTrue(r.finalText().isDropped(1));
        assertEquals(50, r.finalText().position(0), EPS);
        // Gains: A 1 − 0.75 = 0.25; B 0.55 − 0.3 = 0.25.
        assertEquals(0.25, r.gains().get("A"), EPS);
        assertEquals(0.25, r.gains().get("B"), EPS);
    }

    @Test
    void majorityVoteWithFullCohesionCountsBlocMembersWithTheirBloc() {
        // One clause, T = 1 (aspiration = BATNA at once). Status quo 0.
        // BLOC (votes 3 of unmodelled members, cohesion 1) x = 60; its modelled member M x = 0 (prefers the
        // status quo); S x = 0; draft = (1·60 + 1·0 + 1·0)/3 = 20.
        // BLOC: U = 1 − 0.4 = 0.6 ≥ BATNA 0.4 accepts. M, S: U = 0.8 < BATNA 1 object.
        // Vote (threshold 2/3): BLOC's 3 votes yes; M follows its bloc (cohesion 1): yes; S: no.
        // 4 yes of 5 cast = 0.8 ≥ 2/3: adopted.
        Protocol p = new Protocol(1, Loss.LINEAR, 0, 0.5, 0, DecisionRule.MAJORITY, 2.0 / 3);
        RunResult r = play(majorityScenario(p, 1.0));
        assertEquals(Outcome.ADOPTED_BY_VOTE, r.outcome());
        assertEquals(4, r.vote().yes());
        assertEquals(1, r.vote().no());
        assertEquals(List.of("M", "S"), r.blockers());
        // Gains: BLOC 0.6 − 0.4 = 0.2; M and S 0.8 − 1 = −0.2.
        assertEquals(0.2, r.gains().get("BLOC"), EPS);
        assertEquals(-0.2, r.gains().get("M"), EPS);
    }

    @Test
    void majorityVoteWithZeroCohesionLetsEveryMemberVoteItsOwnPreference() {
        // Same case with cohesion 0: M votes its own preference (no); each of the bloc's 3 unmodelled
        // members flips a fair coin. Yes ≤ 3 of 5 = 0.6 < 2/3, so the text can never pass:
        // NO_AGREEMENT for every seed, and the yes count is exactly the coins that came up yes.
        Protocol p = new Protocol(1, Loss.LINEAR, 0, 0.5, 0, DecisionRule.MAJORITY, 2.0 / 3);
        Scenario s = majorityScenario(p, 0.0);
        NegotiationRun run = new NegotiationRun(new Negotiation(s));
        int yesTotal = 0;
        for (int seed = 1; seed <= 200; seed++) {
            assertEquals(Outcome.NO_AGREEMENT, run.play(seed, 0, null));
            assertTrue(run.voted());
            assertEquals(5, run.yesVotes() + run.noVotes());
            assertTrue(run.yesVotes() <= 3);
            yesTotal += run.yesVotes();
        }
        // 600 fair coins: mean 300, sd √150 ≈ 12.2; 5 sd either side.
        assertTrue(Math.abs(yesTotal - 300) < 62, "yes total " + yesTotal);
        // With threshold 0.5 the same coins decide: adopted exactly when ≥ 3 of the 5 votes (i.e. all
        // 3 coins) are yes... 3/5 = 0.6 ≥ 0.5. So adoption happens, but not always.
        Protocol half = new Protocol(1, Loss.LINEAR, 0, 0.5, 0, DecisionRule.MAJORITY, 0.5);
        NegotiationRun run2 = new NegotiationRun(new Negotiation(majorityScenario(half, 0.0)));
        int adopted = 0;
        for (int seed = 1; seed <= 400; seed++) {
            if (run2.play(seed, 0, null) == Outcome.ADOPTED_BY_VOTE) {
                adopted++;
                assertEquals(3, run2.yesVotes());
            }
        }
        // P(3 heads of 3) = 1/8: expect 50 of 400, sd ≈ 6.6.
        assertTrue(adopted > 20 && adopted < 80, "adopted " + adopted);
    }

    private static Scenario majorityScenario(Protocol p, double cohesion) {
        return Fixtures.scenario().clause("k", 0).protocol(p)
                .delegation("BLOC", DelegationKind.BLOC, 1, 3, List.of("AAA", "BBB", "CCC", "M"), cohesion, 1,
                        "k", 60, 1)
                .state("M", 1, "k", 0, 1)
                .state("S", 1, "k", 0, 1).build();
    }

    @Test
    void quadraticLossSquaresTheDistance() {
        // ŝ = (0.75, 0.25) from s = (0.6, 0.2); ideal (20, 80); text (50, 60):
        // U = 1 − 0.75·(0.30)² − 0.25·(0.20)² = 1 − 0.0675 − 0.01 = 0.9225.
        Protocol p = new Protocol(3, Loss.QUADRATIC, 0, 0.5, 0, DecisionRule.CONSENSUS, 2.0 / 3);
        Scenario s = Fixtures.scenario().clause("a", 0).clause("b", 0).protocol(p)
                .state("X", 1, "a", 20, 0.6, "b", 80, 0.2).build();
        Negotiation g = new Negotiation(s);
        assertEquals(0.9225, g.utility(0, new double[] {50, 60}, new boolean[2]), EPS);
        // Dropping "a" values it at its status quo 0: U = 1 − 0.75·0.04 − 0.25·0.04 = 0.96.
        assertEquals(0.96, g.utility(0, new double[] {50, 60}, new boolean[] {true, false}), EPS);
        // BATNA = 1 − 0.75·0.04 − 0.25·0.64 = 0.81.
        assertEquals(0.81, g.batna(0), EPS);
    }

    @Test
    void aspirationFollowsTheConcessionExponent() {
        // BATNA 0.8 (x = 20, status quo 0, linear). T = 5, so t/(T−1) = t/4.
        // β = 0.5 (hard-line): t = 2 → (0.5)^(1/0.5) = 0.25 → a = 0.8 + 0.2·0.75 = 0.95.
        // β = 2 (conceder):    t = 2 → (0.5)^(1/2) = 0.707107 → a = 0.8 + 0.2·0.292893 = 0.858579.
        Protocol p = new Protocol(5, Loss.LINEAR, 0, 0.5, 0, DecisionRule.CONSENSUS, 2.0 / 3);
        Scenario s = Fixtures.scenario().clause("k", 0).protocol(p)
                .delegation("H", DelegationKind.STATE, 1, 1, List.of(), 1, 0.5, "k", 20, 1)
                .delegation("S", DelegationKind.STATE, 1, 1, List.of(), 1, 2.0, "k", 20, 1).build();
        Negotiation g = new Negotiation(s);
        assertEquals(1.0, g.aspiration(0, 0), EPS);
        assertEquals(0.95, g.aspiration(0, 2), EPS);
        assertEquals(0.858579, g.aspiration(1, 2), 1e-6);
        assertEquals(0.8, g.aspiration(0, 4), EPS);
        // T = 1: the only round's aspiration is the BATNA.
        Negotiation one = new Negotiation(s, p.withMaxRounds(1));
        assertEquals(0.8, one.aspiration(0, 0), EPS);
    }

    @Test
    void logisticAcceptanceProbability() {
        // U − a = 0.1, τ = 0.1: 1/(1 + e^−1) = 0.7310585786 (e^−1 = 0.3678794412).
        assertEquals(0.7310585786, AcceptanceRule.acceptanceProbability(0.7, 0.6, 0.1), 1e-10);
        // U = a: 1/2 whatever τ.
        assertEquals(0.5, AcceptanceRule.acceptanceProbability(0.5, 0.5, 0.3), EPS);
    }

    @Test
    void temperatureMakesAcceptanceAsFrequentAsTheLogisticSays() {
        // One delegation, T = 1 so a = BATNA = 0.8 (x = 20, status quo 0); the opening draft is its own
        // ideal (U = 1) — so use a second, weightless-on-k delegation? Instead: two delegations, draft 50,
        // U_A = 0.7, a_A = 0.8: P(accept) = 1/(1 + e^{0.1/0.1}) = 0.268941; B: U = 0.7 vs a_B = 0.2:
        // P = 1/(1 + e^{−0.5/0.1}) = 0.993307. P(consensus) = 0.268941 · 0.993307 = 0.267141.
        Protocol p = new Protocol(1, Loss.LINEAR, 0.1, 0.5, 0, DecisionRule.CONSENSUS, 2.0 / 3);
        Scenario s = Fixtures.scenario().clause("k", 0).protocol(p)
                .state("A", 1, "k", 20, 1).state("B", 1, "k", 80, 1).build();
        NegotiationRun run = new NegotiationRun(new Negotiation(s));
        int n = 20000;
        int consensus = 0;
        for (int i = 0; i < n; i++) {
            if (run.play(7, i, null) == Outcome.CONSENSUS) {
                consensus++;
            }
        }
        double expected = 0.267141;
        double sd = Math.sqrt(expected * (1 - expected) / n);
        assertEquals(expected, (double) consensus / n, 4.5 * sd);
    }

    @Test
    void aFullAgreementOnTheOpeningDraftIsConsensusInRoundOne() {
        // Both ideal 40: the opening draft is 40 = both ideals, U = 1 ≥ a(0) = 1.
        Scenario s = Fixtures.scenario().clause("k", 0).state("A", 1, "k", 40, 1).state("B", 3, "k", 40, 0.2).build();
        RunResult r = play(s);
        assertEquals(Outcome.CONSENSUS, r.outcome());
        assertEquals(1, r.roundsUsed());
        assertFalse(r.transcript().isEmpty());
    }
}

package org.plenary.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.DelegationKind;
import org.plenary.core.model.Forum;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Loss;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.Scenario;

/** Properties that hold for any scenario, checked on generated ones (the generator is seeded). */
class ProtocolPropertiesTest {

    private static Scenario random(Random rnd, Protocol p) {
        Fixtures f = Fixtures.scenario().protocol(p);
        int k = 1 + rnd.nextInt(5);
        for (int c = 0; c < k; c++) {
            f.clause("c" + c, rnd.nextInt(101));
        }
        int n = 2 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            Object[] stances = new Object[3 * k];
            for (int c = 0; c < k; c++) {
                stances[3 * c] = "c" + c;
                stances[3 * c + 1] = rnd.nextDouble() * 100;
                stances[3 * c + 2] = 0.05 + rnd.nextDouble() * 0.95;
            }
            f.delegation("D" + i, DelegationKind.STATE, 0.1 + rnd.nextDouble() * 5, 1, List.of(), 1,
                    0.2 + rnd.nextDouble() * 3, stances);
        }
        return f.build();
    }

    @Test
    void everyDraftStaysWithinTheRangeOfIdealPoints() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            Protocol p = new Protocol(2 + rnd.nextInt(20), rnd.nextBoolean() ? Loss.LINEAR : Loss.QUADRATIC, 0,
                    0.05 + rnd.nextDouble() * 0.95, 0, DecisionRule.CONSENSUS, 2.0 / 3);
            Scenario s = random(rnd, p);
            Negotiation g = new Negotiation(s);
            RunResult r = Transcript.record(new NegotiationRun(g), 1, 0);
            for (RoundRecord round : r.transcript()) {
                for (int c = 0; c < g.clauses(); c++) {
                    double lo = Double.MAX_VALUE;
                    double hi = -Double.MAX_VALUE;
                    for (int i = 0; i < g.delegations(); i++) {
                        lo = Math.min(lo, g.position(i, c));
                        hi = Math.max(hi, g.position(i, c));
                    }
                    double x = round.draft().position(c);
                    assertTrue(x >= lo - 1e-9 && x <= hi + 1e-9, "draft " + x + " outside [" + lo + ", " + hi + "]");
                }
            }
        }
    }

    @Test
    void aDelegationWhoseIdealIsTheDraftAccepts() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            Scenario s = random(rnd, new Protocol(10, Loss.QUADRATIC, 0, 0.5, 0, DecisionRule.CONSENSUS, 2.0 / 3));
            Negotiation g = new Negotiation(s);
            int i = rnd.nextInt(g.delegations());
            double[] text = new double[g.clauses()];
            for (int c = 0; c < text.length; c++) {
                text[c] = g.position(i, c);
            }
            for (int t = 0; t < 10; t++) {
                assertEquals(ResponseKind.ACCEPT,
                        AcceptanceRule.respond(g, i, t, text, new boolean[text.length], null));
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheOrderOfDelegationsInTheFile() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 100; trial++) {
            Protocol p = new Protocol(15, Loss.QUADRATIC, trial % 2 == 0 ? 0 : 0.05, 0.4, 0, DecisionRule.CONSENSUS,
                    2.0 / 3);
            Scenario s = random(rnd, p);
            List<Delegation> shuffled = new ArrayList<>(s.delegations());
            Collections.shuffle(shuffled, rnd);
            Scenario t = new Scenario(s.metadata(), s.clauses(), shuffled, s.protocol(), s.seed());
            for (long run = 0; run < 5; run++) {
                RunResult a = Transcript.record(new NegotiationRun(new Negotiation(s)), 42, run);
                RunResult b = Transcript.record(new NegotiationRun(new Negotiation(t)), 42, run);
                assertEquals(a, b);
            }
        }
    }

    @Test
    void aRunIsAFunctionOfSeedAndRunIndexAlone() {
        Scenario s = random(new Random(8), new Protocol(20, Loss.QUADRATIC, 0.05, 0.4, 0, DecisionRule.CONSENSUS, 0.5));
        NegotiationRun reused = new NegotiationRun(new Negotiation(s));
        List<RunResult> first = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
            first.add(reused.play(9, run, null) == null ? null : reused.result(List.of()));
        }
        for (int run = 19; run >= 0; run--) {
            NegotiationRun fresh = new NegotiationRun(new Negotiation(s));
            fresh.play(9, run, null);
            assertEquals(first.get(run), fresh.result(List.of()));
        }
    }

    /** A generated scenario under a forum: red lines on some stances, a vote-calling delegation, a band. */
    private static Scenario forumScenario(Random rnd, Forum forum, double tau) {
        Fixtures f = Fixtures.scenario().protocol(new Protocol(4 + rnd.nextInt(15), Loss.QUADRATIC, tau, 0.4,
                rnd.nextInt(3), DecisionRule.CONSENSUS, 0.5 + rnd.nextDouble() * 0.4, forum,
                rnd.nextBoolean() ? 0 : 0.05, rnd.nextBoolean() ? 0 : 0.2));
        int k = 1 + rnd.nextInt(4);
        for (int c = 0; c < k; c++) {
            f.clause("c" + c, rnd.nextInt(101));
        }
        int n = 2 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            List<Object> stances = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                double x = rnd.nextDouble() * 100;
                stances.add("c" + c);
                stances.add(x);
                stances.add(0.05 + rnd.nextDouble() * 0.95);
                if (rnd.nextInt(4) == 0) {
                    stances.add(new RedLine(Math.max(0, x - 20), Math.min(100, x + 20)));
                }
            }
            f.delegation("D" + i, DelegationKind.STATE, 0.1 + rnd.nextDouble() * 5, 1 + rnd.nextInt(3), List.of(), 1,
                    0.2 + rnd.nextDouble() * 3, stances.toArray());
            if (rnd.nextInt(3) == 0) {
                f.callsVotes("D" + i);
            }
        }
        return f.build();
    }

    @Test
    void underEveryForumResultsDoNotDependOnFileOrderAndAreAFunctionOfSeedAndRun() {
        Random rnd = new Random(21);
        for (Forum forum : Forum.values()) {
            for (int trial = 0; trial < 40; trial++) {
                Scenario s = forumScenario(rnd, forum, trial % 2 == 0 ? 0 : 0.05);
                List<Delegation> shuffled = new ArrayList<>(s.delegations());
                Collections.shuffle(shuffled, rnd);
                Scenario t = s.withDelegations(shuffled);
                NegotiationRun reused = new NegotiationRun(new Negotiation(s));
                for (long run = 0; run < 4; run++) {
                    RunResult a = Transcript.record(new NegotiationRun(new Negotiation(s)), 42, run);
                    RunResult b = Transcript.record(new NegotiationRun(new Negotiation(t)), 42, run);
                    assertEquals(a, b);
                    reused.play(42, run, null);
                    assertEquals(a.outcome(), reused.outcome());
                    assertEquals(a.finalText(), reused.result(List.of()).finalText());
                    assertEquals(a.margins(), reused.result(List.of()).margins());
                }
            }
        }
    }

    @Test
    void underAForumTheChairNeverTablesADraftThatCrossesRedLinesItCouldMeet() {
        Random rnd = new Random(4);
        for (int trial = 0; trial < 200; trial++) {
            Scenario s = forumScenario(rnd, Forum.CONSENSUS_ONLY, 0);
            Negotiation g = new Negotiation(s);
            RunResult r = Transcript.record(new NegotiationRun(g), 1, 0);
            for (RoundRecord round : r.transcript()) {
                if (round.round() == 0) {
                    continue;
                }
                for (int c = 0; c < g.clauses(); c++) {
                    if (g.redLined(c) && !g.redLinesDisjoint(c) && !round.draft().isDropped(c)) {
                        double x = round.draft().position(c);
                        assertTrue(x >= g.edgeMin(c) && x <= g.edgeMax(c), "clause " + c + " at " + x);
                    }
                }
            }
        }
    }
}

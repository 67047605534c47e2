package org.plenary.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.core.Fixtures;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Loss;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.RedLine;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.SeatedRun.SeatAnswer;
import org.plenary.engine.local.LocalEngine;
import org.plenary.io.scenario.ScenarioReader;

/** A run with seats answered from outside the model: the seam of {@code plenary play} and rooms. */
class SeatedRunTest {

    private static final double EPS = 1e-9;

    private static Scenario flagshipWithTemperature() {
        Scenario s = ScenarioReader.read(Path.of("scenarios/un-ai-dialogue-2026.yaml")).scenario().orElseThrow();
        Protocol p = s.protocol();
        // τ > 0 so that the RESPOND streams are drawn from: silent seats must draw as the engine does.
        return s.withProtocol(new Protocol(p.maxRounds(), p.loss(), 0.05, p.mediatorStep(), p.dropContestedAfter(),
                p.decisionRule(), p.threshold()));
    }

    @Test
    void silentSeatsGiveTheModelsOwnRunRoundForRound() {
        Scenario s = flagshipWithTemperature();
        RunResult model = new LocalEngine().negotiate(s, 7, 3, true);
        SeatedRun seated = new SeatedRun(new Negotiation(s), 7, 3, List.of("G77", "USA"));
        while (!seated.closed()) {
            seated.closeRound();
        }
        assertEquals(model, seated.result());
        assertTrue(seated.answeredByModel().stream().allMatch(set -> set.equals(Set.of("G77", "USA"))));
    }

    @Test
    void seatsAnsweringAsTheModelDoesGiveTheModelsRun() {
        Scenario s = flagshipWithTemperature();
        RunResult model = new LocalEngine().negotiate(s, 11, 0, true);
        SeatedRun seated = new SeatedRun(new Negotiation(s), 11, 0, List.of("EU"));
        Negotiation g = seated.negotiation();
        int eu = g.indexOf("EU");
        while (!seated.closed()) {
            ResponseKind kind = seated.modelAnswer("EU");
            Map<String, Double> ideal = new java.util.LinkedHashMap<>();
            Draft d = seated.draft();
            for (int c = 0; c < g.clauses(); c++) {
                if (!d.isDropped(c)) {
                    ideal.put(g.clauseId(c), g.position(eu, c));
                }
            }
            List<String> crossed = seated.redLinesCrossed("EU");
            seated.answer("EU", switch (kind) {
                case ACCEPT -> SeatAnswer.accept();
                case OBJECT -> SeatAnswer.object(ideal);
                case REFUSE -> new SeatAnswer(ResponseKind.REFUSE, ideal, crossed);
                case RESERVE -> SeatAnswer.reserve();
                case CALL_VOTE -> SeatAnswer.callVote();
            });
            seated.closeRound();
        }
        assertEquals(model.outcome(), seated.result().outcome());
        assertEquals(model.finalText(), seated.result().finalText());
        assertEquals(model.roundsUsed(), seated.result().roundsUsed());
    }

    @Test
    void anObjectionPullsOnlyTheAmendedClauseTowardThePositionNamed() {
        // A: k1 at 20, k2 at 20; B: k1 at 80, k2 at 80; all s = 1, w = 1; λ = 0.5, T = 3, linear.
        Scenario s = Fixtures.scenario().clause("k1", 0).clause("k2", 0)
                .state("A", 1, "k1", 20, 1, "k2", 20, 1).state("B", 1, "k1", 80, 1, "k2", 80, 1).build();
        SeatedRun run = new SeatedRun(new Negotiation(s), 1, 0, List.of("A"));
        // Round 0: p = (20 + 80)/2 = 50 on both clauses; B (the model) objects (U = 0.7 < a = 1).
        assertEquals(50, run.draft().position(0), EPS);
        assertEquals(ResponseKind.OBJECT, run.modelAnswer("B"));
        run.answer("A", SeatAnswer.object(Map.of("k1", 40.0)));
        RoundRecord r = run.closeRound();
        // k1: 50 + 0.5·(1·(40 − 50) + 1·(80 − 50))/2 = 55; k2: A does not pull, 50 + 0.5·(80 − 50)/2 = 57.5.
        assertEquals(55, run.draft().position(0), EPS);
        assertEquals(57.5, run.draft().position(1), EPS);
        Response a = r.responses().get(0);
        assertEquals(ResponseKind.OBJECT, a.kind());
        // The amendment as the seat tabled it; its loss is ŝ·|50 − 20|/100 = 0.5·0.3 = 0.15.
        assertEquals(List.of(new Amendment("k1", 40, 0.15)), a.amendments());
        assertEquals(List.of(Set.of()), run.answeredByModel());
    }

    @Test
    void aRefusalNamesACrossedRedLineAndPullsItTowardTheIdealPoint() {
        // A: k at 10 with red line [0, 40]; B: k at 90. Opening p = 50 crosses A's red line.
        Scenario s = Fixtures.scenario().clause("k", 0).clause("j", 0)
                .state("A", 1, "k", 10, 1, new RedLine(0, 40), "j", 50, 1).state("B", 1, "k", 90, 1, "j", 50, 1)
                .build();
        SeatedRun run = new SeatedRun(new Negotiation(s), 1, 0, List.of("A"));
        assertEquals(List.of("k"), run.redLinesCrossed("A"));
        assertEquals(ResponseKind.REFUSE, run.modelAnswer("A"));
        assertEquals(List.of("the draft crosses A's red line on k: it cannot be accepted (refuse, naming the red line)"),
                run.problems("A", SeatAnswer.accept()));
        assertEquals(List.of("the draft does not cross A's red line on j (it crosses: k)"),
                run.problems("A", SeatAnswer.refuse(List.of("j"))));
        assertEquals(List.of("a refusal names the red line the draft crosses (k)"),
                run.problems("A", SeatAnswer.refuse(List.of())));
        Map<String, Double> wrong = new java.util.LinkedHashMap<>();
        wrong.put("z", 5.0);
        wrong.put("k", 120.0);
        assertEquals(List.of("no clause z (clauses: k, j)", "position 120.0 for k is not between 0 and 100"),
                run.problems("A", SeatAnswer.object(wrong)));
        assertThrows(IllegalArgumentException.class, () -> run.answer("B", SeatAnswer.accept()), "B is the model's");
        run.answer("A", SeatAnswer.refuse(List.of("k")));
        run.closeRound();
        // k: 50 + 0.5·((10 − 50) + (90 − 50))/2 = 50; j: nobody is away from 50.
        assertEquals(50, run.draft().position(0), EPS);
        assertEquals(ResponseKind.REFUSE, run.rounds().get(0).responses().get(0).kind());
    }

    @Test
    void aClosedRunTakesNoMoreAnswers() {
        Scenario s = Fixtures.scenario().clause("k", 0).state("A", 1, "k", 50, 1).state("B", 1, "k", 50, 1)
                .protocol(new Protocol(3, Loss.LINEAR, 0, 0.5, 0, DecisionRule.CONSENSUS, 2.0 / 3)).build();
        SeatedRun run = new SeatedRun(new Negotiation(s), 1, 0, List.of("A"));
        run.answer("A", SeatAnswer.accept());
        run.closeRound();
        assertTrue(run.closed());
        assertEquals(Outcome.CONSENSUS, run.result().outcome());
        assertEquals(List.of("the negotiation is over"), run.problems("A", SeatAnswer.accept()));
        assertThrows(IllegalStateException.class, run::closeRound);
    }

    @Test
    void aSeatMayJoinWithReservationsOrCallAVoteOnlyOnADraftTabledForAdoption() {
        // The lone holdout of ForumRulesHandComputedTest, with C played from outside: round 0 is not
        // tabled for adoption; in round 1 A and B accept, C objects, and the chair tables the draft.
        Scenario s = Fixtures.scenario().clause("k", 0).forum(org.plenary.core.model.Forum.GENERAL_ASSEMBLY)
                .state("A", 1, "k", 60, 1).state("B", 1, "k", 60, 1).state("C", 1, "k", 0, 1).build();
        for (SeatAnswer last : List.of(SeatAnswer.reserve(), SeatAnswer.callVote())) {
            SeatedRun run = new SeatedRun(new Negotiation(s), 1, 0, List.of("C"));
            assertEquals(false, run.forAdoption());
            assertEquals(1, run.problems("C", SeatAnswer.reserve()).size());
            assertTrue(run.problems("C", SeatAnswer.callVote()).get(0).contains("tables for adoption"));
            run.answer("C", SeatAnswer.object(Map.of("k", 0.0)));
            run.closeRound();
            run.answer("C", SeatAnswer.object(Map.of("k", 0.0)));
            run.closeRound();
            assertTrue(run.forAdoption(), "round 1's draft is tabled for adoption");
            assertEquals(1, run.round());
            run.answer("C", last);
            run.closeRound();
            assertTrue(run.closed());
            if (last.kind() == ResponseKind.RESERVE) {
                assertEquals(Outcome.CONSENSUS_WITH_RESERVATIONS, run.result().outcome());
                assertEquals(Map.of("C", List.of("k")), run.result().reservations());
            } else {
                assertEquals(Outcome.ADOPTED_BY_VOTE, run.result().outcome());
                assertEquals(2, run.result().vote().yes());
                assertEquals(1, run.result().vote().no());
                assertEquals(List.of("C"), run.result().vote().calledBy());
            }
        }
    }
}

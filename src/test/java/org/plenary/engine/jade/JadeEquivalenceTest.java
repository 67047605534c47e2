package org.plenary.engine.jade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.Forum;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.RunResult;
import org.plenary.core.protocol.Transcript;
import org.plenary.core.uncertainty.Perturbation;
import org.plenary.engine.Engine;
import org.plenary.engine.local.LocalEngine;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;
import org.plenary.io.scenario.ScenarioReader;

/**
 * The contract of the JADE engine: for seeds 1–50 it gives exactly the local engine's outcome,
 * rounds, final text and blockers, on the classroom and flagship scenarios, deterministic (τ = 0)
 * and stochastic (τ = 0.02), and under a majority rule with a bloc of cohesion below 1; and, with
 * the scenarios' uncertainty sections active (inputs redrawn per run), the same round-by-round
 * transcript of every run and the same Monte Carlo results.
 */
class JadeEquivalenceTest {

    private static JadeEngine jade;
    private static final Engine LOCAL = new LocalEngine();

    @BeforeAll
    static void boot() {
        jade = new JadeEngine();
    }

    @AfterAll
    static void shutdown() {
        jade.close();
    }

    private static Scenario read(String file) throws IOException {
        return ScenarioReader.read(Path.of("scenarios", file)).scenario().orElseThrow();
    }

    private static Scenario withTemperature(Scenario s, double tau) {
        Protocol p = s.protocol();
        return s.withProtocol(new Protocol(p.maxRounds(), p.loss(), tau, p.mediatorStep(), p.dropContestedAfter(),
                p.decisionRule(), p.threshold()));
    }

    private static void assertSameForSeeds(Scenario s, String label) {
        assertSameForSeeds(s, label, 50);
    }

    private static void assertSameForSeeds(Scenario s, String label, int seeds) {
        List<String> differences = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            RunResult l = LOCAL.negotiate(s, seed, 0, false);
            RunResult j = jade.negotiate(s, seed, 0, false);
            if (!l.outcome().equals(j.outcome()) || l.roundsUsed() != j.roundsUsed()
                    || !l.finalText().equals(j.finalText()) || !l.blockers().equals(j.blockers())
                    || !java.util.Objects.equals(l.vote(), j.vote()) || !l.gains().equals(j.gains())
                    || !l.margins().equals(j.margins()) || !l.reservations().equals(j.reservations())
                    || !l.divergent().equals(j.divergent())) {
                differences.add(label + " seed " + seed + ": local " + l + " jade " + j);
            }
        }
        assertEquals(List.of(), differences);
    }

    /**
     * Runs 0 … runs − 1 of {@code seed} with the inputs redrawn per run, as a Monte Carlo worker
     * redraws them, on both engines: every run's result, transcript included, must be equal.
     */
    private static void assertSameRedrawnTranscripts(Scenario s, long seed, int runs, String label) {
        Negotiation base = new Negotiation(s);
        Perturbation forLocal = new Perturbation(base, s.uncertainty());
        Perturbation forJade = new Perturbation(base, s.uncertainty());
        List<String> differences = new ArrayList<>();
        Set<Integer> roundsUsed = new HashSet<>();
        for (long r = 0; r < runs; r++) {
            forLocal.apply(seed, r);
            forJade.apply(seed, r);
            RunResult l = transcribed(LOCAL, forLocal.negotiation(), seed, r);
            RunResult j = transcribed(jade, forJade.negotiation(), seed, r);
            if (!l.equals(j)) {
                differences.add(label + " run " + r + ":\n local " + l + "\n jade  " + j);
            }
            roundsUsed.add(l.roundsUsed());
        }
        assertEquals(List.of(), differences);
        assertTrue(roundsUsed.size() > 1, label + ": the redrawn runs differ in length " + roundsUsed);
    }

    private static RunResult transcribed(Engine engine, Negotiation negotiation, long seed, long run) {
        NegotiationRun play = new NegotiationRun(negotiation);
        Transcript t = new Transcript(negotiation);
        engine.play(play, seed, run, t);
        RunResult result = play.result(t.rounds());
        assertEquals(result.roundsUsed(), result.transcript().size(), "one record per round played");
        return result;
    }

    @Test
    void redrawnInputsGiveTheSameTranscriptRoundByRound() throws IOException {
        Scenario classroom = withTemperature(read("classroom-3.yaml"), 0.02);
        assertFalse(classroom.uncertainty().isNone(), "the classroom's uncertainty section is active");
        assertSameRedrawnTranscripts(classroom, 7, 150, "classroom redrawn, τ=0.02");
        Scenario flagship = withTemperature(read("un-ai-dialogue-2026.yaml"), 0.02);
        assertFalse(flagship.uncertainty().isNone(), "the flagship's uncertainty section is active");
        assertSameRedrawnTranscripts(flagship, 3, 25, "flagship redrawn, τ=0.02");
    }

    @Test
    void drawnRedLinesGiveTheSameTranscriptRoundByRound() throws IOException {
        // B's red line on c1 drawn uniform on [20, 60] and its max normal around 90: the draft meets it
        // at its edge in some runs and B blocks in others.
        String text = Files.readString(Path.of("src/test/resources/cli/three-uncertain.yaml"))
                .replace("c1: {position: 70, salience: 0.5}", "c1: {position: 70, salience: 0.5, redLine: {min: 40, max: 90}}")
                .replace("seed: 1", "seed: 1\n").replace("uncertainty:\n", "uncertainty:\n  fields:\n"
                        + "    delegations.B.clauses.c1.redLine.min: {uniform: {lo: 20, hi: 60}}\n"
                        + "    delegations.B.clauses.c1.redLine.max: {normal: {sd: 10}}\n");
        Scenario s = ScenarioReader.read(text, "red.yaml").scenario().orElseThrow();
        assertEquals(2, s.uncertainty().inputs().size());
        assertSameRedrawnTranscripts(s, 5, 60, "drawn red lines");
    }

    @Test
    void aMonteCarloWithRedrawnInputsGivesTheLocalEnginesResults() throws Exception {
        // Redrawn positions and saliences, τ > 0, a vote at the end: outcomes vary from run to run.
        Scenario s = ScenarioReader.read(Path.of("src/test/resources/cli/three-uncertain.yaml")).scenario().orElseThrow();
        Protocol p = s.protocol();
        Scenario consensus = s.withProtocol(new Protocol(p.maxRounds(), p.loss(), p.temperature(), p.mediatorStep(),
                p.dropContestedAfter(), DecisionRule.CONSENSUS, p.threshold()));
        for (Scenario x : List.of(s, consensus)) {
            MonteCarloSettings settings = new MonteCarloSettings(100, 11, 2);
            MonteCarloResult local = new MonteCarlo(x).run(settings);
            MonteCarloResult onJade = new MonteCarlo(x, jade).run(settings);
            assertEquals(local, onJade, x.protocol().decisionRule().toString());
            double agreed = local.consensus().estimate();
            assertTrue(agreed > 0 && agreed < 1, "outcomes vary over the runs: " + agreed);
        }
    }

    @Test
    void classroomDeterministicAndStochastic() throws IOException {
        Scenario s = read("classroom-3.yaml");
        assertSameForSeeds(s, "classroom τ=0");
        assertSameForSeeds(withTemperature(s, 0.02), "classroom τ=0.02");
    }

    @Test
    void flagshipDeterministicAndStochastic() throws IOException {
        Scenario s = read("un-ai-dialogue-2026.yaml");
        assertSameForSeeds(s, "flagship τ=0");
        assertSameForSeeds(withTemperature(s, 0.02), "flagship τ=0.02");
    }

    @Test
    void flagshipUnderAMajorityRuleWithALooseBloc() throws IOException {
        Scenario s = read("un-ai-dialogue-2026.yaml");
        Protocol p = s.protocol();
        List<Delegation> ds = new ArrayList<>();
        for (Delegation d : s.delegations()) {
            ds.add(d.id().equals("G77") ? new Delegation(d.id(), d.name(), d.kind(), d.influence(), d.votes(),
                    d.members(), 0.6, d.concession(), d.stances()) : d);
        }
        Scenario majority = s.withDelegations(ds).withProtocol(new Protocol(p.maxRounds(), p.loss(), 0.02,
                p.mediatorStep(), p.dropContestedAfter(), DecisionRule.MAJORITY, 0.6667));
        assertSameForSeeds(majority, "flagship majority, G77 cohesion 0.6, τ=0.02");
    }

    @Test
    void flagshipUnderTheGeneralAssemblyWithReservationsCallsForVotesAndAbstentions() throws IOException {
        Scenario s = read("un-ai-dialogue-2026.yaml");
        List<Delegation> ds = new ArrayList<>();
        for (Delegation d : s.delegations()) {
            Delegation e = d.id().equals("G77") ? new Delegation(d.id(), d.name(), d.kind(), d.influence(), d.votes(),
                    d.members(), 0.6, d.concession(), d.stances()) : d;
            ds.add(e.id().equals("USA") || e.id().equals("RUS") ? e.withCallsVotes(true) : e);
        }
        Scenario assembly = withTemperature(s.withDelegations(ds), 0.02);
        assembly = assembly.withProtocol(assembly.protocol().withForum(Forum.GENERAL_ASSEMBLY).withAbstentionBand(0.02));
        assertSameForSeeds(assembly, "flagship general assembly, callers, band, τ=0.02", 20);
        Scenario reserving = withTemperature(s, 0.02);
        reserving = reserving.withProtocol(reserving.protocol().withForum(Forum.GENERAL_ASSEMBLY));
        assertSameForSeeds(reserving, "flagship general assembly, reservations, τ=0.02", 20);
        Scenario summary = s.withProtocol(s.protocol().withForum(Forum.CHAIR_SUMMARY).withResistance(0.1));
        assertSameForSeeds(summary, "flagship chair's summary", 10);
    }
}

package org.plenary.engine.jade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.core.model.DecisionRule;
import org.plenary.core.model.Delegation;
import org.plenary.core.model.Protocol;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;
import org.plenary.engine.Engine;
import org.plenary.engine.local.LocalEngine;
import org.plenary.io.scenario.ScenarioReader;

/**
 * The contract of the JADE engine: for seeds 1–50 it gives exactly the local engine's outcome,
 * rounds, final text and blockers, on the classroom and flagship scenarios, deterministic (τ = 0)
 * and stochastic (τ = 0.02), and under a majority rule with a bloc of cohesion below 1.
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
        List<String> differences = new ArrayList<>();
        for (long seed = 1; seed <= 50; seed++) {
            RunResult l = LOCAL.negotiate(s, seed, 0, false);
            RunResult j = jade.negotiate(s, seed, 0, false);
            if (!l.outcome().equals(j.outcome()) || l.roundsUsed() != j.roundsUsed()
                    || !l.finalText().equals(j.finalText()) || !l.blockers().equals(j.blockers())
                    || !java.util.Objects.equals(l.vote(), j.vote()) || !l.gains().equals(j.gains())) {
                differences.add(label + " seed " + seed + ": local " + l + " jade " + j);
            }
        }
        assertEquals(List.of(), differences);
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
}

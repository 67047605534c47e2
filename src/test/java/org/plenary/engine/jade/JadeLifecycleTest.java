package org.plenary.engine.jade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;
import org.plenary.engine.local.LocalEngine;
import org.plenary.io.scenario.ScenarioReader;

/** Reuse of one platform, clean shutdown, and what happens when a delegation agent dies or goes silent. */
class JadeLifecycleTest {

    private static Scenario flagship() {
        return ScenarioReader.read(Path.of("scenarios", "un-ai-dialogue-2026.yaml")).scenario().orElseThrow();
    }

    private static Set<Thread> liveNonDaemon() {
        Set<Thread> threads = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && !t.isDaemon()) {
                threads.add(t);
            }
        }
        return threads;
    }

    /** Waits (up to 15 s: JADE's connection threads linger about 5 s) until no thread outside {@code before} is left. */
    private static Set<String> leftOver(Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            Set<String> left = new HashSet<>();
            for (Thread t : liveNonDaemon()) {
                if (!before.contains(t)) {
                    left.add(t.getName());
                }
            }
            if (left.isEmpty() || System.nanoTime() > deadline) {
                return left;
            }
            Thread.sleep(50);
        }
    }

    @Test
    void fiftyRunsInARowReuseTheAgentsAndLeaveNoThreadBehind() throws InterruptedException {
        Scenario s = flagship();
        Set<Thread> before = liveNonDaemon();
        int threadsAfterFirst;
        try (JadeEngine engine = new JadeEngine()) {
            engine.negotiate(s, 1, 0, false);
            Set<String> agents = engine.agents();
            assertEquals(s.delegations().size() + 1, agents.size(), agents.toString()); // the chair and every delegation
            threadsAfterFirst = Thread.activeCount();
            for (long run = 1; run < 50; run++) {
                engine.negotiate(s, 1, run, false);
            }
            assertEquals(agents, engine.agents(), "no agent created or lost between runs");
            assertTrue(Thread.activeCount() <= threadsAfterFirst + 2,
                    "threads grew from " + threadsAfterFirst + " to " + Thread.activeCount());
        }
        assertEquals(Set.of(), leftOver(before), "non-daemon threads left after close");
    }

    @Test
    void aDelegationKilledMidNegotiationIsNamedAndTheNextRunWorks() {
        Scenario s = flagship();
        AtomicBoolean killed = new AtomicBoolean();
        JadeEngine[] holder = new JadeEngine[1];
        // Kill USA's agent as the chair sends the CFP of round 2 (the log is written just before sending).
        AclLog killer = line -> {
            if (line.contains("\"performative\":\"CFP\"") && line.contains("\"round\":2,") && killed.compareAndSet(false, true)) {
                holder[0].dismiss("USA");
            }
        };
        try (JadeEngine engine = new JadeEngine(JadeSettings.defaults().withAclLog(killer))) {
            holder[0] = engine;
            DelegationLostException e = assertThrows(DelegationLostException.class,
                    () -> engine.negotiate(s, 2026, 0, false));
            assertEquals("USA", e.delegationId());
            assertTrue(e.getMessage().contains("delegation USA"), e.getMessage());
            assertTrue(killed.get());
            // The next run briefs a new USA agent and gives the local engine's result.
            RunResult again = engine.negotiate(s, 2026, 0, false);
            RunResult local = new LocalEngine().negotiate(s, 2026, 0, false);
            assertEquals(local.finalText(), again.finalText());
            assertEquals(local.outcome(), again.outcome());
        }
    }

    @Test
    void aSilentDelegationIsReportedAfterTheBoundedWaits() throws Exception {
        Scenario s = flagship();
        // Waits long enough that a loaded machine (other builds, other test JVMs) still answers the
        // warm-up run in time; the bound checked below only guards against waiting forever.
        try (JadeEngine engine = new JadeEngine(JadeSettings.defaults().withWaits(250, 5))) {
            engine.negotiate(s, 1, 0, false);
            engine.controller("CHN").suspend(); // alive, receives, never answers
            long t0 = System.nanoTime();
            DelegationLostException e = assertThrows(DelegationLostException.class,
                    () -> engine.negotiate(s, 1, 1, false));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("CHN", e.delegationId());
            assertTrue(e.getMessage().contains("did not answer the round 0 within 5 waits"), e.getMessage());
            assertTrue(millis < 60_000, "reported after " + millis + " ms");
            engine.controller("CHN").activate();
        }
    }

    @Test
    void agentNamesArePlainIdsOrEscaped() {
        List<String> names = new ArrayList<>();
        for (String id : List.of("USA", "G77", "North", "chair", "Côte d'Ivoire")) {
            names.add(JadeEngine.agentName(id));
        }
        assertEquals(List.of("USA", "G77", "North", "delegation-chair", "delegation-C_00f4te_0020d_0027Ivoire"), names);
    }
}

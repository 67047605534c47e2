package org.plenary.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.RunResult;
import org.plenary.engine.local.LocalEngine;
import org.junit.jupiter.api.Test;

/**
 * Every value the bounds of {@code votes} and {@code influence} admit gives finite drafts and exact
 * vote counts (before the bounds, votes near 2^31 overflowed the tally and influence 1e308 gave NaN).
 */
class FieldBoundsTest {

    private static Scenario read(String delegations) {
        String yaml = "metadata: {title: Extremes}\nclauses:\n  - {id: a, title: A}\n  - {id: b, title: B}\n"
                + "delegations:\n" + delegations
                + "protocol: {maxRounds: 5, decisionRule: majority, threshold: 0.5}\n";
        ReadResult r = ScenarioReader.read(yaml, "extremes.yaml");
        assertTrue(r.scenario().isPresent(), String.join("\n", r.renderedProblems()));
        return r.scenario().orElseThrow();
    }

    private static String delegation(String id, String influence, int votes, int position, String salience) {
        return "  - {id: " + id + ", name: " + id + ", influence: " + influence + ", votes: " + votes
                + ", clauses: {a: {position: " + position + ", salience: " + salience + ", redLine: {min: "
                + position + ", max: " + position + "}}, b: {position: " + (100 - position) + ", salience: 1}}}\n";
    }

    @Test
    void largestInfluenceAndVotesGiveFiniteDraftsAndExactCounts() {
        StringBuilder ds = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            ds.append(delegation("D" + i, i % 2 == 0 ? "1000000" : "1e-300", ScenarioFields.MAX_VOTES, i % 2 == 0 ? 10 : 90,
                    i % 2 == 0 ? "1" : "1e-300"));
        }
        RunResult r = new LocalEngine().negotiate(read(ds.toString()), 1, 0, false);
        for (double p : r.finalText().positions()) {
            assertTrue(Double.isFinite(p) && p >= 0 && p <= 100, "position " + p);
        }
        r.gains().values().forEach(g -> assertTrue(Double.isFinite(g), "gain " + g));
        assertEquals(300L * ScenarioFields.MAX_VOTES, (long) r.vote().yes() + r.vote().no());
    }

    @Test
    void smallestInfluenceAloneStillGivesFiniteDrafts() {
        String ds = delegation("A", "4.9e-324", 1, 10, "4.9e-324") + delegation("B", "4.9e-324", 1, 90, "1");
        RunResult r = new LocalEngine().negotiate(read(ds), 1, 0, false);
        for (double p : r.finalText().positions()) {
            assertTrue(Double.isFinite(p), "position " + p);
        }
    }
}

package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** {@code plenary explain} on cases whose answers are known by hand. */
class ExplainCommandTest {

    private static final String FLIP = "src/test/resources/cli/explain/flip-at-28.yaml";

    @Test
    void theTextNamesTheBlockerAndTheSmallestFlip() {
        Cli.Ran r = Cli.run("explain", FLIP);
        assertEquals(0, r.code(), r.err());
        // A: U = 1 − |50 − 10|/100 = 0.6 against BATNA 0.9; its ideal point flips the outcome at 28 (+18).
        assertTrue(r.out().contains("no agreement (blocked by A) after 1 round of 1"), r.out());
        assertTrue(r.out().contains("A did not accept: utility − BATNA -0.3000"), r.out());
        assertTrue(r.out().contains("A k.position                    10.00 →  28.00  (+18.00 points) → consensus"),
                r.out());
        // Everyone accepts p ≤ 2x: p ≤ 20 — the closest acceptable text to 50 is 20.
        assertTrue(r.out().contains("k 50.0 → 20.0 (distance 30.0 points)"), r.out());
    }

    @Test
    void theJsonListsEveryFlipAndIsTheSameForTheSameInput() throws Exception {
        Cli.Ran r = Cli.run("explain", FLIP, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("plenary.explain/1", root.get("format").asText());
        assertEquals("NO_AGREEMENT", root.get("outcome").asText());
        JsonNode flips = root.get("flips");
        assertEquals(2, flips.size());
        assertEquals("position", flips.get(0).get("field").asText());
        assertEquals(28, flips.get(0).get("to").asDouble(), 1e-3);
        assertEquals("CONSENSUS", flips.get(0).get("outcome").asText());
        assertEquals(20, root.get("closestAcceptableText").get("k").asDouble(), 1e-6);
        assertEquals(r.out(), Cli.run("explain", FLIP, "--format", "json").out());
    }

    @Test
    void theMonteCarloScreeningDoesNotDependOnTheThreadCount() throws Exception {
        // A scenario with an uncertainty section whose outcome varies from run to run: the flagship
        // ends every run in a vote since it plays under the General Assembly forum, the 78/311
        // history case ends in consensus in about a third of its runs.
        String scenario = "scenarios/history/ga-78-311-ai-capacity-building.yaml";
        Cli.Ran one = Cli.run("explain", scenario, "--runs", "40", "--threads", "1", "--format", "json",
                "--delegation", "USA");
        Cli.Ran two = Cli.run("explain", scenario, "--runs", "40", "--threads", "2", "--format", "json",
                "--delegation", "USA");
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), two.out());
        JsonNode mc = new ObjectMapper().readTree(one.out()).get("monteCarlo");
        assertEquals(40, mc.get("runs").asLong());
        assertTrue(mc.get("effects").size() > 10);
        double p = mc.get("pConsensus").asDouble();
        assertTrue(p > 0 && p < 1, "randomness matters here: P(consensus) " + p);
    }

    @Test
    void anUnknownDelegationIsBadInput() {
        Cli.Ran r = Cli.run("explain", FLIP, "--delegation", "ZZZ");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--delegation ZZZ"), r.err());
    }

    @Test
    void theFlagshipsExplanationFitsAScreen() {
        Cli.Ran r = Cli.run("explain", "scenarios/un-ai-dialogue-2026.yaml");
        assertEquals(0, r.code(), r.err());
        long lines = r.out().lines().count();
        assertTrue(lines <= 60, lines + " lines:\n" + r.out());
    }
}

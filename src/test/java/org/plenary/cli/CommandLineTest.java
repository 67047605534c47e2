package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the command line as a user would and checks exit codes and output. */
class CommandLineTest {

    private static final String THREE = Cli.THREE;
    private static final String BROKEN = Cli.BROKEN;

    private static Cli.Ran run(String... args) {
        return Cli.run(args);
    }

    @Test
    void versionAndHelpExitZero() {
        Cli.Ran v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("plenary "), v.out());
        for (String cmd : List.of("run", "simulate", "forecast", "validate", "bench", "generate-completion")) {
            Cli.Ran h = run(cmd, "--help");
            assertEquals(0, h.code(), cmd);
            assertTrue(h.out().contains("Usage: plenary " + cmd), h.out());
            assertEquals("", h.err(), "help of " + cmd + " printed warnings");
        }
        Cli.Ran top = run("--help");
        assertTrue(top.out().contains("Exit codes:"), top.out());
    }

    @Test
    void runPrintsTheTranscriptWithTheHandComputedNumbers() {
        Cli.Ran r = run("run", THREE, "--color", "never");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        // Numbers of ProtocolHandComputedTest.threeDelegationsTwoClausesRoundByRound.
        assertTrue(r.out().contains("Round 1 of 3"), r.out());
        assertTrue(r.out().contains("c1    26.0  (nearest: none at 0)"), r.out());
        assertTrue(r.out().contains("A  object     0.824       0.920"), r.out());
        assertTrue(r.out().contains("B  accept     0.651       0.600"), r.out());
        assertTrue(r.out().contains("Outcome: consensus after 3 rounds"), r.out());
        assertTrue(r.out().contains("Blockers: none"), r.out());
        assertFalse(r.out().contains("\u001b["), "no colour when not asked");
    }

    @Test
    void runJsonHasTheDocumentedShape() throws IOException {
        Cli.Ran r = run("run", THREE, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        List<String> fields = new ArrayList<>();
        j.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("format", "plenaryVersion", "scenario", "seed", "engine", "protocol", "chair", "outcome",
                "roundsUsed", "finalText", "blockers", "delegations", "fragility", "divergent", "vote", "rounds"), fields);
        assertEquals("plenary.run/2", j.get("format").asText());
        assertEquals("CONSENSUS", j.get("outcome").asText());
        assertEquals(3, j.get("roundsUsed").asInt());
        assertEquals(3, j.get("rounds").size());
        assertEquals(20.525124, j.get("finalText").get(0).get("position").asDouble(), 1e-6);
        assertEquals("object", j.get("rounds").get(1).get("responses").get(0).get("response").asText());
        assertEquals(0.033191, j.get("delegations").get(0).get("gain").asDouble(), 1e-6);
        assertTrue(j.get("vote").isNull());
        assertEquals(64, j.get("scenario").get("sha256").asText().length());
    }

    @Test
    void runTellsTheForumRuleWhoJoinedWithReservationsAndHowFragileTheResultIs() throws IOException {
        String holdout = "src/test/resources/scenarios/valid/lone-holdout.yaml";
        Cli.Ran r = run("run", holdout, "--color", "never");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Forum rule: General Assembly."), r.out());
        assertTrue(r.out().contains("Round 2 of 3, the same draft tabled for adoption"), r.out());
        assertTrue(r.out().contains("A vote on this draft would pass: 2 yes, 1 no, 0 abstaining"), r.out());
        assertTrue(r.out().contains("Outcome: consensus with reservations after 2 rounds"), r.out());
        assertTrue(r.out().contains("C would have been outvoted, so it joined the consensus but dissociated itself from: k"),
                r.out());
        assertTrue(r.out().contains("Margins: every delegation that accepted is at least 0.02 above its BATNA"), r.out());
        JsonNode j = new ObjectMapper().readTree(run("run", holdout, "--format", "json").out());
        assertEquals("CONSENSUS_WITH_RESERVATIONS", j.get("outcome").asText());
        assertEquals("k", j.get("delegations").get(2).get("reservations").get(0).asText());
        assertEquals("reserve", j.get("rounds").get(2).get("responses").get(2).get("response").asText());
        assertTrue(j.get("rounds").get(2).get("forAdoption").asBoolean());
        // The first protocol's rule in words, and a fragile consensus said plainly.
        Cli.Ran three = run("run", THREE, "--color", "never");
        assertTrue(three.out().contains("Rule: no forum set (the first protocol): every objection blocks"), three.out());
        assertTrue(three.out().contains("Consensus came only in the last round (3)"), three.out());
    }

    @Test
    void seedAndRoundsOverrideTheScenario() throws IOException {
        Cli.Ran r = run("run", THREE, "--format", "json", "--rounds", "2", "--seed", "77");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(77, j.get("seed").asLong());
        assertEquals(2, j.get("protocol").get("maxRounds").asInt());
        // ProtocolHandComputedTest: consensus comes in round 3, and in round 2 A still objects. Cut at
        // two rounds under the consensus rule, the run ends without agreement, A blocking.
        assertEquals("NO_AGREEMENT", j.get("outcome").asText());
        assertEquals(2, j.get("roundsUsed").asInt());
        assertEquals("[\"A\"]", j.get("blockers").toString());
        JsonNode whole = new ObjectMapper().readTree(run("run", THREE, "--format", "json").out());
        assertEquals("CONSENSUS", whole.get("outcome").asText());
        assertEquals(3, whole.get("roundsUsed").asInt());
    }

    @Test
    void theSeedDecidesAStochasticRunExactlyAsTheEngineComputesIt(@TempDir Path dir) throws IOException {
        // τ = 0.3: acceptance is a coin with odds set by utility − aspiration, so the seed matters.
        Path file = dir.resolve("stochastic.yaml");
        Files.writeString(file, Files.readString(Path.of(THREE)).replace("  loss: linear", "  loss: linear\n  temperature: 0.3"));
        org.plenary.core.model.Scenario s = org.plenary.io.scenario.ScenarioReader.read(file).scenario().orElseThrow();
        org.plenary.core.model.Scenario twoRounds = s.withProtocol(s.protocol().withMaxRounds(2));
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 12; seed++) {
            JsonNode j = new ObjectMapper().readTree(run("run", file.toString(), "--format", "json", "--rounds", "2",
                    "--seed", Long.toString(seed)).out());
            org.plenary.core.protocol.RunResult expected = new org.plenary.engine.local.LocalEngine()
                    .negotiate(twoRounds, seed, 0, false);
            assertEquals(expected.outcome().name(), j.get("outcome").asText(), "seed " + seed);
            assertEquals(expected.roundsUsed(), j.get("roundsUsed").asInt(), "seed " + seed);
            assertEquals(expected.blockers().toString(), j.get("blockers").toString().replace("\"", "").replace(",", ", "),
                    "seed " + seed);
            for (int c = 0; c < 2; c++) {
                assertEquals(expected.finalText().position(c), j.get("finalText").get(c).get("position").asDouble(), 0,
                        "seed " + seed);
            }
            seen.add(j.get("outcome").asText() + " after " + j.get("roundsUsed").asInt() + " " + j.get("finalText"));
        }
        assertTrue(seen.size() > 1, "different seeds, different runs: " + seen);
    }

    @Test
    void outWritesTheFileAtomicallyAndPrintsNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/run.json");
        Cli.Ran r = run("run", THREE, "--format", "json", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("CONSENSUS", new ObjectMapper().readTree(file.toFile()).get("outcome").asText());
        // Moved into place with the permissions of an ordinary file, not the temporary file's owner-only ones.
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void anInvalidScenarioExitsTwoListsEveryProblemAndWritesNothing(@TempDir Path dir) {
        Path file = dir.resolve("run.json");
        Cli.Ran r = run("run", BROKEN, "--out", file.toString());
        assertEquals(2, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(BROKEN + ":9:16: delegations.A.influence: "), lines.get(0));
        assertTrue(lines.get(1).startsWith(BROKEN + ":11:22: delegations.A.clauses.c1.position: "), lines.get(1));
        assertFalse(Files.exists(file));
    }

    @Test
    void validateReportsOkOrEveryProblem() {
        Cli.Ran ok = run("validate", THREE);
        assertEquals(0, ok.code(), ok.err());
        assertEquals(THREE + ": ok: \"Three delegations, two clauses\": 2 clauses, 3 delegations, 3 rounds\n",
                ok.out());
        Cli.Ran bad = run("validate", THREE, BROKEN);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(BROKEN + ": 2 errors"), bad.err());
    }

    @Test
    void resultsGoUnderResultsNamedAfterTheInputWithoutItsExtension() {
        assertEquals(Path.of("results", "un-ai-dialogue-2026-simulate"),
                ScenarioFiles.defaultOutput(Path.of("scenarios/un-ai-dialogue-2026.yaml"), "-simulate"));
        assertEquals(Path.of("results", "spec.v2-sweep"), ScenarioFiles.defaultOutput(Path.of("a/spec.v2.json"), "-sweep"));
        assertEquals(Path.of("results", "noext-charts"), ScenarioFiles.defaultOutput(Path.of("noext"), "-charts"));
    }

    @Test
    void missingFilesAndBadOptionsAreInputErrors() {
        Cli.Ran missing = run("run", "no/such/file.yaml");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("no/such/file.yaml:"), missing.err());
        assertEquals(2, run("run", THREE, "--rounds", "0").code());
        assertEquals(2, run("run", THREE, "--format", "xml").code());
        assertEquals(2, run("run", THREE, "--frobnicate").code());
        assertEquals(2, run().code());
    }

    @Test
    void roundsObeyTheRangeOfMaxRoundsInOneLine() {
        for (String rounds : List.of("0", "-3", "10001", "20000", "2147483647")) {
            Cli.Ran r = run("run", THREE, "--rounds", rounds);
            assertEquals(2, r.code(), rounds + ": " + r.err());
            assertEquals("", r.out());
            assertEquals("plenary run: invalid value for option '--rounds': " + rounds
                    + " (protocol.maxRounds allows 1 to 10,000)\n", r.err());
        }
        Cli.Ran most = run("run", THREE, "--rounds", "10000", "--format", "json");
        assertEquals(0, most.code(), most.err());
    }

    @Test
    void scenarioTextReachesTheTerminalEscaped(@TempDir Path dir) throws IOException {
        String hostile = Files.readString(Path.of(THREE))
                .replace("title: Three delegations, two clauses", "title: \"Clear\\e[2J\\e[31m\\e]0;owned\\a\\u202e\"")
                .replace("label: none", "label: \"no\\e[2Jne\\a\"").replace("label: all", "label: \"a\\x9bll\"");
        Path file = Files.writeString(dir.resolve("hostile.yaml"), hostile);
        for (Cli.Ran r : List.of(run("validate", file.toString()), run("run", file.toString(), "--color", "never"),
                run("simulate", file.toString(), "--runs", "10", "--out", dir.resolve("sim").toString()),
                run("forecast", file.toString()), run("explain", file.toString(), "--runs", "10"))) {
            assertEquals(0, r.code(), r.err());
            String all = r.out() + r.err();
            assertTrue(all.codePoints().noneMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b || c == 0x202e), all);
        }
        assertTrue(run("run", file.toString(), "--color", "never").out()
                .startsWith("Clear\\u001b[2J\\u001b[31m\\u001b]0;owned\\u0007\\u202e\n"));
        Path spec = Files.writeString(dir.resolve("sweep.yaml"), "scenario: hostile.yaml\nparameters:\n"
                + "  - path: protocol.maxRounds\n    levels: [2, 3]\n");
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
        Cli.Ran play;
        try {
            play = run("play", Files.writeString(dir.resolve("seat.yaml"), hostile.replace("name: Delegation A",
                    "name: \"Dele\\e[2Jgation\\a\"")).toString(), "--as", "A");
        } finally {
            System.setIn(stdin);
        }
        Cli.Ran sweep = run("sweep", Files.writeString(dir.resolve("small.yaml"), "scenario: hostile.yaml\nruns: 20\n"
                + "parameters:\n  - path: protocol.maxRounds\n    levels: [2, 3]\n").toString(), "--out",
                dir.resolve("swept").toString());
        for (Cli.Ran r : List.of(run("validate", spec.toString()), play, sweep)) {
            assertEquals(0, r.code(), r.err());
            String all = r.out() + r.err();
            assertTrue(all.codePoints().noneMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b || c == 0x202e), all);
            assertTrue(all.contains("Clear\\u001b[2J"), all);
        }
        assertTrue(play.out().contains("You are A (Dele\\u001b[2Jgation\\u0007)"), play.out());
        assertTrue(play.out().contains("≈ no\\u001b[2Jne\\u0007"), play.out());
    }

    @Test
    void noStackTraceUnlessVerbose() {
        Cli.Ran r = run("run", "no/such/file.yaml");
        assertFalse(r.err().contains("\tat "), r.err());
    }
}

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plenary forecast}: exit codes and output on the hand-computed three-delegation scenario. */
class ForecastCommandTest {

    private static final String THREE = Cli.THREE;
    private static final String BROKEN = Cli.BROKEN;

    private static Cli.Ran run(String... args) {
        return Cli.run(args);
    }

    @Test
    void textShowsEveryBaselineBesideTheAgentOutcome() {
        Cli.Ran r = run("forecast", THREE);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        // Agent outcome c1 20.525 (CommandLineTest); compromise 61/2.35 = 25.957, |25.957 − 20.525| = 5.432;
        // weighted median of c1: weights 1.6 at 10 > half of 2.35 -> 10, distance 10.525.
        assertTrue(r.out().contains("Agent-based run: consensus after 3 rounds (seed 1, engine local, linear loss)"),
                r.out());
        assertTrue(r.out().contains("c1        20.5   26.0 ( 5.4)      10.0 (10.5)"), r.out());
        assertTrue(r.out().contains("Nash: solved over A, B, C"), r.out());
    }

    @Test
    void csvIsTidyWithAHeaderRow() {
        Cli.Ran r = run("forecast", THREE, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("clause,model,position,agent_position,agent_dropped,distance", lines.get(0));
        assertEquals(1 + 2 * 4, lines.size(), "one row per clause and model");
        String[] row = lines.get(1).split(",");
        assertEquals("c1", row[0]);
        assertEquals("compromise", row[1]);
        assertEquals(61 / 2.35, Double.parseDouble(row[2]), 1e-12);
        assertEquals(20.525124, Double.parseDouble(row[3]), 1e-6);
        assertEquals("false", row[4]);
        assertEquals(Math.abs(61 / 2.35 - Double.parseDouble(row[3])), Double.parseDouble(row[5]), 1e-12);
        assertEquals(List.of("compromise", "weighted_median", "nash", "expected_utility"),
                lines.subList(1, 5).stream().map(l -> l.split(",")[1]).toList());
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        Cli.Ran r = run("forecast", THREE, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        List<String> fields = new ArrayList<>();
        j.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("format", "plenaryVersion", "scenario", "loss", "agentRun", "nash", "expectedUtility",
                "clauses"), fields);
        assertEquals("plenary.forecast/1", j.get("format").asText());
        assertEquals("SOLVED", j.get("nash").get("status").asText());
        JsonNode c2 = j.get("clauses").get(1);
        assertEquals("c2", c2.get("clause").asText());
        // compromise of c2: 106 / 1.65; median: weights 0.4 (40), 0.75 (60), 0.5 (90), half 0.825 -> 60
        assertEquals(106 / 1.65, c2.get("baselines").get("compromise").get("position").asDouble(), 1e-12);
        assertEquals(60, c2.get("baselines").get("weighted_median").get("position").asDouble(), 0);
        double agent = c2.get("agent").get("position").asDouble();
        assertEquals(Math.abs(60 - agent), c2.get("baselines").get("weighted_median").get("distance").asDouble(), 1e-12);
    }

    @Test
    void outWritesTheFileAndPrintsNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/forecast.csv");
        Cli.Ran r = run("forecast", THREE, "--format", "csv", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(run("forecast", THREE, "--format", "csv").out(), Files.readString(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
    }

    @Test
    void badInputExitsTwoAndWritesNothing(@TempDir Path dir) {
        Path file = dir.resolve("f.json");
        Cli.Ran broken = run("forecast", BROKEN, "--out", file.toString());
        assertEquals(2, broken.code());
        assertFalse(broken.err().isEmpty());
        assertFalse(Files.exists(file));
        assertEquals(2, run("forecast", THREE, "--format", "xml").code());
        assertEquals(2, run("forecast", "no-such-file.yaml").code());
        Cli.Ran help = run("forecast", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Usage: plenary forecast"), help.out());
    }

    @Test
    void theShippedClassroomScenarioForecasts() {
        Cli.Ran r = run("forecast", "scenarios/classroom-3.yaml", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().count() > 1);
    }
}

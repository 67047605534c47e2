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
        // Nothing is drawn at random, so every run is the one of CommandLineTest, c1 at 20.525, and the
        // Monte Carlo median is its 0.1 grid value 20.5; compromise 61/2.35 = 25.957, |25.957 − 20.5| = 5.457;
        // weighted median of c1: weights 1.6 at 10 > half of 2.35 -> 10, distance 10.5.
        assertTrue(r.out().contains("Agent-based model over 2,000 runs (seed 1, engine local, linear loss): "
                + "consensus 100%, adopted by vote 0%, no agreement 0%"), r.out());
        assertTrue(r.out().contains("c1        20.5     100%   26.0 ( 5.5)      10.0 (10.5)"), r.out());
        assertTrue(r.out().contains("Nash: solved over A, B, C"), r.out());
    }

    @Test
    void csvIsTidyWithAHeaderRow() {
        Cli.Ran r = run("forecast", THREE, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("clause,model,position,agent_median,agent_in_text,distance", lines.get(0));
        assertEquals(1 + 2 * 4, lines.size(), "one row per clause and model");
        String[] row = lines.get(1).split(",");
        assertEquals("c1", row[0]);
        assertEquals("compromise", row[1]);
        assertEquals(61 / 2.35, Double.parseDouble(row[2]), 1e-12);
        assertEquals(20.5, Double.parseDouble(row[3]), 0);
        assertEquals("1.0", row[4]);
        assertEquals(Math.abs(61 / 2.35 - Double.parseDouble(row[3])), Double.parseDouble(row[5]), 1e-12);
        assertEquals(List.of("compromise", "weighted_median", "nash", "expected_utility"),
                lines.subList(1, 5).stream().map(l -> l.split(",")[1]).toList());
    }

    @Test
    void theAgentColumnIsTheMonteCarloMedianOfSimulate(@TempDir Path dir) throws IOException {
        String uncertain = "src/test/resources/cli/three-uncertain.yaml";
        Cli.Ran r = run("forecast", uncertain, "--format", "csv", "--runs", "300", "--seed", "5");
        assertEquals(0, r.code(), r.err());
        Cli.Ran sim = run("simulate", uncertain, "--runs", "300", "--seed", "5", "-q", "--out",
                dir.resolve("s").toString());
        assertEquals(0, sim.code(), sim.err());
        List<String> clauses = Files.readAllLines(dir.resolve("s/clauses.csv"));
        List<String> header = List.of(clauses.get(0).split(","));
        for (String line : r.out().lines().skip(1).toList()) {
            String[] f = line.split(",");
            String[] stats = clauses.stream().filter(l -> l.startsWith(f[0] + ",")).findFirst().orElseThrow().split(",");
            assertEquals(stats[header.indexOf("position_p50")], f[3], line);
            assertEquals(Double.parseDouble(stats[1]), Double.parseDouble(f[4]), 0, line);
        }
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        Cli.Ran r = run("forecast", THREE, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        List<String> fields = new ArrayList<>();
        j.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("format", "plenaryVersion", "scenario", "loss", "agentRun", "monteCarlo", "nash",
                "expectedUtility", "clauses"), fields);
        assertEquals("plenary.forecast/2", j.get("format").asText());
        assertEquals(2000, j.get("monteCarlo").get("runs").asLong());
        assertEquals(1.0, j.get("monteCarlo").get("consensus").asDouble(), 0);
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
        Cli.Ran xml = run("forecast", THREE, "--format", "xml");
        assertEquals(2, xml.code());
        assertTrue(xml.err().contains("xml"), xml.err());
        Cli.Ran missing = run("forecast", "no-such-file.yaml");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no-such-file.yaml"), missing.err());
        Cli.Ran help = run("forecast", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Usage: plenary forecast"), help.out());
    }

    @Test
    void theShippedClassroomScenarioForecastsTheHandComputedTexts() {
        Cli.Ran r = run("forecast", "scenarios/classroom-3.yaml", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1 + 3 * 4, lines.size(), "one row per clause and model");
        java.util.Map<String, Double> at = new java.util.HashMap<>();
        java.util.Map<String, Double> agent = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            at.put(c[0] + " " + c[1], Double.parseDouble(c[2]));
            agent.put(c[0], Double.parseDouble(c[3]));
            assertEquals(Math.abs(Double.parseDouble(c[2]) - Double.parseDouble(c[3])), Double.parseDouble(c[5]), 1e-9);
        }
        // From scenarios/classroom-3.yaml, weights influence × salience (North 1, South 1, Broker 2):
        // ai-fund:       North 0.2 at 20, South 0.5 at 80, Broker 0.6 at 50: (4 + 40 + 30) / 1.3 = 56.923…
        // binding-rules: North 0.5 at 80, South 0.3 at 20, Broker 0.4 at 50: (40 + 6 + 20) / 1.2 = 55
        // data-sharing:  North 0.3 at 20, South 0.2 at 80, Broker 1.0 at 50: (6 + 16 + 50) / 1.5 = 48
        assertEquals(74 / 1.3, at.get("ai-fund compromise"), 1e-9);
        assertEquals(55, at.get("binding-rules compromise"), 1e-9);
        assertEquals(48, at.get("data-sharing compromise"), 1e-9);
        // Weighted medians: ai-fund sorted 20 (0.2), 50 (0.6), 80 (0.5), half of 1.3 = 0.65 reached at 50;
        // binding-rules 20 (0.3), 50 (0.4), 80 (0.5), half of 1.2 = 0.6 reached at 50; data-sharing
        // 20 (0.3), 50 (1.0), 80 (0.2), half of 1.5 = 0.75 reached at 50.
        for (String c : List.of("ai-fund", "binding-rules", "data-sharing")) {
            assertEquals(50, at.get(c + " weighted_median"), 0, c);
        }
        // The Monte Carlo medians (inputs redrawn with sd 5 around the file's positions) lie near the
        // README's classroom transcript, 54.1, 60.2, 45.2, and on the 0.1 grid.
        assertEquals(54.1, agent.get("ai-fund"), 1.5);
        assertEquals(60.2, agent.get("binding-rules"), 1.5);
        assertEquals(45.2, agent.get("data-sharing"), 1.5);
        for (double median : agent.values()) {
            assertEquals(Math.round(median * 10) / 10.0, median, 0);
        }
    }
}

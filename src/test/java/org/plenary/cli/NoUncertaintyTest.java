package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --no-uncertainty}: every command that plays a Monte Carlo plays the inputs as written. With
 * τ = 0 nothing else is random, so every run is the same; without the option the uncertainty section
 * makes them differ. With the option a command's numbers equal those of the same scenario with its
 * uncertainty section deleted.
 */
class NoUncertaintyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    /** The uncertain three-delegation scenario at τ = 0. */
    static Path uncertain;
    /** The same without its uncertainty section. */
    static Path stripped;

    @BeforeAll
    static void scenarios() throws Exception {
        String yaml = Files.readString(Path.of("src/test/resources/cli/three-uncertain.yaml"))
                .replace("temperature: 0.05", "temperature: 0");
        assertTrue(yaml.contains("temperature: 0\n"), "τ = 0");
        uncertain = dir.resolve("uncertain.yaml");
        Files.writeString(uncertain, yaml);
        int from = yaml.indexOf("uncertainty:");
        int to = yaml.indexOf("seed:", from);
        stripped = dir.resolve("stripped.yaml");
        Files.writeString(stripped, yaml.substring(0, from) + yaml.substring(to));
    }

    private static Cli.Ran ok(String... args) {
        Cli.Ran r = Cli.run(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    /** The rows of runs.csv without the run number. */
    private static List<String> rows(Path folder) throws Exception {
        return Files.readAllLines(folder.resolve("runs.csv")).stream().skip(1)
                .map(l -> l.substring(l.indexOf(',') + 1)).toList();
    }

    @Test
    void simulateAtZeroTemperaturePlaysOneRunOverAndOverAndTheManifestSaysSo() throws Exception {
        Path off = dir.resolve("sim-off");
        Path on = dir.resolve("sim-on");
        Path none = dir.resolve("sim-none");
        ok("simulate", uncertain.toString(), "--runs", "300", "--per-run", "--no-uncertainty", "--out", off.toString(), "-q");
        ok("simulate", uncertain.toString(), "--runs", "300", "--per-run", "--out", on.toString(), "-q");
        ok("simulate", stripped.toString(), "--runs", "300", "--per-run", "--out", none.toString(), "-q");

        assertEquals(1, rows(off).stream().distinct().count(), "identical runs");
        assertTrue(rows(on).stream().distinct().count() > 50, "inputs redrawn per run");
        assertFalse(Files.readAllLines(off.resolve("runs.csv")).get(0).contains("input."), "nothing drawn");
        assertTrue(Files.readAllLines(on.resolve("runs.csv")).get(0).contains("input."));
        for (String table : List.of("outcomes.csv", "clauses.csv", "delegations.csv", "rounds.csv", "runs.csv")) {
            assertEquals(Files.readString(none.resolve(table)), Files.readString(off.resolve(table)), table);
        }
        assertNotEquals(Files.readString(on.resolve("clauses.csv")), Files.readString(off.resolve("clauses.csv")));
        assertEquals("off", JSON.readTree(off.resolve("manifest.json").toFile()).get("uncertainty").asText());
        assertEquals("on", JSON.readTree(on.resolve("manifest.json").toFile()).get("uncertainty").asText());
        assertEquals("none", JSON.readTree(none.resolve("manifest.json").toFile()).get("uncertainty").asText());
        JsonNode args = JSON.readTree(off.resolve("manifest.json").toFile()).get("commandLine");
        assertTrue(args.toString().contains("--no-uncertainty"), args.toString());
    }

    @Test
    void aboveZeroTemperatureTheResponsesStillVaryTheSameWayForAnyThreadCount() throws Exception {
        // The scenario as shipped, τ = 0.05: with the option the runs still differ (the responses are
        // random), exactly as those of the scenario without its uncertainty section, for 1 or 2 threads
        // over three 1,024-run chunks.
        String yaml = Files.readString(Path.of("src/test/resources/cli/three-uncertain.yaml"));
        int from = yaml.indexOf("uncertainty:");
        Path hot = dir.resolve("hot-stripped.yaml");
        Files.writeString(hot, yaml.substring(0, from) + yaml.substring(yaml.indexOf("seed:", from)));
        String shipped = "src/test/resources/cli/three-uncertain.yaml";
        Path none = dir.resolve("hot-none");
        ok("simulate", hot.toString(), "--runs", "3000", "--per-run", "--threads", "1", "--out", none.toString(), "-q");
        String asWritten = Files.readString(none.resolve("runs.csv"));
        assertTrue(rows(none).stream().distinct().count() > 1, "τ > 0: the runs differ");
        for (String threads : List.of("1", "2")) {
            Path off = dir.resolve("hot-off-" + threads);
            ok("simulate", shipped, "--runs", "3000", "--per-run", "--no-uncertainty", "--threads", threads, "--out",
                    off.toString(), "-q");
            assertEquals(asWritten, Files.readString(off.resolve("runs.csv")), threads + " threads");
        }
        Path on = dir.resolve("hot-on");
        ok("simulate", shipped, "--runs", "3000", "--per-run", "--out", on.toString(), "-q");
        assertNotEquals(rows(none), rows(on));
    }

    @Test
    void simulatesTextSaysTheInputsWereNotRedrawn() {
        String off = ok("simulate", uncertain.toString(), "--runs", "50", "--no-uncertainty", "--out",
                dir.resolve("text-off").toString()).out();
        String on = ok("simulate", uncertain.toString(), "--runs", "50", "--out", dir.resolve("text-on").toString()).out();
        String none = ok("simulate", stripped.toString(), "--runs", "50", "--out", dir.resolve("text-none").toString()).out();
        assertTrue(off.contains("engine local, uncertainty section off (inputs as written); 95% Wilson intervals"), off);
        assertFalse(on.contains("uncertainty section off"), on);
        assertFalse(none.contains("uncertainty section off"), "nothing to turn off: " + none);
    }

    @Test
    void runsLikelihoodIsCertainWithTheInputsAsWritten() {
        String off = ok("run", uncertain.toString(), "--no-uncertainty", "--likelihood-runs", "200", "--color", "never")
                .out();
        String on = ok("run", uncertain.toString(), "--likelihood-runs", "200", "--color", "never").out();
        assertTrue(off.contains("Likelihood over 200 runs with the inputs as written"), off);
        assertTrue(on.contains("Likelihood over 200 runs redrawing the scenario's uncertain inputs"), on);
        // The run itself plays the scenario's values either way: only the likelihood differs.
        assertEquals(off.substring(0, off.indexOf("Likelihood")), on.substring(0, on.indexOf("Likelihood")));
        assertTrue(off.contains("This run's outcome (consensus) comes in 100% of runs"), "every run ends as the one shown: "
                + off);
        assertFalse(on.contains("comes in 100% of runs"), on);
    }

    @Test
    void forecastExplainAndReportUseTheInputsAsWritten() throws Exception {
        String off = ok("forecast", uncertain.toString(), "--runs", "300", "--format", "csv", "--no-uncertainty").out();
        assertEquals(ok("forecast", stripped.toString(), "--runs", "300", "--format", "csv").out(), off);
        assertNotEquals(ok("forecast", uncertain.toString(), "--runs", "300", "--format", "csv").out(), off);

        JsonNode explainOff = JSON.readTree(ok("explain", uncertain.toString(), "--runs", "100", "--format", "json",
                "--no-uncertainty").out()).get("monteCarlo");
        JsonNode explainNone = JSON.readTree(ok("explain", stripped.toString(), "--runs", "100", "--format", "json")
                .out()).get("monteCarlo");
        JsonNode explainOn = JSON.readTree(ok("explain", uncertain.toString(), "--runs", "100", "--format", "json")
                .out()).get("monteCarlo");
        assertEquals(explainNone, explainOff);
        assertNotEquals(explainOn, explainOff);

        Path off2 = dir.resolve("report-off.html");
        ok("report", uncertain.toString(), "--runs", "100", "--no-uncertainty", "--out", off2.toString(), "-q");
        assertTrue(Files.readString(off2).contains("inputs as written"));
    }

    @Test
    void sweepAndSensitivityPlayEveryPointWithTheInputsAsWritten() throws Exception {
        String grid = "design: grid\nruns: 100\nseed: 11\nparameters:\n"
                + "  - path: delegations.A.clauses.c1.position\n    range: {min: 0, max: 40, steps: 3}\n";
        Path onSpec = dir.resolve("grid-uncertain.yaml");
        Path noneSpec = dir.resolve("grid-stripped.yaml");
        Files.writeString(onSpec, "scenario: uncertain.yaml\n" + grid);
        Files.writeString(noneSpec, "scenario: stripped.yaml\n" + grid);
        Path off = dir.resolve("sweep-off");
        ok("sweep", onSpec.toString(), "--no-uncertainty", "--out", off.toString(), "-q");
        ok("sweep", noneSpec.toString(), "--out", dir.resolve("sweep-none").toString(), "-q");
        ok("sweep", onSpec.toString(), "--out", dir.resolve("sweep-on").toString(), "-q");
        String points = Files.readString(off.resolve("points.csv"));
        assertEquals(Files.readString(dir.resolve("sweep-none").resolve("points.csv")), points);
        assertNotEquals(Files.readString(dir.resolve("sweep-on").resolve("points.csv")), points);
        assertEquals("off", JSON.readTree(off.resolve("manifest.json").toFile()).get("uncertainty").asText());
        // A resume may not mix points played with and without the uncertainty section.
        Cli.Ran mixed = Cli.run("sweep", onSpec.toString(), "--resume", "--out", off.toString(), "-q");
        assertEquals(2, mixed.code(), mixed.err());

        String sobol = "design: sobol\npoints: 8\nruns: 60\nseed: 3\nparameters:\n"
                + "  - path: delegations.*.clauses.c1.position\n    range: {min: 0, max: 100}\n"
                + "sensitivity:\n  metric: p_consensus\n  bootstrap: 50\n";
        Files.writeString(onSpec, "scenario: uncertain.yaml\n" + sobol);
        Files.writeString(noneSpec, "scenario: stripped.yaml\n" + sobol);
        String offCsv = ok("sensitivity", onSpec.toString(), "--no-uncertainty", "--format", "csv", "--out",
                dir.resolve("sens-off").toString()).out();
        assertEquals(ok("sensitivity", noneSpec.toString(), "--format", "csv", "--out",
                dir.resolve("sens-none").toString()).out(), offCsv);
        assertEquals(Files.readString(dir.resolve("sens-none").resolve("points.csv")),
                Files.readString(dir.resolve("sens-off").resolve("points.csv")));
        ok("sensitivity", onSpec.toString(), "--out", dir.resolve("sens-on").toString(), "-q");
        assertNotEquals(Files.readString(dir.resolve("sens-none").resolve("points.csv")),
                Files.readString(dir.resolve("sens-on").resolve("points.csv")));
    }

    @Test
    void backtestScoresEachCaseWithItsInputsAsWritten() {
        String file = "scenarios/history/ga-78-265-safe-ai.yaml";
        String off = ok("backtest", file, "--runs", "200", "--format", "csv", "--no-uncertainty").out();
        String on = ok("backtest", file, "--runs", "200", "--format", "csv").out();
        assertNotEquals(on, off);
        assertEquals(off, ok("backtest", file, "--runs", "200", "--format", "csv", "--no-uncertainty", "--threads", "2")
                .out());
    }
}

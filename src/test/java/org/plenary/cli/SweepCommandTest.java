package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    private static final String GRID = "src/test/resources/sweeps/three-grid.yaml";
    private static final String UNCERTAIN_GRID = "src/test/resources/sweeps/three-uncertain-grid.yaml";
    private static final String SENSITIVITY = "src/test/resources/sweeps/three-sensitivity.yaml";

    @Test
    void aSweepWritesTidyTablesAndAManifest(@TempDir Path dir) throws Exception {
        Cli.Ran r = Cli.run("sweep", GRID, "--out", dir.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("15 points × 300 runs (grid design, 2 parameters)"), r.out());
        List<String> wide = Files.readAllLines(dir.resolve("points.csv"));
        assertEquals("point,delegations.A.clauses.c1.position,protocol.maxRounds,p_consensus,p_consensus_lower,"
                + "p_consensus_upper,p_adopted_by_vote,p_no_agreement,mean_rounds,p_blocker_A,p_blocker_B,p_blocker_C",
                wide.get(0));
        assertEquals(16, wide.size());
        for (int i = 1; i < wide.size(); i++) {
            assertTrue(wide.get(i).startsWith((i - 1) + ","), "sorted by point id: " + wide.get(i));
        }
        assertTrue(wide.get(5).startsWith("4,25.0,3,"), wide.get(5));
        List<String> tall = Files.readAllLines(dir.resolve("points-long.csv"));
        assertEquals("point,metric,value,lower,upper", tall.get(0));
        assertEquals(1 + 15 * 7, tall.size());
        JsonNode m = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals("sweep", m.get("command").asText());
        assertEquals(15 * 300, m.get("runs").asLong());
        assertEquals(15, m.get("points").asInt());
        assertEquals(64, m.get("spec").get("sha256").asText().length());
    }

    @Test
    void theTablesAreIdenticalForAnyThreadCount(@TempDir Path dir) throws Exception {
        assertEquals(0, Cli.run("sweep", UNCERTAIN_GRID, "--out", dir.resolve("one").toString(), "--threads", "1", "-q")
                .code());
        assertEquals(0, Cli.run("sweep", UNCERTAIN_GRID, "--out", dir.resolve("three").toString(), "--threads", "3", "-q")
                .code());
        SweepProcessTest.assertSeedsMatter(dir.resolve("one").resolve("points.csv"));
        for (String f : List.of("points.csv", "points-long.csv")) {
            assertEquals(Files.readString(dir.resolve("one").resolve(f)), Files.readString(dir.resolve("three").resolve(f)));
        }
    }

    @Test
    void anInvalidSpecificationExitsWith2AndListsEveryProblem(@TempDir Path dir) {
        Cli.Ran r = Cli.run("sweep", "src/test/resources/sweeps/broken.yaml", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertEquals(7, r.err().lines().count(), r.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing written");
    }

    @Test
    void resumingAFolderOfAnotherSweepIsRefused(@TempDir Path dir) {
        assertEquals(0, Cli.run("sweep", GRID, "--out", dir.toString(), "-q").code());
        Cli.Ran r = Cli.run("sweep", SENSITIVITY, "--out", dir.toString(), "--resume", "-q");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("holds the results of another sweep"), r.err());
    }

    @Test
    void sensitivityWritesIndicesSortedByTotalEffect(@TempDir Path dir) throws Exception {
        Cli.Ran r = Cli.run("sensitivity", SENSITIVITY, "--out", dir.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("parameter,S1,S1_lower,S1_upper,ST,ST_lower,ST_upper", lines.get(0));
        assertEquals(4, lines.size());
        double previous = Double.POSITIVE_INFINITY;
        for (String line : lines.subList(1, 4)) {
            double st = Double.parseDouble(line.split(",")[4]);
            assertTrue(st <= previous, "sorted by ST: " + r.out());
            previous = st;
        }
        assertEquals(r.out(), Files.readString(dir.resolve("sensitivity.csv")));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("sensitivity.json").toFile());
        assertEquals("plenary.sensitivity/1", json.get("format").asText());
        assertEquals(3, json.get("indices").size());
    }

    @Test
    void aSensitivityDesignOfMoreThanTenMillionPointsIsRefusedBeforeAnyWork(@TempDir Path dir) throws Exception {
        Path scenario = Path.of("src/test/resources/cli/three-delegations.yaml").toAbsolutePath();
        Path spec = Files.writeString(dir.resolve("huge.yaml"), "scenario: " + scenario + "\ndesign: sobol\n"
                + "points: 2000001\nparameters:\n  - path: delegations.*.clauses.c1.salience\n    spread: 0.1\n");
        Cli.Ran r = Cli.run("sensitivity", spec.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(spec + ": points: Saltelli's design has N·(d + 2) = 2,000,001·5 = 10,000,005 points, more than"
                + " 10,000,000; use N at most 2,000,000", r.err().strip());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anotherMetricKeepsTheIndicesOfTheFirst(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s");
        assertEquals(0, Cli.run("sensitivity", SENSITIVITY, "--out", out.toString(), "-q").code());
        String first = Files.readString(out.resolve("sensitivity.csv"));
        Cli.Ran again = Cli.run("sensitivity", SENSITIVITY, "--out", out.toString(), "--resume", "--metric",
                "mean_rounds", "-q");
        assertEquals(0, again.code(), again.err());
        assertEquals(first, Files.readString(out.resolve("sensitivity.csv")));
        assertTrue(Files.isRegularFile(out.resolve("sensitivity-mean_rounds.csv")));
        assertTrue(Files.isRegularFile(out.resolve("sensitivity-mean_rounds.json")));
        JsonNode files = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("files");
        String listed = files.toString();
        assertTrue(listed.contains("\"sensitivity.csv\"") && listed.contains("\"sensitivity-mean_rounds.csv\""), listed);
    }

    @Test
    void anUnknownMetricIsRefusedWithASuggestion(@TempDir Path dir) {
        Cli.Ran r = Cli.run("sensitivity", SENSITIVITY, "--out", dir.toString(), "--metric", "p_concensus");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean 'p_consensus'?"), r.err());
    }

    private static String table(Path dir, String name) throws java.io.IOException {
        return Files.readString(dir.resolve(name));
    }

    @Test
    void resumingAnEmptyFolderRunsTheWholeSweep(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        assertEquals(0, Cli.run("sweep", UNCERTAIN_GRID, "--out", whole.toString(), "-q").code());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli.Ran r = Cli.run("sweep", UNCERTAIN_GRID, "--out", empty.toString(), "--resume", "-q");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("points.csv", "points-long.csv")) {
            assertEquals(table(whole, f), table(empty, f), f);
        }
        assertEquals(15, new ObjectMapper().readTree(empty.resolve("manifest.json").toFile()).get("pointsRunNow").asInt());
    }

    @Test
    void resumingAFinishedSweepRunsNothingAndChangesNoTable(@TempDir Path dir) throws Exception {
        assertEquals(0, Cli.run("sweep", UNCERTAIN_GRID, "--out", dir.toString(), "-q").code());
        String wide = table(dir, "points.csv");
        String tall = table(dir, "points-long.csv");
        Cli.Ran r = Cli.run("sweep", UNCERTAIN_GRID, "--out", dir.toString(), "--resume");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("15 were done before"), r.out());
        assertEquals(0, new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).get("pointsRunNow").asInt());
        assertEquals(wide, table(dir, "points.csv"));
        assertEquals(tall, table(dir, "points-long.csv"));
    }

    @Test
    void duplicateRowsAreKeptOnceOnResume(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        assertEquals(0, Cli.run("sweep", UNCERTAIN_GRID, "--out", whole.toString(), "-q").code());
        Path cut = dir.resolve("cut");
        assertEquals(0, Cli.run("sweep", UNCERTAIN_GRID, "--out", cut.toString(), "-q").code());
        // A table whose rows were appended twice (a point written again by a second process): keep one.
        List<String> wide = Files.readAllLines(cut.resolve("points.csv"));
        List<String> tall = Files.readAllLines(cut.resolve("points-long.csv"));
        List<String> doubledWide = new java.util.ArrayList<>(wide.subList(0, 6));
        doubledWide.addAll(wide.subList(1, 6));
        List<String> doubledTall = new java.util.ArrayList<>(tall.subList(0, 1 + 5 * 7));
        doubledTall.addAll(tall.subList(1, 1 + 5 * 7));
        Files.writeString(cut.resolve("points.csv"), String.join("\n", doubledWide) + "\n");
        Files.writeString(cut.resolve("points-long.csv"), String.join("\n", doubledTall) + "\n");
        Cli.Ran r = Cli.run("sweep", UNCERTAIN_GRID, "--out", cut.toString(), "--resume");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5 were done before"), r.out());
        for (String f : List.of("points.csv", "points-long.csv")) {
            assertEquals(table(whole, f), table(cut, f), f);
        }
    }

    @Test
    void resumingATableWithOtherColumnsIsRefusedAndTouchesNothing(@TempDir Path dir) throws Exception {
        assertEquals(0, Cli.run("sweep", UNCERTAIN_GRID, "--out", dir.toString(), "-q").code());
        String renamed = table(dir, "points.csv").replaceFirst("p_consensus,", "p_agreement,");
        Files.writeString(dir.resolve("points.csv"), renamed);
        Cli.Ran r = Cli.run("sweep", UNCERTAIN_GRID, "--out", dir.toString(), "--resume", "-q");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("has other columns than this sweep"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(renamed, table(dir, "points.csv"), "the table is left as it was");
    }

    @Test
    void anInterruptedSensitivityAnalysisResumesToTheSameIndices(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        assertEquals(0, Cli.run("sensitivity", SENSITIVITY, "--out", whole.toString(), "--format", "csv").code());
        Path cut = dir.resolve("cut");
        assertEquals(0, Cli.run("sensitivity", SENSITIVITY, "--out", cut.toString(), "--format", "csv").code());
        // As after a kill: only the first 20 points in both tables, the last line cut short, no indices.
        List<String> wide = Files.readAllLines(cut.resolve("points.csv"));
        List<String> tall = Files.readAllLines(cut.resolve("points-long.csv"));
        int metrics = (tall.size() - 1) / (wide.size() - 1);
        Files.writeString(cut.resolve("points.csv"), String.join("\n", wide.subList(0, 21)) + "\n7,1");
        Files.writeString(cut.resolve("points-long.csv"), String.join("\n", tall.subList(0, 1 + 20 * metrics)) + "\n");
        Files.delete(cut.resolve("sensitivity.csv"));
        Cli.Ran r = Cli.run("sensitivity", SENSITIVITY, "--out", cut.toString(), "--format", "csv", "--resume");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("points.csv", "points-long.csv", "sensitivity.csv")) {
            assertEquals(table(whole, f), table(cut, f), f);
        }
    }

    @Test
    void sweepAndSensitivityTakeHostOnlyWithDistributedAndABindableAddress(@TempDir Path dir) {
        for (String[] c : List.of(new String[] {"sweep", GRID}, new String[] {"sensitivity", SENSITIVITY})) {
            Cli.Ran alone = Cli.run(c[0], c[1], "--host", "127.0.0.1", "--out", dir.resolve(c[0] + "-a").toString());
            assertEquals(2, alone.code(), c[0] + ": " + alone.err());
            assertTrue(alone.err().contains("Option '--host' needs '--distributed'"), alone.err());
            Cli.Ran wildcard = Cli.run(c[0], c[1], "--distributed", "--host", "0.0.0.0", "--out",
                    dir.resolve(c[0] + "-w").toString());
            assertEquals(2, wildcard.code(), c[0] + ": " + wildcard.err());
            assertTrue(wildcard.err().contains("plenary " + c[0] + ": invalid value for option '--host'"), wildcard.err());
            assertFalse(Files.exists(dir.resolve(c[0] + "-a")) || Files.exists(dir.resolve(c[0] + "-w")), "nothing written");
        }
    }
}

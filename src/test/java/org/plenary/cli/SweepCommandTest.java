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
    void anUnknownMetricIsRefusedWithASuggestion(@TempDir Path dir) {
        Cli.Ran r = Cli.run("sensitivity", SENSITIVITY, "--out", dir.toString(), "--metric", "p_concensus");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean 'p_consensus'?"), r.err());
    }
}

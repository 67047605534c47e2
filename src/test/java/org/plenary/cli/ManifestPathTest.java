package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a manifest names its scenario (and specification, and a chart's input)
 * the same way: relative to the working directory when under it, absolute otherwise, normalised —
 * never {@code scenarios/sweeps/../x.yaml} in one folder and {@code x.yaml} in another.
 */
class ManifestPathTest {

    private static final String SCENARIO = "src/test/resources/cli/three-delegations.yaml";

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(Files.readString(file));
    }

    private static void ok(String... args) {
        Cli.Ran r = Cli.run(args);
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void simulateSweepSensitivityAndChartNameTheirInputsOneWay(@TempDir Path dir) throws Exception {
        ok("simulate", "src/test/resources/sweeps/../cli/./three-delegations.yaml", "--runs", "20", "--out",
                dir.resolve("sim").toString(), "-q");
        assertEquals(SCENARIO, json(dir.resolve("sim/manifest.json")).path("scenario").path("file").asText());

        ok("sweep", "src/test/resources/cli/../sweeps/three-grid.yaml", "--out", dir.resolve("sweep").toString(), "-q");
        JsonNode sweep = json(dir.resolve("sweep/manifest.json"));
        assertEquals(SCENARIO, sweep.path("scenario").path("file").asText(), "the spec says ../cli/three-delegations.yaml");
        assertEquals("src/test/resources/sweeps/three-grid.yaml", sweep.path("spec").path("file").asText());

        ok("sensitivity", "src/test/resources/sweeps/three-sensitivity.yaml", "--out", dir.resolve("sens").toString(), "-q");
        assertEquals(SCENARIO, json(dir.resolve("sens/manifest.json")).path("scenario").path("file").asText());
        assertEquals(SCENARIO, json(dir.resolve("sens/sensitivity.json")).path("scenario").path("file").asText());

        Path sim = dir.resolve("sim");
        Files.createDirectories(dir.resolve("x"));
        ok("chart", dir.resolve("x").resolve("..").resolve("sim").toString(), "--out", dir.resolve("charts").toString());
        assertEquals(sim.toAbsolutePath().normalize().toString(),
                json(dir.resolve("charts/manifest.json")).path("input").asText(), "outside the working directory: absolute");
    }

    @Test
    void aScenarioOutsideTheWorkingDirectoryIsNamedByItsAbsoluteNormalisedPath(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(Path.of(SCENARIO), dir.resolve("three.yaml"));
        ok("simulate", dir.resolve("sub/../three.yaml").toString(), "--runs", "20", "--out", dir.resolve("sim").toString(),
                "-q");
        assertEquals(dir.resolve("three.yaml").toAbsolutePath().normalize().toString(),
                json(dir.resolve("sim/manifest.json")).path("scenario").path("file").asText());
    }
}

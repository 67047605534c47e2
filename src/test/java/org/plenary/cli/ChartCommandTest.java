package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plenary chart}: a simulation's folder, a scenario, and what it refuses. */
class ChartCommandTest {


    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void chartsASimulationBesideItsResults(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("sim");
        Cli.Ran sim = Cli.run("simulate", Cli.THREE, "--runs", "200", "--out",
                results.toString(), "-q");
        assertEquals(0, sim.code(), sim.err());
        Cli.Ran r = Cli.run("chart", results.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("blockers.png", "blockers.svg", "final-positions.png", "final-positions.svg",
                "manifest.json", "outcomes.png", "outcomes.svg", "rounds.png", "rounds.svg"), names(results.resolve("charts")));
        assertEquals(8, r.out().lines().count(), "one line per file written");
        assertTrue(r.out().contains(results.resolve("charts").resolve("outcomes.png").toString()), r.out());
    }

    @Test
    void chartsTheRoundsOfAScenarioInTheFormatAsked(@TempDir Path dir) throws IOException {
        Cli.Ran r = Cli.run("chart", Cli.THREE, "--format", "svg", "--out",
                dir.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        // The positions of each clause, the flip chart of plenary explain (some input flips this consensus),
        // and the manifest that marks the folder as Plenary's own.
        assertEquals(List.of("flips.svg", "manifest.json", "positions-c1.svg", "positions-c2.svg"), names(dir));
        assertTrue(Files.readString(dir.resolve("positions-c1.svg")).contains("<svg"));
    }

    @Test
    void aFolderWithNothingToChartIsBadInput(@TempDir Path dir) {
        Cli.Ran r = Cli.run("chart", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nothing to chart"), r.err());
        assertFalse(Files.exists(dir.resolve("charts")));
    }

    @Test
    void anInvalidScenarioOrMissingPathWritesNothing(@TempDir Path dir) throws IOException {
        Cli.Ran broken = Cli.run("chart", Cli.BROKEN, "--out", dir.toString());
        assertEquals(2, broken.code());
        Cli.Ran missing = Cli.run("chart", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
        assertEquals(List.of(), names(dir));
    }
}

package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small things a new user meets first: one-line errors, folder names, plurals, bench from anywhere. */
class RoughEdgesTest {

    @Test
    void aBadOptionValueIsOneLineNotTheUsage() {
        Cli.Ran value = Cli.run("run", Cli.THREE, "--rounds", "many");
        assertEquals(2, value.code());
        assertEquals(1, value.err().lines().count(), value.err());
        assertTrue(value.err().startsWith("plenary run: ") && value.err().contains("--rounds")
                && value.err().contains("'many'"), value.err());
        Cli.Ran misspelt = Cli.run("simulate", Cli.THREE, "--runz", "5");
        assertEquals(2, misspelt.code());
        assertEquals(1, misspelt.err().lines().count(), misspelt.err());
        assertTrue(misspelt.err().contains("--runz") && misspelt.err().contains("did you mean --runs"), misspelt.err());
        Cli.Ran none = Cli.run("simulate");
        assertEquals(2, none.code());
        assertEquals(1, none.err().lines().count(), none.err());
    }

    @Test
    void aResultsFolderIsNotNamedTwiceAfterItsCommand() {
        assertEquals(Path.of("results", "flagship-saliences-sensitivity"),
                ScenarioFiles.defaultOutput(Path.of("scenarios/sweeps/flagship-saliences-sensitivity.yaml"), "-sensitivity"));
        assertEquals(Path.of("results", "us-legal-nature-by-rounds-sweep"),
                ScenarioFiles.defaultOutput(Path.of("scenarios/sweeps/us-legal-nature-by-rounds.yaml"), "-sweep"));
    }

    @Test
    void oneParameterIsSingular(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("one.yaml"), "scenario: " + Path.of(Cli.THREE).toAbsolutePath()
                + "\ndesign: grid\nruns: 10\nparameters:\n  - path: protocol.maxRounds\n    levels: [2, 3]\n");
        Cli.Ran r = Cli.run("sweep", spec.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(grid design, 1 parameter)"), r.out());
    }

    @Test
    void benchFindsTheShippedScenariosFromAnotherDirectoryAndRefusesAMissingOne(@TempDir Path dir) throws Exception {
        Process p = ChildJvm.start(List.of(), dir, dir.resolve("bench"), "bench", "--runs", "1000", "--repeat", "1",
                "--threads", "1");
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished");
        String out = Files.readString(dir.resolve("bench"));
        assertEquals(0, p.exitValue(), out + Files.readString(dir.resolve("bench.err")));
        assertTrue(out.contains("un-ai-dialogue-2026.yaml (") && out.contains("un-ga-193.yaml ("), out);
        Cli.Ran missing = Cli.run("bench", "no-such.yaml", "--runs", "1000");
        assertEquals(2, missing.code());
        assertEquals("no-such.yaml:1:1: $: no such file", missing.err().strip());
    }

    @Test
    void validateRecognisesASweepSpecificationAndChecksItAsOne() {
        Cli.Ran ok = Cli.run("validate", "src/test/resources/sweeps/three-grid.yaml", Cli.THREE);
        assertEquals(0, ok.code(), ok.err());
        assertEquals("", ok.err());
        assertTrue(ok.out().contains("three-grid.yaml: ok: sweep specification over \"Three delegations, two clauses\": "
                + "2 parameters"), ok.out());
        assertTrue(ok.out().contains("three-delegations.yaml: ok:"), ok.out());
        Cli.Ran broken = Cli.run("validate", "src/test/resources/sweeps/broken.yaml");
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("delegations.A.clauses.c1.positon"), broken.err());
        assertTrue(!broken.err().contains("unknown field 'scenario'"), broken.err());
        assertTrue(broken.err().contains("(a sweep specification)"), broken.err());
    }
}

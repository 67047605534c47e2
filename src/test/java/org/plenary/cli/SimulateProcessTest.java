package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} as a whole process: bounded memory, and nothing partial after an interruption. */
class SimulateProcessTest {

    /** Inputs redrawn every run (uncertainty section), τ > 0 and a vote: the Monte Carlo's full path. */
    private static final Path UNCERTAIN = Path.of("src/test/resources/cli/three-uncertain.yaml").toAbsolutePath();
    private static final Path FLAGSHIP = Path.of("scenarios/un-ai-dialogue-2026.yaml").toAbsolutePath();

    @Test
    void threeMillionRunsFitIn48MegabytesOfHeap(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process p = ChildJvm.start(List.of("-Xmx48m"), dir, dir.resolve("stdout"), "simulate", UNCERTAIN.toString(),
                "--runs", "3000000", "--threads", "2", "--quiet", "--out", out.toString());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("stdout.err")));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(3_000_000, summary.get("runs").asLong());
        JsonNode outcomes = summary.get("outcomes");
        long consensus = outcomes.get("consensus").get("count").asLong();
        long vote = outcomes.get("adoptedByVote").get("count").asLong();
        assertTrue(consensus > 0 && vote > 0, "the runs differ: redrawn inputs, τ > 0 and votes were all used");
        assertEquals(3_000_000, consensus + vote + outcomes.get("noAgreement").get("count").asLong());
        assertTrue(summary.get("clauses").get(0).get("sd").asDouble() > 1, "positions vary from run to run");
    }

    @Test
    void ctrlCExitsWith130WithOneLineAndLeavesNoResultsFolderAndNoPartialFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results/flagship");
        Path stdout = dir.resolve("stdout");
        Process p = ChildJvm.startInterruptible(List.of(), dir, stdout, "simulate", FLAGSHIP.toString(),
                "--runs", "500000000", "--threads", "1", "--quiet", "--per-run", "--out", out.toString());
        Path parent = out.getParent();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!stagingExists(parent) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(stagingExists(parent), "the run started staging its results");
        Thread.sleep(300);
        assertTrue(p.isAlive(), "still running when interrupted");
        ChildJvm.interrupt(p); // SIGINT, as Ctrl-C sends
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped promptly");
        assertEquals(130, p.exitValue(), "the exit code of Ctrl-C");
        assertEquals(List.of("plenary: interrupted; nothing was written"),
                Files.readAllLines(Path.of(stdout + ".err")), "one line on stderr");
        assertEquals("", Files.readString(stdout), "nothing on stdout");
        assertFalse(Files.exists(out), "no results folder");
        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(List.of(), left.toList(), "no staging folder left behind");
        }
    }

    @Test
    void aCommandThatFinishesPrintsNoInterruptionLine(@TempDir Path dir) throws Exception {
        Process p = ChildJvm.start(List.of(), dir, dir.resolve("stdout"), "validate", UNCERTAIN.toString());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
        assertEquals(0, p.exitValue());
        assertEquals("", Files.readString(dir.resolve("stdout.err")));
    }

    @Test
    void theStagingFolderOfAKilledSimulationIsCleanedByTheNextOne(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results/flagship");
        Process p = ChildJvm.start(List.of(), dir, dir.resolve("stdout"), "simulate", UNCERTAIN.toString(),
                "--runs", "500000000", "--threads", "1", "--quiet", "--per-run", "--out", out.toString());
        Path parent = out.getParent();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!stagingExists(parent) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(stagingExists(parent), "the run started staging its results");
        while (!staged(parent, "runs.csv") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(staged(parent, "runs.csv"), "runs.csv is being written");
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed");
        assertTrue(stagingExists(parent), "a killed process leaves its staging folder");
        Cli.Ran next = Cli.run("simulate", UNCERTAIN.toString(), "--runs", "50", "-q", "--out",
                parent.resolve("other").toString());
        assertEquals(0, next.code(), next.err());
        assertFalse(stagingExists(parent), "the next simulation beside it removed it");
        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(List.of(parent.resolve("other")), left.toList());
        }
    }

    private static boolean staged(Path parent, String file) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(".flagship.") && Files.exists(p.resolve(file)));
        }
    }

    private static boolean stagingExists(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return false;
        }
        try (Stream<Path> s = Files.list(parent)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(".flagship."));
        }
    }
}

package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

    private static final Path THREE = Path.of("src/test/resources/cli/three-delegations.yaml").toAbsolutePath();
    private static final Path FLAGSHIP = Path.of("scenarios/un-ai-dialogue-2026.yaml").toAbsolutePath();

    @Test
    void threeMillionRunsFitIn48MegabytesOfHeap(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process p = ChildJvm.start(List.of("-Xmx48m"), dir, dir.resolve("stdout"), "simulate", THREE.toString(),
                "--runs", "3000000", "--threads", "2", "--quiet", "--out", out.toString());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("stdout.err")));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(3_000_000, summary.get("runs").asLong());
        assertEquals(3_000_000, summary.get("outcomes").get("consensus").get("count").asLong());
    }

    @Test
    void anInterruptedSimulationLeavesNoResultsFolderAndNoPartialFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results/flagship");
        Process p = ChildJvm.start(List.of(), dir, dir.resolve("stdout"), "simulate", FLAGSHIP.toString(),
                "--runs", "500000000", "--threads", "1", "--quiet", "--out", out.toString());
        Path parent = out.getParent();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!stagingExists(parent) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(stagingExists(parent), "the run started staging its results");
        Thread.sleep(300);
        p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped promptly");
        assertNotEquals(0, p.exitValue());
        assertFalse(Files.exists(out), "no results folder");
        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(List.of(), left.toList(), "no staging folder left behind");
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

package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --distributed} with coordinator and workers in separate JVMs on 127.0.0.1: the tables are
 * byte-identical to a run on one machine whatever joins, dies or is refused. The scenario redraws
 * its inputs and has τ > 0, so a point or chunk computed with the wrong streams would show.
 * Waits are for events (rows written, lines logged), never fixed sleeps.
 */
class DistributedProcessTest {

    private static final Path SCENARIO = Path.of("src/test/resources/cli/three-uncertain.yaml").toAbsolutePath();
    private static final Pattern JOIN = Pattern.compile("plenary worker --join (\\S+) --token (\\S+)");
    private static final long WAIT_SECONDS = 120;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Process p : started) {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private Process start(Path dir, String name, String... args) throws IOException {
        Process p = ChildJvm.start(List.of("-Xmx256m"), dir, dir.resolve(name + ".out"), args);
        started.add(p);
        return p;
    }

    private static Path spec(Path dir, int points, int runs) throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, "scenario: " + SCENARIO + "\ndesign: lhs\npoints: " + points + "\nruns: " + runs
                + "\nseed: 11\nparameters:\n"
                + "  - path: delegations.A.clauses.c1.position\n    range: {min: 0, max: 40}\n"
                + "  - path: protocol.maxRounds\n    levels: [2, 3, 5]\n");
        return spec;
    }

    /** The {address, token} of the join line the coordinator printed on stderr. */
    private static String[] joinLine(Path err, Process coordinator) throws Exception {
        Matcher[] m = new Matcher[1];
        await(() -> {
            m[0] = JOIN.matcher(read(err));
            return m[0].find() || !coordinator.isAlive();
        }, "the join line in " + err);
        assertTrue(coordinator.isAlive(), read(err));
        return new String[] {m[0].group(1), m[0].group(2)};
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited " + WAIT_SECONDS + " s for " + what);
            Thread.sleep(20);
        }
    }

    private static String read(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static long rows(Path table) {
        String t = read(table);
        return t.isEmpty() ? 0 : t.lines().count() - 1;
    }

    private static void finished(Process p, Path dir, String name) throws InterruptedException {
        assertTrue(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), name + " finished");
        assertEquals(0, p.exitValue(), read(dir.resolve(name + ".out.err")));
    }

    private static void sameTables(Path expected, Path actual, String... files) throws IOException {
        for (String f : files) {
            assertEquals(Files.readString(expected.resolve(f)), Files.readString(actual.resolve(f)), f);
        }
    }

    /** Sends {@code signal} (STOP, CONT) to the process. */
    private static void signal(Process p, String signal) throws Exception {
        Process k = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, k.waitFor(), "kill -" + signal);
    }

    @Test
    void twoWorkersOneJoiningLateOneKilledGiveTheTablesOfASweepOnOneMachine(@TempDir Path dir) throws Exception {
        Path spec = spec(dir, 40, 1500);
        Path local = dir.resolve("local");
        Cli.Ran ran = Cli.run("sweep", spec.toString(), "-q", "--threads", "2", "--out", local.toString());
        assertEquals(0, ran.code(), ran.err());
        SweepProcessTest.assertSeedsMatter(local.resolve("points.csv"));

        Path shared = dir.resolve("shared");
        Process coordinator = start(dir, "coordinator", "sweep", spec.toString(), "-q", "--distributed",
                "--local-threads", "0", "--out", shared.toString());
        Path log = dir.resolve("coordinator.out.err");
        String[] join = joinLine(log, coordinator);
        Process first = start(dir, "first", "worker", "--join", join[0], "--token", join[1], "--threads", "1",
                "--name", "first");
        Path table = shared.resolve("points.csv");
        await(() -> rows(table) >= 3 || !coordinator.isAlive(), "three points");
        // Frozen, the first worker holds its points in flight and the sweep cannot finish before the
        // late joiner is in, however slowly its JVM starts.
        signal(first, "STOP");
        assertTrue(coordinator.isAlive() && rows(table) < 40, "stopped mid-sweep: " + read(log));
        Process late = start(dir, "late", "worker", "--join", join[0], "--token", join[1], "--threads", "1",
                "--name", "late");
        await(() -> read(log).contains("worker late (127.0.0.1) joined") || !coordinator.isAlive(), "the late joiner");
        first.destroyForcibly(); // SIGKILL: its points in flight must be handed to the late joiner
        finished(coordinator, dir, "coordinator");
        sameTables(local, shared, "points.csv", "points-long.csv");

        String manifest = Files.readString(shared.resolve("manifest.json"));
        assertTrue(manifest.contains("\"name\" : \"first\"") && manifest.contains("\"status\" : \"lost: "), manifest);
        Matcher lateDone = Pattern.compile("\"name\" : \"late\",\\s*\"host\" : \"127.0.0.1\",\\s*\"threads\" : 1,"
                + "\\s*\"points\" : (\\d+)").matcher(manifest);
        assertTrue(lateDone.find() && Integer.parseInt(lateDone.group(1)) > 0, manifest);
        assertTrue(read(log).contains("worker first (127.0.0.1) lost"), read(log));
        finished(late, dir, "late");
        assertTrue(read(dir.resolve("late.out.err")).contains("dismissed by the coordinator"),
                read(dir.resolve("late.out.err")));
    }

    @Test
    void aCoordinatorKilledMidSweepResumesDistributedToTheSameTables(@TempDir Path dir) throws Exception {
        Path spec = spec(dir, 30, 1500);
        Path local = dir.resolve("local");
        Cli.Ran ran = Cli.run("sweep", spec.toString(), "-q", "--threads", "2", "--out", local.toString());
        assertEquals(0, ran.code(), ran.err());

        Path shared = dir.resolve("shared");
        Process coordinator = start(dir, "coordinator", "sweep", spec.toString(), "-q", "--distributed",
                "--local-threads", "0", "--out", shared.toString());
        String[] join = joinLine(dir.resolve("coordinator.out.err"), coordinator);
        Process worker = start(dir, "worker", "worker", "--join", join[0], "--token", join[1], "--threads", "1",
                "--coordinator-timeout", "2");
        Path table = shared.resolve("points.csv");
        await(() -> rows(table) >= 3 || !coordinator.isAlive(), "three points");
        signal(worker, "STOP"); // no point completes while the coordinator is killed
        assertTrue(coordinator.isAlive() && rows(table) < 30, "killed mid-sweep");
        coordinator.destroyForcibly();
        assertTrue(coordinator.waitFor(30, TimeUnit.SECONDS));
        signal(worker, "CONT");
        // the worker finds its coordinator gone and says so in one line
        assertTrue(worker.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the worker exits");
        String said = read(dir.resolve("worker.out.err"));
        assertEquals(1, worker.exitValue(), said);
        assertTrue(said.contains("plenary worker: the coordinator") && said.contains("gone"), said);

        Process resumed = start(dir, "resumed", "sweep", spec.toString(), "--resume", "--distributed",
                "--local-threads", "2", "--out", shared.toString());
        finished(resumed, dir, "resumed");
        assertTrue(read(dir.resolve("resumed.out")).contains("were done before"), read(dir.resolve("resumed.out")));
        sameTables(local, shared, "points.csv", "points-long.csv");
    }

    @Test
    void simulateDistributedEqualsSimulateAndAWrongTokenIsRefused(@TempDir Path dir) throws Exception {
        Path local = dir.resolve("local");
        Cli.Ran ran = Cli.run("simulate", SCENARIO.toString(), "--runs", "6000", "-q", "--threads", "2", "--out",
                local.toString());
        assertEquals(0, ran.code(), ran.err());

        Path shared = dir.resolve("shared");
        Process coordinator = start(dir, "coordinator", "simulate", SCENARIO.toString(), "--runs", "6000", "-q",
                "--distributed", "--local-threads", "0", "--out", shared.toString());
        Path log = dir.resolve("coordinator.out.err");
        String[] join = joinLine(log, coordinator);
        Process intruder = start(dir, "intruder", "worker", "--join", join[0], "--token", "not-" + join[1]);
        assertTrue(intruder.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the intruder is sent away");
        assertEquals(2, intruder.exitValue());
        String said = read(dir.resolve("intruder.out.err"));
        assertTrue(said.contains("refused by the coordinator: wrong token"), said);
        assertTrue(read(log).contains("wrong token"), read(log));
        assertTrue(coordinator.isAlive(), "the coordinator goes on");

        Process worker = start(dir, "worker", "worker", "--join", join[0], "--token", join[1], "--threads", "2");
        finished(coordinator, dir, "coordinator");
        sameTables(local, shared, "summary.json", "outcomes.csv", "clauses.csv", "delegations.csv", "rounds.csv");
        finished(worker, dir, "worker");
    }
}

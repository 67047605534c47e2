package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep} as a whole process: killed outright mid-sweep, then resumed. */
class SweepProcessTest {

    /** Redrawn inputs, τ > 0 and a vote: every point's numbers depend on its seed. */
    private static final Path SCENARIO = Path.of("src/test/resources/cli/three-uncertain.yaml").toAbsolutePath();

    @Test
    void aSweepKilledMidwayResumesToTablesByteIdenticalToAnUninterruptedSweep(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, "scenario: " + SCENARIO + "\ndesign: lhs\npoints: 400\nruns: 3000\nseed: 5\n"
                + "parameters:\n"
                + "  - path: delegations.A.clauses.c1.position\n    range: {min: 0, max: 40}\n"
                + "  - path: delegations.B.clauses.c2.salience\n    distribution: {beta: {alpha: 2, beta: 3}}\n"
                + "  - path: protocol.maxRounds\n    levels: [2, 3, 5, 8]\n");
        Path whole = dir.resolve("whole");
        Process p = ChildJvm.start(List.of(), dir, dir.resolve("whole.out"), "sweep", spec.toString(), "--quiet",
                "--threads", "2", "--out", whole.toString());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("whole.out.err")));
        assertSeedsMatter(whole.resolve("points.csv"));

        Path cut = dir.resolve("cut");
        Process k = ChildJvm.start(List.of(), dir, dir.resolve("cut.out"), "sweep", spec.toString(), "--quiet",
                "--threads", "2", "--out", cut.toString());
        Path table = cut.resolve("points.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (rows(table) < 40 && k.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(k.isAlive(), "still running when killed");
        k.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        assertTrue(k.waitFor(30, TimeUnit.SECONDS));
        long done = rows(table);
        assertTrue(done >= 40 && done < 400, "killed mid-sweep after " + done + " points");

        Process r = ChildJvm.start(List.of(), dir, dir.resolve("resume.out"), "sweep", spec.toString(),
                "--threads", "1", "--resume", "--out", cut.toString());
        assertTrue(r.waitFor(300, TimeUnit.SECONDS), "resumed sweep finished");
        assertEquals(0, r.exitValue(), Files.readString(dir.resolve("resume.out.err")));
        String out = Files.readString(dir.resolve("resume.out"));
        assertTrue(out.contains("were done before"), out);
        for (String f : List.of("points.csv", "points-long.csv")) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(cut.resolve(f)), f);
        }
    }

    /**
     * The documented maximum, 10,000,000 Sobol points, over the flagship's saliences (160): the design is
     * computed point by point, so the sweep starts and writes its first points in a 96 MB heap (the
     * whole design would take 12.8 GB). Killed once they are written.
     */
    @Test
    void aTenMillionPointSobolSweepOverTheFlagshipsSaliencesStartsInASmallHeap(@TempDir Path dir) throws Exception {
        Path flagship = Path.of("scenarios/un-ai-dialogue-2026.yaml").toAbsolutePath();
        Path spec = dir.resolve("huge.yaml");
        Files.writeString(spec, "scenario: " + flagship + "\ndesign: sobol\npoints: 10000000\nruns: 1\nseed: 1\n"
                + "parameters:\n  - path: delegations.*.clauses.*.salience\n    spread: 0.15\n");
        Path table = dir.resolve("huge").resolve("points.csv");
        Process p = ChildJvm.start(List.of("-Xmx96m"), dir, dir.resolve("huge.out"), "sweep", spec.toString(),
                "--quiet", "--threads", "1", "--out", dir.resolve("huge").toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (rows(table) < 3 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(p.isAlive(), "still running: " + Files.readString(dir.resolve("huge.out.err")));
            assertTrue(rows(table) >= 3, "the first points are written");
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        String header = Files.readAllLines(table).get(0);
        long saliences = org.plenary.io.scenario.ScenarioReader.read(flagship).scenario().orElseThrow().delegations()
                .stream().mapToLong(d -> d.stances().size()).sum();
        assertTrue(saliences >= 100, "the flagship's saliences: " + saliences);
        assertEquals(saliences, java.util.Arrays.stream(header.split(",")).filter(c -> c.endsWith(".salience")).count(),
                header);
    }

    /**
     * Most points must have P(consensus) strictly between 0 and 1 or a mean number of rounds that is
     * not a whole number: there a point run with another seed would print other numbers.
     */
    static void assertSeedsMatter(Path points) throws Exception {
        List<String> rows = Files.readAllLines(points);
        List<String> header = List.of(rows.get(0).split(","));
        int p = header.indexOf("p_consensus");
        int rounds = header.indexOf("mean_rounds");
        long random = rows.stream().skip(1).map(r -> r.split(",", -1))
                .filter(c -> Double.parseDouble(c[p]) > 0 && Double.parseDouble(c[p]) < 1
                        || Double.parseDouble(c[rounds]) != Math.rint(Double.parseDouble(c[rounds])))
                .count();
        assertTrue(random >= 0.9 * (rows.size() - 1), random + " of " + (rows.size() - 1) + " points depend on the seed");
    }

    private static long rows(Path file) throws Exception {
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            return Files.readString(file).chars().filter(c -> c == '\n').count() - 1;
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }
}

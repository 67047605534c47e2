package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out DIR} of every command that writes a folder: only a new, empty or Plenary-owned
 * folder is replaced or written into; anything else is refused with exit code 2 and left as it was.
 */
class OutFolderTest {

    private static final String GRID = "src/test/resources/sweeps/three-grid.yaml";
    private static final String SENSITIVITY = "src/test/resources/sweeps/three-sensitivity.yaml";

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Cli.Ran simulate(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("simulate", Cli.THREE, "--runs", "50", "-q", "--out",
                out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void refused(Cli.Ran r, String target, String why) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("plenary: " + target + ": "), r.err());
        assertTrue(r.err().contains(why), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void aFolderOfTheUsersFilesIsNeverReplaced(@TempDir Path dir) throws IOException {
        Path important = dir.resolve("important");
        Files.createDirectories(important);
        Files.writeString(important.resolve("thesis.txt"), "x\n");
        refused(simulate(important), important.toString(), "not a Plenary results folder (it holds 'thesis.txt')");
        assertEquals(List.of("thesis.txt"), names(important));
        assertEquals("x\n", Files.readString(important.resolve("thesis.txt")));
        assertEquals(List.of("important"), names(dir), "no staging folder left beside it");
    }

    @Test
    void theCurrentFolderAndTheFoldersAboveItAreRefusedHoweverNamed() throws IOException {
        List<String> before = names(Path.of("."));
        refused(Cli.run("simulate", Cli.THREE, "--runs", "50", "-q", "--out", "."), ".", "the current folder");
        refused(Cli.run("simulate", Cli.THREE, "--runs", "50", "-q", "--out", "src/.."), "src/..", "the current folder");
        refused(Cli.run("simulate", Cli.THREE, "--runs", "50", "-q", "--out", "..", "--force"), "..",
                "holds the current folder");
        refused(Cli.run("sweep", GRID, "-q", "--out", "."), ".", "the current folder");
        refused(Cli.run("sensitivity", SENSITIVITY, "-q", "--out", "src/../.", "--force"), "src/../.",
                "the current folder");
        refused(Cli.run("chart", Cli.THREE, "-q", "--out", "."), ".", "the current folder");
        assertEquals(before, names(Path.of(".")), "nothing added or removed");
        assertTrue(Files.isRegularFile(Path.of("pom.xml")));
    }

    @Test
    void aFolderReachedThroughALinkAndDotDotIsJudgedWhereItReallyIs(@TempDir Path dir) throws IOException {
        Path important = Files.createDirectories(dir.resolve("important"));
        Files.writeString(important.resolve("thesis.txt"), "x\n");
        Path s2 = Files.createDirectories(important.resolve("s2"));
        refused(simulate(s2.resolve("..")), s2.resolve("..").toString(), "not a Plenary results folder");
        Path link = Files.createSymbolicLink(dir.resolve("link"), s2);
        refused(simulate(link.resolve("..")), link.resolve("..").toString(), "not a Plenary results folder");
        assertEquals(List.of("s2", "thesis.txt"), names(important));
    }

    @Test
    void aFileIsNotTurnedIntoAFolder(@TempDir Path dir) throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "mine\n");
        refused(simulate(notes), notes.toString(), "a file, not a folder");
        refused(Cli.run("sweep", GRID, "-q", "--out", notes.toString()), notes.toString(), "a file, not a folder");
        refused(Cli.run("chart", Cli.THREE, "-q", "--out", notes.toString()), notes.toString(), "a file, not a folder");
        Path below = notes.resolve("sub");
        refused(simulate(below), below.toString(), "cannot write: " + notes.toAbsolutePath() + " is a file, not a folder");
        assertTrue(Files.isRegularFile(notes));
        assertEquals("mine\n", Files.readString(notes));
        assertEquals(List.of("notes.txt"), names(dir));
    }

    @Test
    void plenarysOwnFolderIsReplacedAgainAndAgain(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("r");
        assertEquals(0, simulate(out).code());
        var manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("plenary.manifest/1", manifest.get("format").asText());
        assertEquals("[\"clauses.csv\",\"delegations.csv\",\"outcomes.csv\",\"rounds.csv\",\"summary.json\"]",
                manifest.get("files").toString());
        assertEquals(0, Cli.run("chart", out.toString(), "-q").code(), "charts inside it");
        Cli.Ran again = simulate(out, "--per-run");
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.exists(out.resolve("runs.csv")));
        assertEquals(0, simulate(out).code());
        assertFalse(Files.exists(out.resolve("runs.csv")), "replaced as a whole");
        assertEquals(List.of("r"), names(dir), "no staging or set-aside folder left");
    }

    @Test
    void aPlenaryFolderWithAFileOfTheUsersAddedIsRefusedEvenWithForce(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("r");
        assertEquals(0, simulate(out).code());
        Files.writeString(out.resolve("my-notes.md"), "analysis\n");
        refused(simulate(out, "--force"), out.toString(), "it holds 'my-notes.md'");
        refused(Cli.run("sweep", GRID, "-q", "--force", "--out", out.toString()), out.toString(), "my-notes.md");
        assertEquals("analysis\n", Files.readString(out.resolve("my-notes.md")));
        assertTrue(Files.exists(out.resolve("summary.json")));
    }

    @Test
    void forceReplacesOnlyAFolderOfPlenarysFilesWithoutAManifest(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("old"));
        Files.writeString(out.resolve("summary.json"), "{}\n");
        Files.writeString(out.resolve("outcomes.csv"), "outcome\n");
        refused(simulate(out), out.toString(), "--force replaces it");
        assertEquals("{}\n", Files.readString(out.resolve("summary.json")));
        assertEquals(0, simulate(out, "--force").code());
        assertTrue(Files.exists(out.resolve("manifest.json")));
    }

    @Test
    void aLinkToAResultsFolderStaysALink(@TempDir Path dir) throws IOException {
        Path real = dir.resolve("real");
        assertEquals(0, simulate(real).code());
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertEquals(0, simulate(link, "--per-run").code());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.exists(real.resolve("runs.csv")), "written where the link points");
    }

    @Test
    void sweepAndSensitivityRefuseForeignFoldersAndReplaceTheirOwn(@TempDir Path dir) throws IOException {
        Path important = Files.createDirectories(dir.resolve("important"));
        Files.writeString(important.resolve("thesis.txt"), "x\n");
        refused(Cli.run("sweep", GRID, "-q", "--out", important.toString()), important.toString(), "thesis.txt");
        refused(Cli.run("sensitivity", SENSITIVITY, "-q", "--out", important.toString()), important.toString(),
                "thesis.txt");
        refused(Cli.run("sweep", GRID, "-q", "--resume", "--out", important.toString()), important.toString(),
                "thesis.txt");
        assertEquals(List.of("thesis.txt"), names(important));

        Path out = dir.resolve("r");
        assertEquals(0, simulate(out).code());
        assertEquals(0, Cli.run("sweep", GRID, "-q", "--out", out.toString()).code(), "a Plenary folder is reused");
        assertEquals(List.of(".plenary-sweep", "manifest.json", "points-long.csv", "points.csv"), names(out),
                "the simulation's files went with the fresh start");
        var manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("[\".plenary-sweep\",\"points-long.csv\",\"points.csv\"]", manifest.get("files").toString());
        assertEquals(0, Cli.run("sensitivity", SENSITIVITY, "-q", "--out", out.toString()).code());
        assertTrue(names(out).contains("sensitivity.csv"));
        assertEquals(0, Cli.run("sweep", GRID, "-q", "--out", out.toString()).code());
        assertFalse(names(out).contains("sensitivity.csv"), "no stale table of another analysis");
    }

    @Test
    void chartsGoIntoANewFolderOrOneOfPlenarysCharts(@TempDir Path dir) throws IOException {
        Path important = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(important.resolve("positions-c1.svg"), "<svg>mine</svg>");
        refused(Cli.run("chart", Cli.THREE, "-q", "--out", important.toString()), important.toString(),
                "positions-c1.svg");
        assertEquals("<svg>mine</svg>", Files.readString(important.resolve("positions-c1.svg")));

        Path sim = dir.resolve("sim");
        assertEquals(0, simulate(sim).code());
        refused(Cli.run("chart", sim.toString(), "-q", "--out", sim.toString()), sim.toString(),
                "charts go into a folder of their own");

        Path charts = dir.resolve("charts");
        assertEquals(0, Cli.run("chart", Cli.THREE, "-q", "--out", charts.toString()).code());
        assertEquals(0, Cli.run("chart", Cli.THREE, "-q", "--format", "png", "--out", charts.toString()).code(),
                "its own charts folder again");
        var manifest = new ObjectMapper().readTree(charts.resolve("manifest.json").toFile());
        assertEquals("plenary.charts/1", manifest.get("format").asText());
    }

    @Test
    void staleStagingFoldersOfPlenaryAreCleanedAndNothingElse(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long dead = gone.pid();
        Path stale = Files.createDirectories(dir.resolve(".r.plenary-staging-" + dead + "-42"));
        Files.writeString(stale.resolve(".plenary-staging"), "plenary.staging/1 pid=" + dead + "\n");
        Files.writeString(stale.resolve("runs.csv"), "run,outcome\n0,cons");
        Path unmarked = Files.createDirectories(dir.resolve(".x.plenary-staging-" + dead + "-43"));
        Files.writeString(unmarked.resolve("runs.csv"), "not proven Plenary's\n");
        Path live = Files.createDirectories(dir.resolve(".y.plenary-staging-" + ProcessHandle.current().pid() + "-44"));
        Files.writeString(live.resolve(".plenary-staging"), "plenary.staging/1 pid=" + ProcessHandle.current().pid()
                + "\n");
        Files.writeString(dir.resolve(".notes.txt." + dead + ".tmp"), "a user's file that looks temporary\n");
        assertEquals(0, simulate(dir.resolve("r")).code());
        assertFalse(Files.exists(stale), "the dead process's staging folder is gone");
        assertTrue(Files.exists(unmarked.resolve("runs.csv")), "no marker: left alone");
        assertTrue(Files.exists(live), "a running process's staging folder is in use");
        assertTrue(Files.exists(dir.resolve(".notes.txt." + dead + ".tmp")));
    }
}

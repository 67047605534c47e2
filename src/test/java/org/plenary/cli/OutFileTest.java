package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out FILE} of run, forecast and report: a regular file is replaced atomically; a device,
 * a FIFO or a link is written into or through, never replaced; a folder or a place that cannot hold
 * files is bad input named in one line.
 */
class OutFileTest {

    private static final int FILE_TYPE = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int FIFO = 0010000;

    private static int type(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & FILE_TYPE;
    }

    private static void refused(Cli.Ran r, String target, String why) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("plenary: " + target + ": "), r.err());
        assertTrue(r.err().contains(why), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains(".tmp")
                || r.err().contains("Exception"), "no temporary name, no exception: " + r.err());
    }

    @Test
    void anExistingFolderIsBadInputForEveryFileOutput(@TempDir Path dir) throws IOException {
        refused(Cli.run("run", Cli.THREE, "--out", dir.toString()), dir.toString(), "a folder, not a file");
        refused(Cli.run("forecast", Cli.THREE, "--out", dir.toString()), dir.toString(), "a folder, not a file");
        refused(Cli.run("report", Cli.THREE, "--runs", "20", "-q", "--out", dir.toString()), dir.toString(),
                "a folder, not a file");
        assertEquals(List.of(), OutFolderTest.names(dir), "nothing written into it");
    }

    @Test
    void aPlaceThatCannotHoldFilesIsBadInputNamedAsGiven() {
        String missing = "/proc/plenary-no-such-" + ProcessHandle.current().pid() + "/run.json";
        refused(Cli.run("run", Cli.THREE, "--out", missing), missing, "cannot write");
        refused(Cli.run("report", Cli.THREE, "--runs", "20", "-q", "--out", "/proc/version"), "/proc/version",
                "cannot write");
    }

    @Test
    void aFileWhereAFolderIsNeededIsBadInput(@TempDir Path dir) throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "mine\n");
        refused(Cli.run("run", Cli.THREE, "--out", notes.resolve("run.txt").toString()),
                notes.resolve("run.txt").toString(), "is a file, not a folder");
        assertEquals("mine\n", Files.readString(notes));
    }

    @Test
    void anExistingRegularFileIsReplacedAtomically(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.json");
        Files.writeString(file, "old\n");
        assertEquals(0, Cli.run("run", Cli.THREE, "--format", "json", "--out", file.toString()).code());
        assertTrue(Files.readString(file).startsWith("{"));
        assertEquals(List.of("run.json"), OutFolderTest.names(dir), "no temporary file left");
    }

    @Test
    void theScenarioItselfIsNeverOverwritten(@TempDir Path dir) throws IOException {
        Path scenario = Files.copy(Path.of(Cli.THREE), dir.resolve("s.yaml"));
        String before = Files.readString(scenario);
        refused(Cli.run("run", scenario.toString(), "--out", scenario.toString()), scenario.toString(),
                "the input file itself");
        refused(Cli.run("report", scenario.toString(), "--runs", "20", "-q", "--out", scenario.toString()),
                scenario.toString(), "the input file itself");
        assertEquals(before, Files.readString(scenario));
    }

    @Test
    void devNullStaysACharacterDevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assertEquals(CHARACTER_DEVICE, type(devNull));
        assertEquals(0, Cli.run("run", Cli.THREE, "--out", "/dev/null").code());
        assertEquals(0, Cli.run("forecast", Cli.THREE, "--out", "/dev/null").code());
        assertEquals(CHARACTER_DEVICE, type(devNull), "written into, not replaced");
    }

    @Test
    void aFullDeviceFailsInOneLineAndStaysADevice() throws IOException {
        Path full = Path.of("/dev/full");
        if (!Files.exists(full)) {
            return;
        }
        Cli.Ran r = Cli.run("run", Cli.THREE, "--out", "/dev/full");
        assertEquals(1, r.code(), r.err());
        assertEquals("plenary: /dev/full: cannot write: no space left on device", r.err().strip());
        assertEquals(CHARACTER_DEVICE, type(full));
    }

    @Test
    void aFifoIsWrittenIntoAsAStream(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Ran r = Cli.run("run", Cli.THREE, "--format", "json", "--out", fifo.toString());
        assertEquals(0, r.code(), r.err());
        String got = read.get(30, TimeUnit.SECONDS);
        assertEquals(Cli.run("run", Cli.THREE, "--format", "json").out(), got);
        assertEquals(FIFO, type(fifo), "still a FIFO");
        assertEquals(List.of("pipe"), OutFolderTest.names(dir));
    }

    @Test
    void devStdoutWritesToStandardOutputEvenWhenItIsAFile(@TempDir Path dir) throws Exception {
        Path stdout = dir.resolve("stdout");
        String scenario = Path.of(Cli.THREE).toAbsolutePath().toString();
        Process p = ChildJvm.start(List.of(), dir, stdout, "run", scenario, "--format", "json", "--out", "/dev/stdout");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("stdout.err")));
        assertEquals(Cli.run("run", scenario, "--format", "json").out(), Files.readString(stdout));
        assertTrue(Files.isRegularFile(stdout, LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of("stdout", "stdout.err"), OutFolderTest.names(dir), "no temporary file beside it");
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndKept(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        assertEquals(0, Cli.run("run", Cli.THREE, "--format", "json", "--out", link.toString()).code());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.readString(real).startsWith("{"), "the file it points to is replaced");

        Path dangling = Files.createSymbolicLink(dir.resolve("nowhere.json"), dir.resolve("missing/x.json"));
        refused(Cli.run("run", Cli.THREE, "--out", dangling.toString()), dangling.toString(),
                "a symbolic link to nothing");
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals(List.of("link.json", "nowhere.json", "real.json"), OutFolderTest.names(dir));
    }

    @Test
    void temporaryFilesOfAKilledProcessAreCleanedAndOthersKept(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.writeString(dir.resolve(".run.json.plenary-" + gone.pid() + "-7.tmp"), "{\"partial");
        Path live = Files.writeString(dir.resolve(".run.json.plenary-" + ProcessHandle.current().pid() + "-8.tmp"), "");
        assertEquals(0, Cli.run("run", Cli.THREE, "--out", dir.resolve("run.json").toString()).code());
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live), "a running process's file is in use");
    }
}

package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plenary chart} reads a results folder as an untrusted input: {@code summary.json} and the
 * tables through a stream bounded by a stated limit, and only regular files — a link to
 * {@code /dev/zero} or a FIFO under a result's name is refused in one line, exit code 2, without
 * being read.
 */
class ChartInputTest {

    private static void refused(Path folder, String says) {
        Cli.Ran r = Cli.run("chart", folder.toString(), "-q");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(says), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(folder.resolve("charts")), "nothing written");
    }

    @Test
    void aSummaryOverSixteenMegabytesIsRefusedAtTheLimit(@TempDir Path dir) throws IOException {
        // valid JSON all along (white space), so only the limit can stop it
        try (OutputStream out = Files.newOutputStream(dir.resolve("summary.json"))) {
            out.write("{\"format\": \"plenary.simulate/2\"".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 17; i++) {
                out.write(spaces);
            }
            out.write("}".getBytes(StandardCharsets.UTF_8));
        }
        refused(dir, "summary.json is over the limit of 16 MB (16,777,216 bytes) for simulation summaries");
    }

    @Test
    void aSummaryThatLinksToADeviceIsRefusedUnread(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve("summary.json"), Path.of("/dev/zero"));
        refused(dir, "summary.json is not a regular file");
    }

    @Test
    void aTableThatIsAFifoIsRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", dir.resolve("points.csv").toString()).start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo");
        refused(dir, "points.csv is not a regular file");
    }

    @Test
    void aSummaryThatIsNotJsonIsSaidSoInOneLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("summary.json"), "{\"format\": \"plenary.simulate/2\", oops\n");
        refused(dir, "summary.json: not valid JSON");
    }
}

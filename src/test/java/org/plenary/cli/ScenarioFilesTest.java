package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifests' hashes read their files through the same bounds as the readers: never unbounded. */
class ScenarioFilesTest {

    @Test
    void theHashIsThatOfTheFilesBytes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), "metadata: {}\n");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertEquals(expected, ScenarioFiles.sha256(file));
        assertEquals(expected, ScenarioFiles.specSha256(file));
    }

    @Test
    void aDeviceALinkToOneOrAFileOverTheLimitIsBadInputNotAnEndlessRead(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        InputException device = assertThrows(InputException.class, () -> ScenarioFiles.sha256(link));
        assertEquals(List.of(link + ":1:1: $: this is not a regular file (a device, a FIFO or a socket); a scenario file"
                + " is read from a file"), device.lines());
        Path big = Files.write(dir.resolve("big.yaml"), new byte[1024 * 1024 + 1]);
        InputException spec = assertThrows(InputException.class, () -> ScenarioFiles.specSha256(big));
        assertEquals(List.of(big + ":1:1: $: the file is 1,048,577 bytes, over the limit of 1 MB (1,048,576 bytes) for"
                + " sweep specifications"), spec.lines());
    }
}

package org.plenary.io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal recovers and sorts its tables through {@link CompleteLines}: only lines that end with
 * a line break, each with the byte offset where it starts, and no line longer than the limit.
 */
class CompleteLinesTest {

    @Test
    void aPartialLastLineIsNeverReturnedAndEachLineSaysWhereItStarts(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("points.csv");
        Files.writeString(f, "id,é\n0,1.5\n\n2,cut", StandardCharsets.UTF_8);
        try (CompleteLines lines = CompleteLines.of(f)) {
            assertEquals("id,é", lines.next());
            assertEquals(0, lines.start());
            assertEquals("0,1.5", lines.next());
            assertEquals(6, lines.start(), "after 'id,é' (five bytes) and its line break");
            assertEquals("", lines.next());
            assertEquals(12, lines.start());
            assertNull(lines.next(), "'2,cut' has no line break: a write cut short");
        }
    }

    @Test
    void aMissingFileHasNoLines(@TempDir Path dir) throws IOException {
        try (CompleteLines lines = CompleteLines.of(dir.resolve("points.csv"))) {
            assertNull(lines.next());
        }
    }

    @Test
    void aLineOverTheLimitIsSkippedAndOneAtTheLimitIsKept(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("points-long.csv");
        byte[] atLimit = new byte[CompleteLines.MAX_LINE];
        Arrays.fill(atLimit, (byte) 'a');
        byte[] over = new byte[CompleteLines.MAX_LINE + 1];
        Arrays.fill(over, (byte) 'b');
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(over);
            out.write('\n');
            out.write("1,ok\n".getBytes(StandardCharsets.US_ASCII));
            out.write(atLimit);
            out.write('\n');
            out.write(over);
            out.write('\n');
        }
        try (CompleteLines lines = CompleteLines.of(f)) {
            assertEquals("1,ok", lines.next());
            assertEquals(over.length + 1, lines.start());
            assertEquals(new String(atLimit, StandardCharsets.US_ASCII), lines.next());
            assertEquals(over.length + 1 + 5, lines.start());
            assertNull(lines.next());
        }
    }
}

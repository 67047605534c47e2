package org.plenary.io.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the lines of a table that end with a line break, one at a time, with the byte offset where
 * each starts: a partial last line (a write cut short) is never returned, and a table of millions of
 * rows is never held. A line longer than {@link #MAX_LINE} bytes is no row Plenary wrote: it is
 * skipped, without being held either.
 */
final class CompleteLines implements AutoCloseable {

    /** Longer lines are skipped: a row of a thousand parameters stays far below. */
    static final int MAX_LINE = 1 << 20;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int length;
    private long offset;
    private long start;

    private CompleteLines(InputStream in) {
        this.in = in;
    }

    /** The lines of {@code file}; none when it does not exist. */
    static CompleteLines of(Path file) throws IOException {
        return new CompleteLines(Files.exists(file) ? Files.newInputStream(file) : InputStream.nullInputStream());
    }

    /** The next complete line, without its line break; null at the end. */
    String next() throws IOException {
        length = 0;
        boolean tooLong = false;
        start = offset;
        int b;
        while ((b = read()) >= 0) {
            offset++;
            if (b == '\n') {
                if (tooLong) {
                    length = 0;
                    tooLong = false;
                    start = offset;
                    continue;
                }
                return new String(line, 0, length, StandardCharsets.UTF_8);
            }
            if (tooLong) {
                continue;
            }
            if (length == MAX_LINE) {
                tooLong = true;
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(MAX_LINE, 2 * line.length));
            }
            line[length++] = (byte) b;
        }
        return null;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.readNBytes(buffer, 0, buffer.length);
            position = 0;
            if (limit == 0) {
                return -1;
            }
        }
        return buffer[position++] & 0xFF;
    }

    /** The byte offset in the file where the line {@link #next} returned last starts. */
    long start() {
        return start;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

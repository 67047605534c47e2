package org.plenary.io.chart;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Opens a results file to chart as the scenario reader opens a scenario: only a regular file (a
 * symbolic link to one is fine; a device, a FIFO or a socket is refused before it is opened, since
 * {@code /dev/zero} never ends and a FIFO blocks), read through a stream that fails once it has
 * given more than a limit of bytes, whatever size the file claims. A results folder is the user's
 * and may hold anything under the names Plenary writes.
 */
final class ResultInput {

    /** Largest {@code summary.json} charted: 16 MB (a 193-delegation summary is under 1 MB). */
    static final long SUMMARY_BYTES = 16L * 1024 * 1024;
    /**
     * Largest table charted: 64 MB, e.g. a sweep of about a million points over a few parameters
     * (a table is held whole to be drawn).
     */
    static final long TABLE_BYTES = 64L * 1024 * 1024;
    /** Longest header line read to recognise a table. */
    static final int HEADER_BYTES = 1024 * 1024;

    private ResultInput() {
    }

    /**
     * A stream of {@code file}'s bytes that fails past {@code limit} bytes.
     *
     * @param kind what the file is, for messages ("simulation summaries")
     * @throws IOException naming the file and why it is refused
     */
    static InputStream open(Path file, long limit, String kind) throws IOException {
        refuseIfNotRegular(file);
        String name = file.getFileName().toString();
        return new FilterInputStream(Files.newInputStream(file)) {
            private long given;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                // one byte past the limit tells a file that is over it
                int n = super.read(buffer, offset, (int) Math.min(length, limit + 1 - given));
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long s = super.skip(Math.min(n, limit + 1 - given));
                count(s);
                return s;
            }

            private void count(long n) throws IOException {
                given += n;
                if (given > limit) {
                    throw new IOException(name + " is over the limit of " + words(limit) + " for " + kind);
                }
            }
        };
    }

    /**
     * Refuses a file that exists but is not a regular file (through symbolic links): it is never
     * opened. A missing file is left to the caller.
     */
    static void refuseIfNotRegular(Path file) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new IOException(file.getFileName() + ": no such file (or a link to nothing)");
        }
        if (a.isDirectory()) {
            throw new IOException(file.getFileName() + " is a folder, not a file");
        }
        if (!a.isRegularFile()) {
            throw new IOException(file.getFileName() + " is not a regular file (a device, a FIFO or a socket);"
                    + " results are read from files");
        }
    }

    /** "16 MB (16,777,216 bytes)". */
    static String words(long bytes) {
        return String.format(Locale.ROOT, "%d MB (%,d bytes)", bytes / (1024 * 1024), bytes);
    }
}

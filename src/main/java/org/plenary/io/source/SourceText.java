package org.plenary.io.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an untrusted input file (a scenario or a sweep specification) as UTF-8 text: only a
 * regular file (a symbolic link to one is fine), never more than a limit of bytes whatever the
 * file claims its size is, and with the line and column of the first byte that is not UTF-8.
 * Devices, FIFOs and sockets are refused before they are opened: {@code /dev/zero} never ends
 * and a FIFO blocks until someone writes to it.
 */
public final class SourceText {

    private SourceText() {
    }

    /**
     * The text of {@code file}, without a leading byte-order mark; or empty after reporting why
     * it cannot be read.
     *
     * @param kind what the file should be: its limit and its name in messages
     */
    public static Optional<String> read(Path file, SourceKind kind, Problems problems) {
        String name = Objects.toString(file.getFileName(), "").toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
            problems.error(Mark.START, ProblemPath.ROOT, "unsupported file name; a " + kind.name()
                    + " ends in .yaml, .yml or .json");
            return Optional.empty();
        }
        return bytes(file, kind, problems).flatMap(b -> decode(b, problems));
    }

    /**
     * The located tree of {@code text}, read as JSON when {@code name} ends in {@code .json} and as
     * YAML otherwise; or null after reporting why there is none.
     */
    public static SourceNode tree(String text, String name, SourceKind kind, Problems problems) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JsonTree.parse(text, kind, problems)
                : YamlTree.parse(text, kind, problems);
    }

    /**
     * The hex SHA-256 of the bytes of {@code file}, read as {@link #read} reads it (a regular file,
     * at most {@code limit} bytes); or empty after reporting why it cannot be read. For manifests,
     * which identify the input a result came from.
     */
    public static Optional<String> sha256(Path file, SourceKind kind, Problems problems) {
        return bytes(file, kind, problems).map(b -> {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        });
    }

    /** The bytes of a regular file, at most {@code limit} of them; or empty after reporting why not. */
    private static Optional<byte[]> bytes(Path file, SourceKind source, Problems problems) {
        int limit = source.maxBytes();
        String kind = source.name();
        String limitText = source.limitText();
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.isDirectory()) {
                problems.error(Mark.START, ProblemPath.ROOT, "this is a folder, not a " + kind);
                return Optional.empty();
            }
            if (!a.isRegularFile()) {
                problems.error(Mark.START, ProblemPath.ROOT, "this is not a regular file (a device, a FIFO or a"
                        + " socket); a " + kind + " is read from a file");
                return Optional.empty();
            }
            if (a.size() > limit) {
                problems.error(Mark.START, ProblemPath.ROOT, "the file is " + String.format(Locale.ROOT, "%,d", a.size())
                        + " bytes, over the limit of " + limitText + " for " + kind + "s");
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // One byte more than the limit tells a file that grew since it was measured.
                bytes = in.readNBytes(limit + 1);
            }
            if (bytes.length > limit) {
                problems.error(Mark.START, ProblemPath.ROOT, "the file is over the limit of " + limitText
                        + " for " + kind + "s");
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (NoSuchFileException e) {
            problems.error(Mark.START, ProblemPath.ROOT, Suggestions.noSuchFile(file));
        } catch (AccessDeniedException e) {
            problems.error(Mark.START, ProblemPath.ROOT, "cannot read the file: permission denied");
        } catch (IOException e) {
            problems.error(Mark.START, ProblemPath.ROOT, "cannot read the file: " + Quote.bare(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    /** The UTF-8 text of {@code bytes}, or empty after reporting where the first byte that is not UTF-8 is. */
    static Optional<String> decode(byte[] bytes, Problems problems) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            problems.error(Mark.START, ProblemPath.ROOT, "the file is UTF-16 text (it starts with a UTF-16 byte-order"
                    + " mark); save it as UTF-8");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            out.flip();
            int bad = in.position();
            problems.error(positionAfter(out), ProblemPath.ROOT, "byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF) + " is not valid UTF-8"
                    + (looksLikeLatin(bytes, bad) ? " (the file looks like Windows-1252 or Latin-1 text)" : "")
                    + "; save the file as UTF-8");
            return Optional.empty();
        }
        out.flip();
        String text = out.toString();
        // A byte-order mark is legal at the start of a UTF-8 file but is not part of the content.
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** A single high byte between ASCII bytes: an accented letter or a typographic quote of an 8-bit code page. */
    private static boolean looksLikeLatin(byte[] bytes, int at) {
        int b = bytes[at] & 0xFF;
        boolean next = at + 1 >= bytes.length || (bytes[at + 1] & 0x80) == 0;
        return b >= 0x80 && next;
    }

    /** The line and column (in characters, from 1) just after {@code text}. */
    static Mark positionAfter(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) && !(i == 0 && c == '\uFEFF')) {
                column++;
            }
        }
        return new Mark(line, column);
    }
}

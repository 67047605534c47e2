package org.plenary.io.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Writes a result file under a temporary name in the same folder and moves it into place, so an
 * interrupted run never leaves a half-written file under the real name.
 *
 * <p>Only a regular file is ever replaced. A device, a FIFO or a link under {@code /dev} (such as
 * {@code /dev/stdout}) is written into as a stream (appended to), never replaced; a symbolic link is
 * followed and the file it points to replaced, the link kept. A folder is refused. Every failure
 * names the target as given, never the temporary file.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically, creating parent folders. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target} atomically, creating parent folders. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Produces a file's bytes, streamed: a table too large to hold in memory is written as it is read. */
    @FunctionalInterface
    public interface Content {
        /** Writes the file's bytes to {@code out} (buffered by the caller). */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes what {@code content} produces to {@code target} atomically, creating parent folders. */
    public static void write(Path target, Content content) throws IOException {
        if (stream(target)) {
            OutputStream out;
            try {
                // appending: a descriptor the shell opened with >> keeps what it holds
                out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND), 1 << 16);
            } catch (IOException e) {
                throw OutputException.failed(target, e, true);
            }
            try (out) {
                content.writeTo(out);
            } catch (IOException e) {
                throw OutputException.failed(target, e, false);
            }
            return;
        }
        Path real = check(target);
        Path dir = real.getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            clean(dir, real.getFileName().toString());
            tmp = scratch(real);
        } catch (IOException e) {
            throw OutputException.failed(target, e, true);
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            Permissions.shareable(tmp);
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw OutputException.failed(target, e, false);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new empty temporary file beside {@code real}, named as this class names its temporary files
     * ({@code .NAME.plenary-PID-….tmp}), so that one a killed process left is deleted by the next
     * write of {@code real}. The caller deletes it.
     */
    public static Path scratch(Path real) throws IOException {
        return Files.createTempFile(real.getParent(), "." + real.getFileName() + ".plenary-"
                + ProcessHandle.current().pid() + "-", ".tmp");
    }

    /**
     * As {@link #check(Path)}, and refuses the file being read as the input: a result never
     * replaces its own scenario.
     */
    public static Path check(Path target, Path input) throws IOException {
        Path real = check(target);
        if (Files.exists(real) && Files.exists(input) && Files.isSameFile(real, input)) {
            throw OutputException.refused(target, "the input file itself; nothing written");
        }
        return real;
    }

    /**
     * Checks that {@code target} can be written as a file, before any work is done: the real file
     * it names (through symbolic links), or itself when it is a device or FIFO.
     *
     * @throws OutputException when it is a folder, a link to nothing, or below a file
     */
    public static Path check(Path target) throws IOException {
        if (stream(target)) {
            return target;
        }
        Path real = Ownership.real(target);
        if (Files.isDirectory(real)) {
            throw OutputException.refused(target, "a folder, not a file; nothing written");
        }
        for (Path p = real.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw OutputException.refused(target, p + " is a file, not a folder; nothing written");
                }
                probe(target, p);
                break;
            }
        }
        return real;
    }

    /**
     * Creates and deletes a temporary file in {@code dir}, the folder that will hold the target (or
     * its nearest existing ancestor): a place that cannot hold files (read-only, {@code /proc}, no
     * permission) is refused before the work rather than after it.
     */
    private static void probe(Path target, Path dir) throws IOException {
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, ".probe.plenary-" + ProcessHandle.current().pid() + "-", ".tmp");
        } catch (IOException e) {
            throw OutputException.failed(target, e, true);
        }
        Files.deleteIfExists(tmp);
    }

    /** Whether {@code target} is written as a stream: an existing device, FIFO or socket, or a link under /dev. */
    private static boolean stream(Path target) throws IOException {
        Optional<BasicFileAttributes> a = attributes(target);
        if (a.isEmpty()) {
            return false;
        }
        // /dev/stdout and /dev/fd/N lead through /proc to whatever the descriptor is, even a regular file
        return a.get().isOther() || !a.get().isDirectory() && Files.isSymbolicLink(target)
                && target.toAbsolutePath().normalize().startsWith("/dev");
    }

    private static Optional<BasicFileAttributes> attributes(Path p) throws IOException {
        try {
            return Optional.of(Files.readAttributes(p, BasicFileAttributes.class));
        } catch (IOException e) {
            // missing, a link to nothing, or below a file: not a stream; check() says which
            return Optional.empty();
        }
    }

    /** Deletes temporary files of {@code name} left in {@code dir} by Plenary processes no longer running. */
    private static void clean(Path dir, String name) {
        String prefix = "." + name + ".plenary-";
        try (var entries = Files.newDirectoryStream(dir, e -> e.getFileName().toString().startsWith(prefix))) {
            for (Path e : entries) {
                Optional<Long> pid = Ownership.owner(e.getFileName().toString());
                if (pid.isPresent() && !Ownership.alive(pid.get()) && Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(e);
                }
            }
        } catch (IOException e) {
            // cleaning is a courtesy: what cannot be listed or deleted stays
        }
    }
}

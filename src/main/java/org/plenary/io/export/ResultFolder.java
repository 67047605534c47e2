package org.plenary.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A results folder built under a temporary sibling name and moved into place in one step, so an
 * interrupted command (Ctrl-C, a crash) leaves either the previous folder or the complete new one,
 * never a half-written one. Until {@link #commit()} the staging folder is deleted by a shutdown hook;
 * one left by a killed process carries that process's id and is deleted by the next command that
 * writes beside it once the process is gone.
 *
 * <p>Only a folder that is recognisably Plenary's own is ever replaced or written into: a new or
 * empty folder, or one whose manifest says Plenary made it and that holds nothing but the files
 * Plenary writes. The current folder and every folder above it are refused, whatever they hold,
 * and so is a file. {@code force} admits a folder of Plenary's files without a manifest, nothing
 * more.
 */
public final class ResultFolder implements AutoCloseable {

    /** What a folder written in place holds. */
    public enum Contents {
        /** Tables and manifests of simulate, sweep or sensitivity. */
        RESULTS,
        /** Chart images and their manifest. */
        CHARTS
    }

    private static final ObjectMapper MARK = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path shown;
    private final Path target;
    private final Path staging;
    private final Thread cleanup;
    private boolean committed;

    private ResultFolder(Path shown, Path target) throws IOException {
        this.shown = shown;
        this.target = target;
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw OutputException.failed(shown, e, true);
        }
        Ownership.cleanStale(parent);
        long pid = ProcessHandle.current().pid();
        try {
            this.staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".plenary-staging-" + pid + "-");
            Files.writeString(staging.resolve(Ownership.STAGING_MARKER), "plenary.staging/1 pid=" + pid + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw OutputException.failed(shown, e, true);
        }
        this.cleanup = new Thread(this::discard, "plenary-discard-partial-results");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Starts a folder that will replace {@code target} on commit, if Plenary may replace it. */
    public static ResultFolder stage(Path target) throws IOException {
        return stage(target, false);
    }

    /**
     * Starts a folder that will replace {@code target} on commit.
     *
     * @param force also replace a folder of Plenary's files that no manifest marks as such
     * @throws OutputException when {@code target} may not be replaced (nothing is written)
     */
    public static ResultFolder stage(Path target, boolean force) throws IOException {
        return new ResultFolder(target, check(target, force, Contents.RESULTS));
    }

    /**
     * Readies {@code target} for a command that writes its files in place (sweep, sensitivity,
     * chart): checks it may be written into, creates it and removes what killed processes left in
     * it. Earlier results stay until the caller replaces or {@link #clear}s them.
     *
     * @return the folder's real location, to write into
     * @throws OutputException when {@code target} may not be written into (nothing is written)
     */
    public static Path claim(Path target, boolean force, Contents contents) throws IOException {
        Path real = check(target, force, contents);
        try {
            Files.createDirectories(real);
        } catch (IOException e) {
            throw OutputException.failed(target, e, true);
        }
        Ownership.cleanStale(real);
        return real;
    }

    /** Deletes the results Plenary wrote in {@code folder} (from {@link #claim}); leaves anything else. */
    public static void clear(Path folder) throws IOException {
        Ownership.deleteOwn(folder, false);
    }

    /**
     * The real location of {@code target} if Plenary may write results there.
     *
     * @throws OutputException naming {@code target} and why not
     */
    public static Path check(Path target, boolean force, Contents contents) throws IOException {
        Path real = Ownership.real(target);
        Ownership.refuseCurrentOrAbove(target, real);
        Ownership.Inspection found = Ownership.inspect(real);
        switch (found.kind()) {
            case ABSENT, EMPTY -> {
                return real;
            }
            case FILE -> throw OutputException.refused(target, "a file, not a folder; nothing written");
            case RESULTS -> {
                if (contents == Contents.CHARTS) {
                    throw OutputException.refused(target, "a Plenary results folder (" + found.detail()
                            + "); charts go into a folder of their own; nothing written");
                }
                return real;
            }
            case CHARTS -> {
                return real;
            }
            case UNMARKED -> {
                if (!force) {
                    throw OutputException.refused(target, "holds only files Plenary writes, but no manifest.json says "
                            + "they are Plenary's; --force replaces it; nothing written");
                }
                return real;
            }
            default -> throw OutputException.refused(target, "not a Plenary results folder (it holds '"
                    + found.detail() + "'); nothing written: name a new or empty folder");
        }
    }

    /** Where to write file {@code name} before the commit. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** The names of the files written so far, sorted (for the manifest's list). */
    public List<String> files() throws IOException {
        return Ownership.list(staging).stream().map(p -> p.getFileName().toString())
                .filter(n -> !n.equals(Ownership.STAGING_MARKER)).toList();
    }

    /**
     * Writes a {@code manifest.json} that marks the folder as Plenary's, for commands without a
     * fuller manifest: {@code format}, {@code command}, {@code plenaryVersion} and the {@code files}
     * written so far. Call it last, before {@link #commit()}.
     */
    public void mark(String format, String command, String version) throws IOException {
        ObjectNode root = MARK.createObjectNode();
        root.put("format", format);
        root.put("command", command);
        root.put("plenaryVersion", version);
        ArrayNode list = root.putArray("files");
        files().forEach(list::add);
        Files.writeString(file(Ownership.MANIFEST), MARK.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** The final location, as named. */
    public Path target() {
        return shown;
    }

    /**
     * Moves the staged folder into place, replacing an earlier folder of the same name if that is
     * still Plenary's own (it is checked again: files may have been added meanwhile).
     */
    public void commit() throws IOException {
        try {
            Permissions.shareable(staging);
            for (Path f : Ownership.list(staging)) {
                Permissions.shareable(f);
            }
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                check(shown, true, Contents.RESULTS);
                old = target.resolveSibling("." + target.getFileName() + ".plenary-old-" + ProcessHandle.current().pid()
                        + "-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
            committed = true;
            Files.deleteIfExists(target.resolve(Ownership.STAGING_MARKER));
            if (old != null) {
                Ownership.deleteOwn(old, true);
            }
        } catch (IOException e) {
            throw OutputException.failed(shown, e, false);
        }
        removeHook();
    }

    /** Discards the staged files unless committed. */
    @Override
    public void close() {
        if (!committed) {
            discard();
        }
        removeHook();
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs and finds nothing to do
        }
    }

    private void discard() {
        if (!committed) {
            try {
                Ownership.deleteStaging(staging);
            } catch (IOException e) {
                // left for the next command's clean-up of stale staging folders
            }
        }
    }
}

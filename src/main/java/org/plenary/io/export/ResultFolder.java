package org.plenary.io.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder built under a temporary sibling name and moved into place in one step, so an
 * interrupted command (Ctrl-C, a crash) leaves either the previous folder or the complete new one,
 * never a half-written one. Until {@link #commit()} the staging folder is deleted by a shutdown hook.
 */
public final class ResultFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final Thread cleanup;
    private boolean committed;

    private ResultFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".");
        this.cleanup = new Thread(this::discard, "plenary-discard-partial-results");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Starts a folder that will replace {@code target} on commit. */
    public static ResultFolder stage(Path target) throws IOException {
        return new ResultFolder(target);
    }

    /** Where to write file {@code name} before the commit. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** The final location. */
    public Path target() {
        return target;
    }

    /** Moves the staged folder into place, replacing an earlier folder of the same name. */
    public void commit() throws IOException {
        Permissions.shareable(staging);
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.toList()) {
                Permissions.shareable(f);
            }
        }
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target);
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
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
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

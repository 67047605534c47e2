package org.plenary.io.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * An output that cannot be written, described in one line that names the target as the user gave
 * it (never a temporary name). {@link #badTarget()} tells a target the user must change (a folder
 * of their own files, a folder named as a file, a place that cannot hold files: bad input) from a
 * failure while writing (a full disk).
 */
public final class OutputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean badTarget;

    private OutputException(String message, boolean badTarget, Throwable cause) {
        super(message, cause);
        this.badTarget = badTarget;
    }

    /** The target cannot be used, for the reason given; nothing was written. */
    public static OutputException refused(Path target, String reason) {
        return new OutputException(target + ": " + reason, true, null);
    }

    /** Creating or writing under {@code target} failed; {@code opening} when it failed before any byte was written. */
    public static OutputException failed(Path target, IOException cause, boolean opening) {
        if (cause instanceof OutputException o) {
            return o;
        }
        return new OutputException(target + ": cannot write: " + reason(cause), opening, cause);
    }

    /** Whether the user named a target that cannot take the results (exit 2), rather than a failure while writing. */
    public boolean badTarget() {
        return badTarget;
    }

    /** The cause in words, without the file names of temporary files. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a file stands where a folder is needed";
        }
        if (e instanceof FileAlreadyExistsException x) {
            return x.getFile() != null ? x.getFile() + " is a file, not a folder" : "a file is in the way";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? lower(f.getReason()) : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? lower(e.getMessage()) : e.getClass().getSimpleName();
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}

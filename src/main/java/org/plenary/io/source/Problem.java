package org.plenary.io.source;

import java.util.Objects;

/**
 * One thing wrong (or suspicious) in an input file (a scenario, a sweep specification), located
 * precisely enough for an editor to jump to it.
 *
 * @param file     the file as the caller named it
 * @param line     1-based line
 * @param column   1-based column
 * @param path     field path such as {@code delegations.USA.clauses.legal-nature.salience},
 *                 or {@code $} for the whole file
 * @param message  what is wrong and what would be valid
 * @param severity whether the file can still be used
 */
public record Problem(String file, int line, int column, String path, String message, Severity severity) {

    /** Whether a problem stops the file from loading. */
    public enum Severity {
        /** The file cannot be used. */
        ERROR,
        /** The file loads, but probably does not say what its author meant. */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** Whether this problem stops the file from loading. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem attributed to another file name (e.g. a path relative to a folder). */
    public Problem withFile(String otherFile) {
        return new Problem(otherFile, line, column, path, message, severity);
    }

    /**
     * The problem as one line in the compiler-like format editors understand:
     * {@code file:line:column: path: message}, with {@code warning: } before a warning's message.
     */
    public String render() {
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return file + ":" + line + ":" + column + ": " + path + ": " + prefix + message;
    }

    @Override
    public String toString() {
        return render();
    }
}

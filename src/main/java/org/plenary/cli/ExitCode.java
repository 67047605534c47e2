package org.plenary.cli;

/** The exit codes of every command, in one place (also listed in the README and in --help). */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** A fault of Plenary itself (a bug, or an I/O failure while writing results). */
    public static final int INTERNAL = 1;
    /** Bad input: invalid command line, unreadable or invalid scenario. Nothing was written. */
    public static final int INPUT = 2;

    private ExitCode() {
    }
}

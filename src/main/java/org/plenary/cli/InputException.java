package org.plenary.cli;

import java.util.List;

/**
 * Bad input the user can fix: carries the lines to print (one problem each) and exit code 2.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> lines;

    /** An input problem described by one or more lines. */
    public InputException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    /** An input problem described by one line. */
    public InputException(String line) {
        this(List.of(line));
    }

    /** The lines to print on stderr. */
    public List<String> lines() {
        return lines;
    }
}

package org.plenary.io.source;

/** A 1-based line and column in an input file. */
public record Mark(int line, int column) {

    /** Where whole-file problems are reported. */
    public static final Mark START = new Mark(1, 1);
}

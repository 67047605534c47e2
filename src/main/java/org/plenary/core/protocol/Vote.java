package org.plenary.core.protocol;

import java.util.Locale;

/** A ballot in a recorded vote. Abstentions are not votes cast: the threshold counts yes over yes + no. */
public enum Vote {
    /** For the text. */
    YES,
    /** Against the text (for the status quo). */
    NO,
    /** Neither: the text and the status quo are about the same to it. */
    ABSTAIN;

    /** The lower-case word, as the outputs and messages write it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ballot written as {@link #word()}. */
    public static Vote ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}

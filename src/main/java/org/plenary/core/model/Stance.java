package org.plenary.core.model;

/**
 * A delegation's preferences on one clause.
 *
 * @param position  its ideal point, 0–100
 * @param salience  how much the clause matters to it, 0–1
 * @param redLine   positions it can ever accept, or {@code null} for none
 * @param rationale why, in words (may be empty)
 * @param source    id of the scenario source the numbers rest on (may be empty)
 */
public record Stance(double position, double salience, RedLine redLine, String rationale, String source) {

    /** A stance with no red line, rationale or source. */
    public static Stance of(double position, double salience) {
        return new Stance(position, salience, null, "", "");
    }
}

package org.plenary.core.explain;

/**
 * A delegation's answer measured against what it needed.
 *
 * @param delegationId who
 * @param utility      U_i of the draft
 * @param aspiration   a_i(t) (the BATNA in the last round)
 */
public record Margin(String delegationId, double utility, double aspiration) {

    /** U − a: positive when it could accept (red lines aside). */
    public double margin() {
        return utility - aspiration;
    }
}

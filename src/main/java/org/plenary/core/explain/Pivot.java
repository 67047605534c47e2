package org.plenary.core.explain;

/**
 * A delegation whose answer decided the outcome.
 *
 * @param delegationId who
 * @param role         why it is pivotal
 * @param margin       U − a at the deciding round (U − BATNA in the last round); for a vote, the votes it
 *                     would have to switch (negative: it could switch that many and still not change it)
 */
public record Pivot(String delegationId, Role role, double margin) {

    /** Why a delegation is pivotal. */
    public enum Role {
        /** Accepted last, with the smallest margin: the consensus hung on it. */
        LAST_TO_ACCEPT,
        /** Did not accept the final text: it alone (or with others) stands in the way. */
        BLOCKER,
        /** Refused because a red line is crossed. */
        RED_LINE,
        /** Its yes votes were needed to reach the threshold. */
        NEEDED_YES,
        /** Switching its no votes to yes would have reached the threshold. */
        DECISIVE_NO
    }
}

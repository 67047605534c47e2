package org.plenary.core.explain;

import java.util.List;

/**
 * How the chair moved one clause between two rounds.
 *
 * @param clauseId    the clause
 * @param from        position in the draft answered
 * @param to          position in the next draft
 * @param pulls       each objector's share of the λ step, largest in size first (their sum is the step)
 * @param unexplained the part of the move the λ step does not account for (other rules of the chair);
 *                    0 under the mediated-text step alone
 */
public record ClauseMove(String clauseId, double from, double to, List<Pull> pulls, double unexplained) {

    public ClauseMove {
        pulls = List.copyOf(pulls);
    }

    /** to − from. */
    public double change() {
        return to - from;
    }
}

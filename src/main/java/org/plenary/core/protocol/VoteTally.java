package org.plenary.core.protocol;

import java.util.List;

/**
 * The count of a recorded vote. Abstentions are not votes cast.
 *
 * @param yes       votes in favour
 * @param no        votes against
 * @param abstain   abstentions
 * @param threshold share of yes over yes + no needed
 * @param calledBy  ids of the delegations that called the vote; empty when the rounds ran out
 */
public record VoteTally(int yes, int no, int abstain, double threshold, List<String> calledBy) {

    public VoteTally {
        calledBy = List.copyOf(calledBy);
    }

    /** A vote at the end of the rounds, without abstentions. */
    public VoteTally(int yes, int no, double threshold) {
        this(yes, no, 0, threshold, List.of());
    }

    /** Share of votes cast (yes + no) in favour (0 when nobody voted yes or no). */
    public double share() {
        int cast = yes + no;
        return cast == 0 ? 0 : (double) yes / cast;
    }
}

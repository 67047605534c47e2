package org.plenary.core.protocol;

/**
 * The count of a closing vote.
 *
 * @param yes       votes in favour
 * @param no        votes against
 * @param threshold share of votes cast needed
 */
public record VoteTally(int yes, int no, double threshold) {

    /** Share of votes cast in favour (0 when nobody voted). */
    public double share() {
        int cast = yes + no;
        return cast == 0 ? 0 : (double) yes / cast;
    }
}

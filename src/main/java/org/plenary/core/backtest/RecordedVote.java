package org.plenary.core.backtest;

/**
 * The count of a recorded vote.
 *
 * @param yes     votes in favour
 * @param no      votes against
 * @param abstain abstentions (members present who did not vote yes or no)
 */
public record RecordedVote(int yes, int no, int abstain) {

    public RecordedVote {
        if (yes < 0 || no < 0 || abstain < 0) {
            throw new IllegalArgumentException("vote counts are never negative: " + yes + "-" + no + "-" + abstain);
        }
    }
}

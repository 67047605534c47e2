package org.plenary.core.backtest;

/**
 * The modelled closing vote beside the recorded one.
 *
 * @param observed   the recorded vote
 * @param votedShare share of runs that ended in a vote
 * @param medianYes  median yes votes over the runs that voted (NaN when none did)
 * @param medianNo   median no votes over those runs
 */
public record VoteScore(RecordedVote observed, double votedShare, double medianYes, double medianNo) {

    /**
     * Vote-count error |yes − yes_obs| + |no − no_obs|, in votes. The protocol has no abstentions
     * and every delegation votes, so absent members count as votes too; NaN when no run voted.
     */
    public double countError() {
        return Math.abs(medianYes - observed.yes()) + Math.abs(medianNo - observed.no());
    }

    /** |yes share − observed yes share| of the votes cast yes or no; NaN when no run voted. */
    public double shareError() {
        double observedShare = (double) observed.yes() / (observed.yes() + observed.no());
        return Math.abs(medianYes / (medianYes + medianNo) - observedShare);
    }
}

package org.plenary.experiment.montecarlo;

import java.util.List;

import org.plenary.core.stats.MeanEstimate;
import org.plenary.core.stats.Proportion;

/**
 * The statistics of a Monte Carlo experiment.
 *
 * @param runs          number of runs
 * @param seed          seed used
 * @param consensus     P(consensus) with its 95% Wilson interval
 * @param adoptedByVote P(adopted by vote)
 * @param noAgreement   P(no agreement)
 * @param clauses       per clause, in the scenario's order
 * @param delegations   per negotiating delegation, sorted by id
 * @param roundsCounts  roundsCounts.get(r) = runs that used r rounds (index 0 is always 0)
 * @param rounds        rounds used: mean with interval
 * @param consensusWithReservations P(consensus with reservations)
 * @param chairSummary  P(chair's summary) (chair-summary forum)
 * @param lastRound     among runs closed by consensus (with or without reservations), the share closed
 *                      in the protocol's last round, when every aspiration has fallen to its floor
 * @param fragile       share of runs whose adopted text some accepting delegation accepts by a small margin
 */
public record MonteCarloResult(long runs, long seed, Proportion consensus, Proportion adoptedByVote,
                               Proportion noAgreement, List<ClauseStats> clauses, List<DelegationStats> delegations,
                               List<Long> roundsCounts, MeanEstimate rounds, Proportion consensusWithReservations,
                               Proportion chairSummary, Proportion lastRound, Proportion fragile) {

    public MonteCarloResult {
        clauses = List.copyOf(clauses);
        delegations = List.copyOf(delegations);
        roundsCounts = List.copyOf(roundsCounts);
    }
}

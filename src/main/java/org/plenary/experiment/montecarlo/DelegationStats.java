package org.plenary.experiment.montecarlo;

import org.plenary.core.stats.MeanEstimate;
import org.plenary.core.stats.Proportion;

/**
 * How a delegation fares over all runs.
 *
 * @param delegationId the delegation
 * @param blocker      share of runs in which it did not accept the last draft (never at consensus)
 * @param gain         utility of the adopted text minus its BATNA (0 in runs that adopt nothing)
 * @param margin       utility of the final text minus its BATNA, adopted or not
 * @param reservation  share of runs in which it joined the consensus with reservations
 * @param callsVote    share of runs in which it called the vote that closed the run
 * @param smallMargin  share of runs in which it accepted an adopted text by a margin below
 *                     {@link org.plenary.core.protocol.Fragility#SMALL_MARGIN}
 */
public record DelegationStats(String delegationId, Proportion blocker, MeanEstimate gain, MeanEstimate margin,
                              Proportion reservation, Proportion callsVote, Proportion smallMargin) {
}

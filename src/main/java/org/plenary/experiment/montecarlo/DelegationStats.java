package org.plenary.experiment.montecarlo;

import org.plenary.core.stats.MeanEstimate;
import org.plenary.core.stats.Proportion;

/**
 * How a delegation fares over all runs.
 *
 * @param delegationId the delegation
 * @param blocker      share of runs in which it did not accept the last draft (never at consensus)
 * @param gain         utility of the adopted text minus its BATNA (0 in runs that adopt nothing)
 */
public record DelegationStats(String delegationId, Proportion blocker, MeanEstimate gain) {
}

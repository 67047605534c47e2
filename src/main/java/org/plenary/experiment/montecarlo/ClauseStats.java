package org.plenary.experiment.montecarlo;

import org.plenary.core.stats.Proportion;

/**
 * How a clause fares over the runs that adopted a text.
 *
 * @param clauseId  the clause
 * @param inText    share of all runs in which an adopted text contains the clause (not dropped): "in text"
 * @param mean      mean final position over those runs (NaN when none)
 * @param sd        standard deviation of that position
 * @param p5        5% quantile (positions rounded to 0.1)
 * @param p50       median
 * @param p95       95% quantile
 */
public record ClauseStats(String clauseId, Proportion inText, double mean, double sd, double p5, double p50,
                          double p95) {
}

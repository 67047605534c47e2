package org.plenary.core.stats;

/**
 * An estimated probability with its confidence interval.
 *
 * @param successes runs in which the event happened
 * @param trials    runs
 * @param estimate  successes / trials (NaN without trials)
 * @param lower     lower bound of the interval
 * @param upper     upper bound of the interval
 * @param level     confidence level of the interval, e.g. 0.95
 */
public record Proportion(long successes, long trials, double estimate, double lower, double upper, double level) {
}

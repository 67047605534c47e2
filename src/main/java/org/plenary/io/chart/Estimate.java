package org.plenary.io.chart;

/**
 * A labelled estimate with its interval, e.g. P(consensus) with its 95% Wilson interval.
 *
 * @param label what is estimated, as shown on the axis
 * @param value the estimate
 * @param lower lower end of the interval (NaN when unknown)
 * @param upper upper end of the interval (NaN when unknown)
 */
public record Estimate(String label, double value, double lower, double upper) {
}

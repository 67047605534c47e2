package org.plenary.io.chart;

/**
 * The distribution of a clause's final position over the runs that adopted a text.
 *
 * @param clause   clause id
 * @param mean     mean position (NaN when no run adopted the clause)
 * @param p5       5% quantile
 * @param p50      median
 * @param p95      95% quantile
 * @param survives share of runs whose adopted text contains the clause
 */
public record Spread(String clause, double mean, double p5, double p50, double p95, double survives) {
}

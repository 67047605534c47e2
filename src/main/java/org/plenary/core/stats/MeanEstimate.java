package org.plenary.core.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A sample mean with its Student-t confidence interval.
 *
 * @param mean  sample mean (NaN without observations)
 * @param sd    sample standard deviation (NaN, undefined, with fewer than two observations)
 * @param n     number of observations
 * @param lower lower bound of the interval (NaN with fewer than two observations)
 * @param upper upper bound of the interval (NaN with fewer than two observations)
 * @param level confidence level
 */
public record MeanEstimate(double mean, double sd, long n, double lower, double upper, double level) {

    /**
     * The estimate from a sum and a sum of squares of deviations from {@code shift}, accumulated as
     * Σ(x − shift) and Σ(x − shift)² (a shift near the mean keeps the variance numerically sound).
     */
    public static MeanEstimate of(double sum, double sumSquares, double shift, long n, double level) {
        if (n == 0) {
            return new MeanEstimate(Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, level);
        }
        double meanDev = sum / n;
        double mean = shift + meanDev;
        if (n == 1) {
            // One observation says nothing about spread: the sd (divisor n − 1) and the t interval
            // (n − 1 degrees of freedom) are undefined, not zero.
            return new MeanEstimate(mean, Double.NaN, 1, Double.NaN, Double.NaN, level);
        }
        double var = Math.max(0, (sumSquares - n * meanDev * meanDev) / (n - 1));
        double sd = Math.sqrt(var);
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        double half = t * sd / Math.sqrt(n);
        return new MeanEstimate(mean, sd, n, mean - half, mean + half, level);
    }
}

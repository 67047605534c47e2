package org.plenary.core.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927): with p̂ = x/n and z the
 * standard normal quantile of 1 − (1 − level)/2,
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z·sqrt(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n).
 *
 * <p>Unlike the normal (Wald) interval it stays inside [0, 1] and is sensible at x = 0 or x = n.
 * The quantile z is computed once per instance, so intervals are cheap to compute in a loop.
 */
public final class WilsonInterval {

    /** The usual 95% interval. */
    public static final WilsonInterval NINETY_FIVE = new WilsonInterval(0.95);

    private final double level;
    private final double z;

    /** An interval of confidence {@code level}, in (0, 1). */
    public WilsonInterval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        this.level = level;
        this.z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** The estimate and interval for {@code successes} out of {@code trials}. */
    public Proportion of(long successes, long trials) {
        if (trials <= 0) {
            return new Proportion(successes, trials, Double.NaN, 0, 1, level);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;
        // At x = 0 (x = n) the lower (upper) bound is exactly 0 (1) algebraically; the floating-point
        // difference centre − half leaves a residue such as 2.17e-19, so the extremes are set exactly.
        double lower = successes == 0 ? 0 : Math.max(0, centre - half);
        double upper = successes == trials ? 1 : Math.min(1, centre + half);
        return new Proportion(successes, trials, p, lower, upper, level);
    }

    /** The normal quantile z used. */
    public double z() {
        return z;
    }
}

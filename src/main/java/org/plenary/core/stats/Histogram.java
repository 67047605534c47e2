package org.plenary.core.stats;

/**
 * Counts of values on a fixed grid of {@code bins} equal steps from {@code min} to {@code max}
 * inclusive (value v goes to the bin of round((v − min)/step)). Memory is fixed whatever the number
 * of observations, and merging two histograms is exact and order-free, so Monte Carlo statistics do
 * not depend on how runs were split between threads.
 *
 * <p>Quantiles are exact for the values rounded to the grid: the q-quantile is the smallest grid
 * value v with F(v) ≥ q (the inverse of the empirical distribution function, Hyndman–Fan type 1).
 */
public final class Histogram {

    private final double min;
    private final double max;
    private final double step;
    private final long[] counts;
    private long total;

    /** A histogram with grid points min, min + step, …, max. */
    public Histogram(double min, double max, int points) {
        this.min = min;
        this.max = max;
        this.step = (max - min) / (points - 1);
        this.counts = new long[points];
    }

    /** Records one value (clamped to the grid's ends). */
    public void add(double v) {
        int b = (int) Math.round((v - min) / step);
        if (b < 0) {
            b = 0;
        } else if (b >= counts.length) {
            b = counts.length - 1;
        }
        counts[b]++;
        total++;
    }

    /** Adds every count of {@code other} (same grid). */
    public void merge(Histogram other) {
        for (int b = 0; b < counts.length; b++) {
            counts[b] += other.counts[b];
        }
        total += other.total;
    }

    /** Number of grid points (bins). */
    public int bins() {
        return counts.length;
    }

    /** Values recorded in bin {@code b}. */
    public long count(int b) {
        return counts[b];
    }

    /**
     * Adds {@code n} ≥ 0 values to bin {@code b}: how a histogram counted elsewhere (another
     * process's share of the runs) is rebuilt from its counts.
     */
    public void addCount(int b, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + n);
        }
        counts[b] += n;
        total += n;
    }

    /** Number of values recorded. */
    public long total() {
        return total;
    }

    /** The q-quantile of the recorded values on the grid; NaN when empty. */
    public double quantile(double q) {
        if (total == 0) {
            return Double.NaN;
        }
        double need = q * total;
        long cumulative = 0;
        for (int b = 0; b < counts.length; b++) {
            cumulative += counts[b];
            if (cumulative >= need && cumulative > 0) {
                return gridValue(b);
            }
        }
        return max;
    }

    /**
     * Grid point b as the double nearest to min + b·(max − min)/(points − 1). Computed as one
     * weighted sum divided once, not as min + b·step: 338 × 0.1 is 33.800000000000004 in binary
     * floating point, while 338 × 100 / 1000 is the double that prints as 33.8.
     */
    private double gridValue(int b) {
        int intervals = counts.length - 1;
        return (min * (intervals - b) + max * b) / intervals;
    }
}

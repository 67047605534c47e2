package org.plenary.experiment.sweep;

import java.util.SplittableRandom;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/** How the points of a sweep are chosen. */
public enum Design {
    /** Every combination of the parameters' grid values (full factorial), the last parameter varying fastest. */
    GRID,
    /** Independent uniform points; point p's coordinates depend on (seed, p) alone. */
    RANDOM,
    /**
     * Latin hypercube: in each coordinate the n points fall one in each of n equal strata, in a
     * random order, at a random place in their stratum (McKay, Beckman &amp; Conover 1979).
     */
    LHS,
    /**
     * The Sobol low-discrepancy sequence (Commons Math {@code SobolSequenceGenerator}, Joe–Kuo
     * direction numbers) without its first point, the origin. Needs no seed.
     */
    SOBOL;

    /**
     * {@code n} points of the unit hypercube [0, 1)^d (not for {@link #GRID}, whose points come from the
     * parameters' grids).
     */
    public double[][] unitPoints(int d, int n, long seed) {
        double[][] u = new double[n][d];
        switch (this) {
            case RANDOM -> {
                for (int p = 0; p < n; p++) {
                    SplittableRandom r = new SplittableRandom(SweepPlan.mix(seed, p));
                    for (int k = 0; k < d; k++) {
                        u[p][k] = r.nextDouble();
                    }
                }
            }
            case LHS -> {
                SplittableRandom r = new SplittableRandom(SweepPlan.mix(seed, -1));
                int[] strata = new int[n];
                for (int k = 0; k < d; k++) {
                    for (int p = 0; p < n; p++) {
                        strata[p] = p;
                    }
                    for (int p = n - 1; p > 0; p--) {
                        int q = r.nextInt(p + 1);
                        int t = strata[p];
                        strata[p] = strata[q];
                        strata[q] = t;
                    }
                    for (int p = 0; p < n; p++) {
                        u[p][k] = (strata[p] + r.nextDouble()) / n;
                    }
                }
            }
            case SOBOL -> {
                if (d > 0) {
                    SobolSequenceGenerator sobol = new SobolSequenceGenerator(d);
                    sobol.nextVector(); // the origin
                    for (int p = 0; p < n; p++) {
                        u[p] = sobol.nextVector();
                    }
                }
            }
            case GRID -> throw new IllegalStateException("a grid's points come from its parameters' grid values");
        }
        return u;
    }
}

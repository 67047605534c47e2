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
     * random order, at a random place in their stratum (McKay, Beckman &amp; Conover 1979). Its
     * coordinates are drawn together and held in memory, so it is limited to
     * {@link #LHS_MAX_COORDINATES} coordinates.
     */
    LHS,
    /**
     * The Sobol low-discrepancy sequence (Commons Math {@code SobolSequenceGenerator}, Joe–Kuo
     * direction numbers) without its first point, the origin. Needs no seed.
     */
    SOBOL;

    /**
     * Most coordinates (points × parameters) of a Latin hypercube: 8 bytes each, 32 MB in all. The
     * other designs compute each point when it is needed and hold none.
     */
    public static final int LHS_MAX_COORDINATES = 4_000_000;

    /** The points of a design in the unit hypercube, each computed when asked for. */
    @FunctionalInterface
    public interface UnitPoints {
        /** Point {@code p} (0-based), a fresh array of coordinates in [0, 1). */
        double[] at(int p);
    }

    /**
     * {@code n} points of the unit hypercube [0, 1)^d (not for {@link #GRID}, whose points come from the
     * parameters' grids). Random and Sobol points are computed one at a time when asked for, so a
     * design of millions of points costs no memory; a Latin hypercube is drawn here, whole.
     *
     * @throws IllegalArgumentException for a Latin hypercube of more than {@link #LHS_MAX_COORDINATES} coordinates
     */
    public UnitPoints unitPoints(int d, int n, long seed) {
        return switch (this) {
            case RANDOM -> p -> {
                SplittableRandom r = new SplittableRandom(SweepPlan.mix(seed, p));
                double[] u = new double[d];
                for (int k = 0; k < d; k++) {
                    u[k] = r.nextDouble();
                }
                return u;
            };
            case LHS -> latinHypercube(d, n, seed);
            case SOBOL -> {
                if (d == 0) {
                    yield p -> new double[0];
                }
                // Point p is element p + 1 of the sequence (the origin is element 0). skipTo computes
                // an element from its index by the same Gray-code sums as stepping through the
                // sequence, so the points are those of stepping, without the steps.
                SobolSequenceGenerator sobol = new SobolSequenceGenerator(d);
                yield p -> {
                    synchronized (sobol) {
                        return sobol.skipTo(p + 1);
                    }
                };
            }
            case GRID -> throw new IllegalStateException("a grid's points come from its parameters' grid values");
        };
    }

    private static UnitPoints latinHypercube(int d, int n, long seed) {
        if ((long) n * d > LHS_MAX_COORDINATES) {
            throw new IllegalArgumentException("a Latin hypercube of " + n + " points × " + d
                    + " parameters has more than " + LHS_MAX_COORDINATES + " coordinates");
        }
        double[] u = new double[n * d];
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
                u[p * d + k] = (strata[p] + r.nextDouble()) / n;
            }
        }
        return p -> java.util.Arrays.copyOfRange(u, p * d, p * d + d);
    }
}

package org.plenary.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

import org.plenary.experiment.sensitivity.SaltelliDesign;

/**
 * The points of a sweep and how each is run.
 *
 * @param parameters    the varied fields
 * @param design        how the points were chosen
 * @param points        the points, id i at index i
 * @param runsPerPoint  Monte Carlo runs per point
 * @param seed          the sweep's seed
 * @param commonStreams whether every point uses the same random streams (common random numbers, as a
 *                      sensitivity analysis wants, so that differences between points are due to the
 *                      parameters alone) instead of a seed of its own
 */
public record SweepPlan(List<Parameter> parameters, Design design, List<Point> points, long runsPerPoint, long seed,
                        boolean commonStreams) {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    public SweepPlan {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        if (runsPerPoint < 1) {
            throw new IllegalArgumentException("runs per point must be at least 1: " + runsPerPoint);
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).id() != i || points.get(i).size() != parameters.size()) {
                throw new IllegalArgumentException("point " + i + " is " + points.get(i));
            }
        }
    }

    /**
     * The plan of {@code design} over {@code parameters}: for a grid every combination of grid values
     * ({@code count} is ignored), otherwise {@code count} points of the unit hypercube mapped through
     * each parameter's domain.
     */
    public static SweepPlan of(List<Parameter> parameters, Design design, int count, long runsPerPoint, long seed) {
        List<Point> points = new ArrayList<>();
        int d = parameters.size();
        if (design == Design.GRID) {
            long total = gridSize(parameters);
            if (total > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the grid has " + total + " points");
            }
            int[] k = new int[d];
            for (int id = 0; id < total; id++) {
                double[] v = new double[d];
                for (int i = 0; i < d; i++) {
                    v[i] = parameters.get(i).domain().gridValue(k[i]);
                }
                points.add(new Point(id, v));
                for (int i = d - 1; i >= 0; i--) {
                    if (++k[i] < parameters.get(i).domain().gridSize()) {
                        break;
                    }
                    k[i] = 0;
                }
            }
        } else {
            double[][] u = design.unitPoints(d, count, seed);
            for (int id = 0; id < count; id++) {
                points.add(new Point(id, map(parameters, u[id])));
            }
        }
        return new SweepPlan(parameters, design, points, runsPerPoint, seed, false);
    }

    /**
     * The points of a Saltelli design for a Sobol sensitivity analysis, numbered as the design numbers
     * them, all run with the same random streams.
     */
    public static SweepPlan saltelli(List<Parameter> parameters, SaltelliDesign design, long runsPerPoint, long seed) {
        List<Point> points = new ArrayList<>();
        for (int id = 0; id < design.size(); id++) {
            points.add(new Point(id, map(parameters, design.point(id))));
        }
        return new SweepPlan(parameters, Design.SOBOL, points, runsPerPoint, seed, true);
    }

    /** Number of points of a full grid over {@code parameters}. */
    public static long gridSize(List<Parameter> parameters) {
        long total = 1;
        for (Parameter p : parameters) {
            total = Math.multiplyExact(total, p.domain().gridSize());
        }
        return total;
    }

    private static double[] map(List<Parameter> parameters, double[] u) {
        double[] v = new double[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameters.get(i).domain().at(u[i]);
        }
        return v;
    }

    /** The seed of point {@code id}'s Monte Carlo: derived from (seed, id) alone, or the sweep's seed with common streams. */
    public long pointSeed(int id) {
        return commonStreams ? seed : mix(seed, id);
    }

    /** Total Monte Carlo runs. */
    public long totalRuns() {
        return runsPerPoint * points.size();
    }

    /**
     * The order in which points are run: the bit-reversal permutation of the ids (0, n/2, n/4, 3n/4, …),
     * so that the points done when a sweep stops are spread over the whole design.
     */
    public int[] runOrder() {
        return bitReversal(points.size());
    }

    static int[] bitReversal(int n) {
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
        int k = 0;
        for (long i = 0; k < n; i++) {
            int r = bits == 0 ? 0 : (int) (Integer.reverse((int) i) >>> (32 - bits));
            if (r < n) {
                order[k++] = r;
            }
        }
        return order;
    }

    /** A 64-bit mix of (seed, index) (SplitMix64's finaliser applied twice). */
    static long mix(long seed, long index) {
        return finalise(finalise(seed ^ 0x6A09E667F3BCC909L) + GOLDEN * (index + 1));
    }

    private static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

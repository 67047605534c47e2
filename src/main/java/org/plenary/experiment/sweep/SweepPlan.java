package org.plenary.experiment.sweep;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.plenary.experiment.sensitivity.SaltelliDesign;

/**
 * The points of a sweep and how each is run.
 *
 * @param parameters    the varied fields
 * @param design        how the points were chosen
 * @param points        the points, id i at index i (for the factories' designs, computed when read)
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
        if (runsPerPoint < 1) {
            throw new IllegalArgumentException("runs per point must be at least 1: " + runsPerPoint);
        }
        if (!(points instanceof Computed computed && computed.dimensions == parameters.size())) {
            // a list of points built elsewhere: held, and checked once
            points = List.copyOf(points);
            for (int i = 0; i < points.size(); i++) {
                if (points.get(i).id() != i || points.get(i).size() != parameters.size()) {
                    throw new IllegalArgumentException("point " + i + " is " + points.get(i));
                }
            }
        }
    }

    /** The values of point {@code id}, in the order of the parameters. */
    @FunctionalInterface
    private interface Values {
        double[] of(int id);
    }

    /**
     * The points of a design as a list that holds none of them: each is computed when asked for,
     * so that a design of ten million points over a hundred parameters costs no memory.
     */
    private static final class Computed extends AbstractList<Point> implements RandomAccess {
        private final int size;
        private final int dimensions;
        private final Values values;

        Computed(int size, int dimensions, Values values) {
            this.size = size;
            this.dimensions = dimensions;
            this.values = values;
        }

        @Override
        public Point get(int id) {
            Objects.checkIndex(id, size);
            return new Point(id, values.of(id));
        }

        @Override
        public int size() {
            return size;
        }
    }

    /**
     * The plan of {@code design} over {@code parameters}: for a grid every combination of grid values
     * ({@code count} is ignored), otherwise {@code count} points of the unit hypercube mapped through
     * each parameter's domain.
     */
    public static SweepPlan of(List<Parameter> parameters, Design design, int count, long runsPerPoint, long seed) {
        List<Parameter> ps = List.copyOf(parameters);
        int d = ps.size();
        Computed points;
        if (design == Design.GRID) {
            long total = gridSize(ps);
            if (total > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the grid has " + total + " points");
            }
            points = new Computed((int) total, d, id -> {
                // id in the mixed radix of the grid sizes, the last parameter the lowest digit
                double[] v = new double[d];
                long rest = id;
                for (int i = d - 1; i >= 0; i--) {
                    int size = ps.get(i).domain().gridSize();
                    v[i] = ps.get(i).domain().gridValue((int) (rest % size));
                    rest /= size;
                }
                return v;
            });
        } else {
            Design.UnitPoints u = design.unitPoints(d, count, seed);
            points = new Computed(count, d, id -> map(ps, u.at(id)));
        }
        return new SweepPlan(ps, design, points, runsPerPoint, seed, false);
    }

    /**
     * The points of a Saltelli design for a Sobol sensitivity analysis, numbered as the design numbers
     * them, all run with the same random streams.
     */
    public static SweepPlan saltelli(List<Parameter> parameters, SaltelliDesign design, long runsPerPoint, long seed) {
        List<Parameter> ps = List.copyOf(parameters);
        Computed points = new Computed(design.size(), ps.size(), id -> map(ps, design.point(id)));
        return new SweepPlan(ps, Design.SOBOL, points, runsPerPoint, seed, true);
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
     * so that the points done when a sweep stops are spread over the whole design. Computed as it is
     * read, never held.
     */
    public IntStream runOrder() {
        return bitReversal(points.size());
    }

    static IntStream bitReversal(int n) {
        if (n == 0) {
            return IntStream.empty();
        }
        int bits = orderBits(n);
        return LongStream.range(0, 1L << bits).mapToInt(q -> atPosition(q, bits)).filter(r -> r < n);
    }

    /** The bits of a run-order position for {@code n > 0} points: positions run from 0 to 2^bits − 1. */
    static int orderBits(int n) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
    }

    /** The id at run-order position {@code q} of 2^{@code bits}: not a point when it is n or more. */
    static int atPosition(long q, int bits) {
        return bits == 0 ? 0 : Integer.reverse((int) q) >>> (32 - bits);
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

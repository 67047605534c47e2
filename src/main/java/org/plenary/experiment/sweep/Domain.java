package org.plenary.experiment.sweep;

import java.util.List;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The values a swept parameter takes: how a coordinate u ∈ [0, 1) of a design maps to a value, and
 * which values a grid visits. Values are numbers; a choice's value is the index of the option.
 */
public sealed interface Domain permits Domain.Levels, Domain.Choices, Domain.Interval, Domain.Normal,
        Domain.Triangular, Domain.Beta {

    /** The value at coordinate {@code u} of the unit interval (inverse of the distribution function). */
    double at(double u);

    /** Number of values on a grid. */
    int gridSize();

    /** Value {@code k} (0-based) of the grid. */
    double gridValue(int k);

    /** Listed numbers, equally likely; a grid visits each in order. */
    record Levels(List<Double> values) implements Domain {
        public Levels {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("no levels");
            }
        }

        @Override
        public double at(double u) {
            return values.get(index(u, values.size()));
        }

        @Override
        public int gridSize() {
            return values.size();
        }

        @Override
        public double gridValue(int k) {
            return values.get(k);
        }
    }

    /** Named options, equally likely; the value is the option's index. */
    record Choices(List<String> options) implements Domain {
        public Choices {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("no options");
            }
        }

        @Override
        public double at(double u) {
            return index(u, options.size());
        }

        @Override
        public int gridSize() {
            return options.size();
        }

        @Override
        public double gridValue(int k) {
            return k;
        }
    }

    /**
     * Uniform on [min, max]; a grid takes {@code steps} equally spaced values from min to max.
     * With {@code whole}, values are whole numbers: each of min..max equally likely, grid values rounded.
     */
    record Interval(double min, double max, int steps, boolean whole) implements Domain {
        public Interval {
            if (!(min <= max) || steps < 1) {
                throw new IllegalArgumentException("invalid interval " + min + ".." + max + " in " + steps + " steps");
            }
        }

        @Override
        public double at(double u) {
            if (whole) {
                return min + index(u, (int) (max - min) + 1);
            }
            return Math.min(max, min + u * (max - min));
        }

        @Override
        public int gridSize() {
            return steps;
        }

        @Override
        public double gridValue(int k) {
            double v = steps == 1 ? min : k == steps - 1 ? max : min + k * (max - min) / (steps - 1);
            return whole ? Math.rint(v) : v;
        }
    }

    /** Normal(mean, sd) truncated to [lo, hi]; a grid takes the 1/(2s), 3/(2s), … quantiles. */
    record Normal(double mean, double sd, double lo, double hi, int steps) implements Domain {
        @Override
        public double at(double u) {
            NormalDistribution n = new NormalDistribution(null, mean, sd);
            double a = n.cumulativeProbability(lo);
            double b = n.cumulativeProbability(hi);
            double x = n.inverseCumulativeProbability(a + u * (b - a));
            return Math.max(lo, Math.min(hi, x));
        }

        @Override
        public int gridSize() {
            return steps;
        }

        @Override
        public double gridValue(int k) {
            return at((k + 0.5) / steps);
        }
    }

    /** Triangular on [lo, hi] with its peak at {@code mode}; a grid takes midpoint quantiles. */
    record Triangular(double lo, double mode, double hi, int steps) implements Domain {
        @Override
        public double at(double u) {
            double w = hi - lo;
            if (w == 0) {
                return lo;
            }
            double c = (mode - lo) / w;
            return u < c ? lo + Math.sqrt(u * w * (mode - lo)) : hi - Math.sqrt((1 - u) * w * (hi - mode));
        }

        @Override
        public int gridSize() {
            return steps;
        }

        @Override
        public double gridValue(int k) {
            return at((k + 0.5) / steps);
        }
    }

    /** lo + (hi − lo)·Beta(α, β); a grid takes midpoint quantiles. */
    record Beta(double alpha, double beta, double lo, double hi, int steps) implements Domain {
        @Override
        public double at(double u) {
            return lo + (hi - lo) * new BetaDistribution(null, alpha, beta).inverseCumulativeProbability(u);
        }

        @Override
        public int gridSize() {
            return steps;
        }

        @Override
        public double gridValue(int k) {
            return at((k + 0.5) / steps);
        }
    }

    /** floor(u·n), kept inside 0..n−1. */
    private static int index(double u, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.floor(u * n)));
    }
}

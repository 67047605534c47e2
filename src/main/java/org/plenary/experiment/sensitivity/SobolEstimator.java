package org.plenary.experiment.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Estimates Sobol indices from the model's values on a {@link SaltelliDesign}.
 *
 * <p>With f_A, f_B and f_ABi the values on rows j of A, B and A_B^(i), and V the variance of all
 * 2N values of f_A and f_B:
 * <ul>
 *   <li>first order (Saltelli et al. 2010, table 2, (b)): S_i = (1/N) Σ_j f_B,j (f_ABi,j − f_A,j) / V;</li>
 *   <li>total effect (Jansen 1999; Saltelli et al. 2010, table 2, (f)):
 *       S_Ti = (1/2N) Σ_j (f_A,j − f_ABi,j)² / V.</li>
 * </ul>
 * Confidence intervals are bootstrap percentile intervals: rows j are resampled with replacement
 * (the same rows for every index, so the rows' dependence is kept) from a seeded stream.
 *
 * <p>Reference: M. J. W. Jansen (1999), Analysis of variance designs for model output, Computer
 * Physics Communications 117, 35–43.
 */
public final class SobolEstimator {

    /** How the confidence intervals are computed. */
    public record Bootstrap(int resamples, double level, long seed) {

        /** 1,000 resamples, 95% intervals. */
        public static Bootstrap defaults(long seed) {
            return new Bootstrap(1000, 0.95, seed);
        }

        public Bootstrap {
            if (resamples < 1) {
                throw new IllegalArgumentException("resamples must be at least 1: " + resamples);
            }
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("level must be in (0, 1): " + level);
            }
        }
    }

    private SobolEstimator() {
    }

    /** Evaluates {@code model} on every point of {@code design} and estimates the indices of each input. */
    public static List<SobolIndex> analyse(SaltelliDesign design, ToDoubleFunction<double[]> model,
                                           Bootstrap bootstrap) {
        double[] f = new double[design.size()];
        for (int k = 0; k < f.length; k++) {
            f[k] = model.applyAsDouble(design.point(k));
        }
        return estimate(design.dimensions(), design.baseSize(), f, bootstrap);
    }

    /**
     * The indices from the model's values {@code f} on the points of a design with {@code d} inputs
     * and base size {@code n}, numbered as {@link SaltelliDesign} numbers them.
     */
    public static List<SobolIndex> estimate(int d, int n, double[] f, Bootstrap bootstrap) {
        if (f.length != n * (d + 2)) {
            throw new IllegalArgumentException("expected " + n * (d + 2) + " values, got " + f.length);
        }
        int[] identity = new int[n];
        for (int j = 0; j < n; j++) {
            identity[j] = j;
        }
        double[][] point = indices(d, n, f, identity);
        int r = bootstrap.resamples();
        double[][][] boot = new double[2][d][r];
        SplittableRandom random = new SplittableRandom(bootstrap.seed());
        int[] rows = new int[n];
        for (int b = 0; b < r; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            double[][] est = indices(d, n, f, rows);
            for (int i = 0; i < d; i++) {
                boot[0][i][b] = est[0][i];
                boot[1][i][b] = est[1][i];
            }
        }
        double alpha = (1 - bootstrap.level()) / 2;
        List<SobolIndex> out = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            double[] s1 = boot[0][i];
            double[] st = boot[1][i];
            out.add(new SobolIndex(i, point[0][i], quantile(s1, alpha), quantile(s1, 1 - alpha),
                    point[1][i], quantile(st, alpha), quantile(st, 1 - alpha)));
        }
        return out;
    }

    /** {S1[], ST[]} from the rows {@code rows} (a resample of 0..n−1). */
    private static double[][] indices(int d, int n, double[] f, int[] rows) {
        double sum = 0;
        for (int j : rows) {
            sum += f[j] + f[n + j];
        }
        double mean = sum / (2.0 * n);
        double squares = 0;
        for (int j : rows) {
            double x = f[j] - mean;
            double y = f[n + j] - mean;
            squares += x * x + y * y;
        }
        double variance = squares / (2.0 * n - 1);
        double[] s1 = new double[d];
        double[] st = new double[d];
        for (int i = 0; i < d; i++) {
            int block = (2 + i) * n;
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double fa = f[j];
                double fab = f[block + j];
                first += f[n + j] * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            s1[i] = variance > 0 ? first / n / variance : Double.NaN;
            st[i] = variance > 0 ? total / (2.0 * n) / variance : Double.NaN;
        }
        return new double[][] {s1, st};
    }

    /** The type-7 (linear interpolation) quantile of {@code values}; NaN if any value is NaN. */
    static double quantile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        if (Double.isNaN(s[s.length - 1])) {
            return Double.NaN;
        }
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
}

package org.plenary.core.uncertainty;

import org.plenary.core.random.KeyedStream;

/**
 * Gamma and beta variates drawn from a keyed stream without allocating: Marsaglia &amp; Tsang (2000),
 * "A simple method for generating gamma variables", ACM TOMS 26(3), with the boost
 * Gamma(a) = Gamma(a + 1)·U^(1/a) for a &lt; 1; Beta(α, β) = X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β).
 *
 * <p>Written here rather than taken from Commons Math because its {@code BetaDistribution.sample()}
 * allocates on every call, and this sits in the Monte Carlo hot loop. The test checks it against
 * Commons Math's beta distribution function with a Kolmogorov–Smirnov test.
 */
final class GammaSampler {

    private GammaSampler() {
    }

    /** A Gamma(shape, 1) variate. */
    static double gamma(double shape, KeyedStream s) {
        if (shape < 1) {
            double u = s.nextDouble();
            return gamma(shape + 1, s) * Math.pow(u, 1.0 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = s.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = s.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** A Beta(alpha, beta) variate in [0, 1]. */
    static double beta(double alpha, double beta, KeyedStream s) {
        double x = gamma(alpha, s);
        double y = gamma(beta, s);
        return x / (x + y);
    }
}

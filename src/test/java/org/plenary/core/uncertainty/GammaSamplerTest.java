package org.plenary.core.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.plenary.core.random.KeyedStream;
import org.plenary.core.random.Purpose;

/** The hand-written samplers against Commons Math's distribution functions (Kolmogorov–Smirnov). */
class GammaSamplerTest {

    private static double[] sample(int n, java.util.function.ToDoubleFunction<KeyedStream> draw) {
        KeyedStream s = KeyedStream.of(3, 0, "test", Purpose.UNCERTAINTY);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = draw.applyAsDouble(s);
        }
        return x;
    }

    @Test
    void betaVariatesFollowTheBetaDistribution() {
        for (double[] ab : new double[][] {{2, 2}, {6, 4}, {0.5, 0.5}, {8, 2}, {0.7, 3}}) {
            double[] x = sample(20_000, s -> GammaSampler.beta(ab[0], ab[1], s));
            double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new BetaDistribution(null, ab[0], ab[1]), x);
            assertTrue(p > 0.001, "Beta(" + ab[0] + ", " + ab[1] + "): KS p-value " + p);
        }
    }

    @Test
    void gammaVariatesFollowTheGammaDistribution() {
        for (double shape : new double[] {0.3, 1, 2.5, 10}) {
            double[] x = sample(20_000, s -> GammaSampler.gamma(shape, s));
            double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new GammaDistribution(null, shape, 1), x);
            assertTrue(p > 0.001, "Gamma(" + shape + "): KS p-value " + p);
        }
    }

    @Test
    void betaMomentsByHand() {
        // Beta(6, 4): mean 6/10 = 0.6; variance αβ/((α+β)²(α+β+1)) = 24/(100·11) = 0.021818.
        double[] x = sample(50_000, s -> GammaSampler.beta(6, 4, s));
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean) / (x.length - 1);
        }
        // s.e. of the mean sqrt(0.021818/50000) = 0.00066.
        assertEquals(0.6, mean, 0.004);
        assertEquals(0.021818, var, 0.001);
    }
}

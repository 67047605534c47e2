package org.plenary.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SobolEstimatorTest {

    private static final double A = 7;
    private static final double B = 0.1;

    /**
     * Ishigami &amp; Homma (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1 with x_i ~ U(−π, π).
     * Analytic partial variances (Sobol' &amp; Levitan 1999; Saltelli et al. 2008, §4.6):
     * V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V3 = 0, V13 = 8b²π⁸/225, V = V1 + V2 + V13.
     * For a = 7, b = 0.1: S1 = 0.3139, S2 = 0.4424, S3 = 0; ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
     */
    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        double s2 = Math.sin(x2);
        return Math.sin(x1) + A * s2 * s2 + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void ishigamiIndicesLieInsideTheirIntervalsAndNearTheAnalyticValues() {
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = 8 * B * B * Math.pow(Math.PI, 8) / 225;
        double v = v1 + v2 + v13;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        assertEquals(0.3139, s1[0], 1e-4, "the analytic values as published");
        assertEquals(0.4424, s1[1], 1e-4);
        assertEquals(0.5576, st[0], 1e-4);
        assertEquals(0.2437, st[2], 1e-4);

        List<SobolIndex> got = SobolEstimator.analyse(new SaltelliDesign(3, 1 << 13), SobolEstimatorTest::ishigami,
                SobolEstimator.Bootstrap.defaults(42));
        for (int i = 0; i < 3; i++) {
            SobolIndex x = got.get(i);
            assertTrue(x.s1Lower() <= s1[i] && s1[i] <= x.s1Upper(), "S1 of x" + (i + 1) + ": " + x);
            assertTrue(x.stLower() <= st[i] && st[i] <= x.stUpper(), "ST of x" + (i + 1) + ": " + x);
            assertEquals(s1[i], x.s1(), 0.02, "S1 of x" + (i + 1));
            assertEquals(st[i], x.st(), 0.02, "ST of x" + (i + 1));
            assertTrue(x.s1Upper() - x.s1Lower() < 0.1 && x.stUpper() - x.stLower() < 0.1, "intervals are narrow: " + x);
        }
    }

    /**
     * f = x1 + 2 x2 + 3 x3 + 0·x4 with x_i ~ U(0, 1) independent: Var(c·x) = c²/12, additive, so
     * S_i = ST_i = c_i² / Σ c² = 1/14, 4/14, 9/14, 0 (computed by hand).
     */
    @Test
    void aLinearModelHasItsKnownIndicesAndNoInteractions() {
        double[] c = {1, 2, 3, 0};
        List<SobolIndex> got = SobolEstimator.analyse(new SaltelliDesign(4, 1 << 12),
                u -> c[0] * u[0] + c[1] * u[1] + c[2] * u[2] + c[3] * u[3], SobolEstimator.Bootstrap.defaults(7));
        double[] expected = {1.0 / 14, 4.0 / 14, 9.0 / 14, 0};
        for (int i = 0; i < 4; i++) {
            SobolIndex x = got.get(i);
            assertEquals(expected[i], x.s1(), 0.01, "S1 of x" + (i + 1));
            assertEquals(expected[i], x.st(), 0.01, "ST of x" + (i + 1));
            assertTrue(x.s1Lower() <= expected[i] && expected[i] <= x.s1Upper(), "S1 interval of x" + (i + 1) + ": " + x);
            assertTrue(x.stLower() <= expected[i] && expected[i] <= x.stUpper(), "ST interval of x" + (i + 1) + ": " + x);
        }
        assertEquals(0, got.get(3).st(), 0, "an input the model ignores has exactly zero total effect");
    }

    @Test
    void aConstantModelHasUndefinedIndices() {
        List<SobolIndex> got = SobolEstimator.analyse(new SaltelliDesign(2, 16), u -> 5,
                SobolEstimator.Bootstrap.defaults(1));
        assertTrue(Double.isNaN(got.get(0).s1()) && Double.isNaN(got.get(0).stUpper()));
    }

    @Test
    void theDesignNumbersItsPointsInBlocksAThenBThenEachABi() {
        SaltelliDesign d = new SaltelliDesign(2, 4);
        assertEquals(16, d.size());
        double[] a1 = d.point(1);
        double[] b1 = d.point(4 + 1);
        double[] ab2 = d.point(3 * 4 + 1); // A_B^(2): block 3
        assertEquals(a1[0], ab2[0]);
        assertEquals(b1[1], ab2[1]);
        // Sobol point 1 of dimension 4 is (0.5, 0.5, 0.5, 0.5) after the skipped origin.
        assertEquals(0.5, d.point(0)[0]);
        assertEquals(0.5, d.point(4)[1]);
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        SaltelliDesign d = new SaltelliDesign(3, 256);
        assertEquals(SobolEstimator.analyse(d, SobolEstimatorTest::ishigami, SobolEstimator.Bootstrap.defaults(3)),
                SobolEstimator.analyse(d, SobolEstimatorTest::ishigami, SobolEstimator.Bootstrap.defaults(3)));
    }

    @Test
    void theQuantileInterpolatesBetweenOrderStatistics() {
        // type 7: h = (5 − 1)·0.25 = 1 → s[1] = 2; h = 4·0.1 = 0.4 → 1 + 0.4·(2 − 1) = 1.4.
        assertEquals(2, SobolEstimator.quantile(new double[] {5, 1, 4, 2, 3}, 0.25), 1e-12);
        assertEquals(1.4, SobolEstimator.quantile(new double[] {5, 1, 4, 2, 3}, 0.1), 1e-12);
    }
}

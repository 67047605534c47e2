package org.plenary.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void wilsonIntervalsMatchNewcombesPublishedTable() {
        // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
        // seven methods", Statistics in Medicine 17:857–872, Table II, method 3 (score, no continuity
        // correction), printed to 4 decimals.
        WilsonInterval w = WilsonInterval.NINETY_FIVE;
        assertInterval(w.of(81, 263), 0.2553, 0.3662, 5e-5);
        assertInterval(w.of(15, 148), 0.0624, 0.1605, 5e-5);
        assertInterval(w.of(0, 20), 0.0000, 0.1611, 5e-5);
        assertInterval(w.of(1, 29), 0.0061, 0.1718, 5e-5);
    }

    @Test
    void wilsonIntervalsMatchAnIndependentImplementation() {
        // Computed with Python 3.11's statistics.NormalDist().inv_cdf(0.975) = 1.9599639845400536 and the
        // closed form (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n), in double precision.
        WilsonInterval w = WilsonInterval.NINETY_FIVE;
        assertEquals(1.9599639845400536, w.z(), 1e-12);
        assertInterval(w.of(500, 1000), 0.4690696003681042, 0.5309303996318958, 1e-12);
        assertInterval(w.of(7, 10), 0.39677814746114537, 0.8922087325936989, 1e-12);
        Proportion all = w.of(20, 20);
        assertEquals(1.0, all.upper(), 1e-15);
        assertEquals(1 - 0.1611251580528193, all.lower(), 1e-12);
    }

    private static void assertInterval(Proportion p, double lo, double hi, double tol) {
        assertEquals(lo, p.lower(), tol, "lower");
        assertEquals(hi, p.upper(), tol, "upper");
    }

    @Test
    void meanWithStudentInterval() {
        // x = 1, 2, 3, 4: mean 2.5; s² = (2.25 + 0.25 + 0.25 + 2.25)/3 = 5/3, s = 1.2909944;
        // t(3 df, 0.975) = 3.1824463; half-width = 3.1824463 · 1.2909944 / 2 = 4.1085203 / 2 = 2.0542602.
        // Accumulated around shift 2: Σ(x − 2) = 2, Σ(x − 2)² = 1 + 0 + 1 + 4 = 6.
        MeanEstimate m = MeanEstimate.of(2, 6, 2, 4, 0.95);
        assertEquals(2.5, m.mean(), 1e-12);
        assertEquals(1.2909944, m.sd(), 1e-7);
        assertEquals(2.5 - 2.0542602, m.lower(), 1e-6);
        assertEquals(2.5 + 2.0542602, m.upper(), 1e-6);
    }

    @Test
    void histogramQuantilesInvertTheEmpiricalDistribution() {
        // Values 10, 20, 20, 30, 90 on a 0.1 grid. F(10) = 0.2, F(20) = 0.6, F(30) = 0.8, F(90) = 1.
        // q = 0.05 → 10; q = 0.2 → 10 (F(10) ≥ 0.2); q = 0.5 → 20; q = 0.8 → 30; q = 0.95 → 90.
        Histogram h = new Histogram(0, 100, 1001);
        for (double v : new double[] {20, 90, 10, 30, 20}) {
            h.add(v);
        }
        assertEquals(10, h.quantile(0.05), 1e-9);
        assertEquals(10, h.quantile(0.2), 1e-9);
        assertEquals(20, h.quantile(0.5), 1e-9);
        assertEquals(30, h.quantile(0.8), 1e-9);
        assertEquals(90, h.quantile(0.95), 1e-9);
        // Rounded to the grid: 33.34 is recorded as 33.3.
        Histogram g = new Histogram(0, 100, 1001);
        g.add(33.34);
        assertEquals(33.3, g.quantile(0.5), 1e-9);
    }

    @Test
    void everyGridQuantilePrintsAsItsOneDecimalValue() {
        // The grid point b is b/10 exactly in decimal; its printed form must be that decimal
        // (338 → "33.8"), never the binary residue of 338 × 0.1 = 33.800000000000004.
        for (int b = 0; b <= 1000; b++) {
            Histogram h = new Histogram(0, 100, 1001);
            h.add(b / 10.0);
            String expected = BigDecimal.valueOf(b, 1).toPlainString();
            String printed = Double.toString(h.quantile(0.5));
            assertEquals(new BigDecimal(expected), new BigDecimal(printed), "grid point " + b);
            assertTrue(printed.length() <= expected.length() + 2, printed);
        }
        Histogram h = new Histogram(0, 100, 1001);
        h.add(33.8);
        assertEquals("33.8", Double.toString(h.quantile(0.5)));
    }

    @Test
    void wilsonBoundsAreExactlyZeroAndOneAtTheExtremes() {
        WilsonInterval w = WilsonInterval.NINETY_FIVE;
        for (long n : new long[] {1, 2, 3, 7, 10, 200, 1000, 12345, 1_000_000}) {
            assertEquals(0.0, w.of(0, n).lower(), 0.0, "0 of " + n);
            assertEquals(1.0, w.of(n, n).upper(), 0.0, n + " of " + n);
            assertTrue(w.of(0, n).upper() < 1 && w.of(n, n).lower() > 0);
        }
    }

    @Test
    void spreadAndIntervalOfFewerThanTwoObservationsAreUndefined() {
        MeanEstimate one = MeanEstimate.of(0, 0, 0.7, 1, 0.95);
        assertEquals(0.7, one.mean(), 0.0);
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.lower()) && Double.isNaN(one.upper()));
        MeanEstimate none = MeanEstimate.of(0, 0, 0, 0, 0.95);
        assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.sd()));
    }
}

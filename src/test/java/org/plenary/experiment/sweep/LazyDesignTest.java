package org.plenary.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;
import org.plenary.experiment.sensitivity.SaltelliDesign;

/**
 * Designs computed point by point give the very points that were formerly generated whole (the
 * former generation is kept below as the reference), and a design of ten million points over a
 * hundred parameters is read at any point without being built.
 */
class LazyDesignTest {

    private static final Parameter REAL = new Parameter("delegations.A.clauses.k.position", Parameter.Kind.REAL,
            new Domain.Interval(0, 100, 5, false));
    private static final Parameter WHOLE = new Parameter("protocol.maxRounds", Parameter.Kind.WHOLE,
            new Domain.Interval(2, 40, 4, true));
    private static final Parameter CHOICE = new Parameter("protocol.decisionRule", Parameter.Kind.CHOICE,
            new Domain.Choices(List.of("consensus", "majority", "two-thirds")));

    @Test
    void randomLatinHypercubeAndSobolPointsAreThoseOfTheFormerWholeGeneration() {
        int d = 5;
        int n = 3000;
        for (Design design : List.of(Design.RANDOM, Design.LHS, Design.SOBOL)) {
            double[][] former = formerUnitPoints(design, d, n, 42);
            Design.UnitPoints now = design.unitPoints(d, n, 42);
            for (int p = 0; p < n; p++) {
                assertArrayEquals(former[p], now.at(p), design + " point " + p);
            }
        }
    }

    @Test
    void sobolPointsOverTheFlagshipsHundredAndSixtySaliencesAreThoseOfSteppingThroughTheSequence() {
        double[][] former = formerUnitPoints(Design.SOBOL, 160, 2000, 0);
        Design.UnitPoints now = Design.SOBOL.unitPoints(160, 10_000_000, 0);
        for (int p : new int[] {0, 1, 2, 3, 511, 512, 1023, 1024, 1999}) {
            assertArrayEquals(former[p], now.at(p), "point " + p);
        }
    }

    @Test
    void theMillionthPointOfATenMillionPointSobolPlanIsReadWithoutBuildingThePlan() {
        List<Parameter> saliences = Collections.nCopies(160, new Parameter("delegations.A.clauses.k.salience",
                Parameter.Kind.REAL, new Domain.Interval(0, 1, 5, false)));
        SweepPlan plan = SweepPlan.of(saliences, Design.SOBOL, 10_000_000, 1, 7);
        assertEquals(10_000_000, plan.points().size());
        Point first = plan.points().get(0);
        Point millionth = plan.points().get(999_999);
        Point last = plan.points().get(9_999_999);
        // Point 0 is element 1 of the sequence: 1/2 in every coordinate.
        assertEquals(0.5, first.value(0));
        assertEquals(0.5, first.value(107));
        // The first coordinate of element m is the van der Corput radical inverse of the Gray code of m
        // (bit k − 1 of m XOR m/2 contributes 2^−k): computed here from that definition, not by Commons Math.
        assertEquals(vanDerCorputOfGray(1_000_000), millionth.value(0));
        assertEquals(vanDerCorputOfGray(10_000_000), last.value(0));
        assertEquals(9_999_999, last.id());
        // The run order is read lazily too: its first ids spread over the design.
        assertArrayEquals(new int[] {0, 8_388_608, 4_194_304, 2_097_152}, plan.runOrder().limit(4).toArray());
    }

    @Test
    void gridPointsAreThoseOfTheFormerOdometer() {
        List<Parameter> ps = List.of(WHOLE, CHOICE, REAL);
        SweepPlan plan = SweepPlan.of(ps, Design.GRID, 0, 1, 1);
        int[] k = new int[ps.size()];
        int total = 4 * 3 * 5;
        assertEquals(total, plan.points().size());
        for (int id = 0; id < total; id++) {
            double[] v = new double[ps.size()];
            for (int i = 0; i < ps.size(); i++) {
                v[i] = ps.get(i).domain().gridValue(k[i]);
            }
            assertArrayEquals(v, plan.points().get(id).values(), "point " + id);
            for (int i = ps.size() - 1; i >= 0; i--) {
                if (++k[i] < ps.get(i).domain().gridSize()) {
                    break;
                }
                k[i] = 0;
            }
        }
    }

    @Test
    void saltelliPointsAreThoseOfTheFormerMatrices() {
        int d = 4;
        int n = 64;
        SaltelliDesign design = new SaltelliDesign(d, n);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * d);
        sobol.nextVector();
        List<double[]> rows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            rows.add(sobol.nextVector());
        }
        for (int index = 0; index < design.size(); index++) {
            int block = index / n;
            double[] row = rows.get(index % n);
            double[] expected = new double[d];
            for (int i = 0; i < d; i++) {
                boolean fromB = block == 1 || block - 2 == i;
                expected[i] = row[fromB ? d + i : i];
            }
            assertArrayEquals(expected, design.point(index), "point " + index);
        }
    }

    @Test
    void aLatinHypercubeBeyondItsLimitIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Design.LHS.unitPoints(160, Design.LHS_MAX_COORDINATES / 160 + 1, 1));
    }

    private static double vanDerCorputOfGray(long m) {
        long g = m ^ (m >> 1);
        double x = 0;
        for (int k = 1; g != 0; k++, g >>= 1) {
            if ((g & 1) != 0) {
                x += Math.scalb(1.0, -k);
            }
        }
        return x;
    }

    /** The unit points as every design but the grid generated them before points were computed one at a time. */
    private static double[][] formerUnitPoints(Design design, int d, int n, long seed) {
        double[][] u = new double[n][d];
        switch (design) {
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
                SobolSequenceGenerator sobol = new SobolSequenceGenerator(d);
                sobol.nextVector();
                for (int p = 0; p < n; p++) {
                    u[p] = sobol.nextVector();
                }
            }
            default -> throw new IllegalArgumentException(design.name());
        }
        return u;
    }
}

package org.plenary.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyedStreamTest {

    @Test
    void aStreamDependsOnItsKeyAlone() {
        KeyedStream a = KeyedStream.of(1, 5, "USA", Purpose.RESPOND);
        a.nextDouble();
        a.nextDouble();
        double third = a.nextDouble();
        KeyedStream reused = KeyedStream.of(99, 0, "CHN", Purpose.VOTE);
        reused.nextLong();
        reused.rekey(1, 5, KeyedStream.idKey("USA"), Purpose.RESPOND);
        reused.nextDouble();
        reused.nextDouble();
        assertEquals(third, reused.nextDouble());
    }

    @Test
    void everyPartOfTheKeyChangesTheStream() {
        double base = KeyedStream.of(1, 5, "USA", Purpose.RESPOND).nextDouble();
        assertNotEquals(base, KeyedStream.of(2, 5, "USA", Purpose.RESPOND).nextDouble());
        assertNotEquals(base, KeyedStream.of(1, 6, "USA", Purpose.RESPOND).nextDouble());
        assertNotEquals(base, KeyedStream.of(1, 5, "USB", Purpose.RESPOND).nextDouble());
        assertNotEquals(base, KeyedStream.of(1, 5, "USA", Purpose.VOTE).nextDouble());
    }

    @Test
    void uniformsHaveTheMomentsOfAUniform() {
        // Mean 1/2 and variance 1/12 of U(0,1); with n = 200,000 the standard error of the mean is
        // sqrt(1/12/n) = 0.000645, so 5 s.e. = 0.0032.
        KeyedStream s = KeyedStream.of(7, 0, "X", Purpose.UNCERTAINTY);
        int n = 200_000;
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double u = s.nextDouble();
            assertTrue(u >= 0 && u < 1);
            sum += u;
            sq += u * u;
        }
        double mean = sum / n;
        assertEquals(0.5, mean, 0.0032);
        assertEquals(1.0 / 12, sq / n - mean * mean, 0.002);
    }

    @Test
    void gaussiansHaveMeanZeroAndUnitVariance() {
        KeyedStream s = KeyedStream.of(8, 0, "X", Purpose.UNCERTAINTY);
        int n = 200_000;
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double z = s.nextGaussian();
            sum += z;
            sq += z * z;
        }
        // s.e. of the mean 1/sqrt(n) = 0.00224; of the variance sqrt(2/n) = 0.0032.
        assertEquals(0, sum / n, 0.012);
        assertEquals(1, sq / n, 0.016);
    }
}

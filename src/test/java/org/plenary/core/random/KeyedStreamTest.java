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

    @Test
    void theMixIsSplitMix64() {
        // Reference: the first output of Vigna's splitmix64.c seeded with 0 is 0xE220A8397B1DCDAF,
        // which is mix(0 + 0x9E3779B97F4A7C15).
        assertEquals(0xE220A8397B1DCDAFL, KeyedStream.mix(0x9E3779B97F4A7C15L));
    }

    @Test
    void theFirstValueFollowsTheDesignDocument() {
        // Computed from docs/design.md §2.3 alone (an independent script, not this code):
        // FNV-1a 64 of "USA", mixed: 0x8B9B9FBF91546FAB; key of (seed 42, run 7, USA, RESPOND):
        // 0x563B0D5581745A38; first value mix(key + φ) = 0x8AF37B1A67B2C194, uniform 0.5427777232614046.
        assertEquals(0x8B9B9FBF91546FABL, KeyedStream.idKey("USA"));
        KeyedStream s = KeyedStream.of(42, 7, "USA", Purpose.RESPOND);
        assertEquals(0x8AF37B1A67B2C194L, s.nextLong());
        KeyedStream t = KeyedStream.of(42, 7, "USA", Purpose.RESPOND);
        assertEquals(0.5427777232614046, t.nextDouble(), 0.0);
    }
}

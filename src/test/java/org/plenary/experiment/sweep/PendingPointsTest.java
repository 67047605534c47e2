package org.plenary.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PendingPointsTest {

    private static SweepPlan plan(int points) {
        Parameter p = new Parameter("protocol.maxRounds", Parameter.Kind.WHOLE, new Domain.Interval(1, 50, 50, true));
        return SweepPlan.of(List.of(p), Design.RANDOM, points, 1, 7);
    }

    @Test
    void theUnitsAreThePendingPointsInRunOrderWhateverIsDone() {
        SplittableRandom random = new SplittableRandom(1);
        for (int n : new int[] {1, 2, 3, 4095, 4096, 4097, 10_000, 70_001}) {
            SweepPlan plan = plan(n);
            for (double share : new double[] {0, 0.3, 0.999, 1}) {
                BitSet done = new BitSet(n);
                IntStream.range(0, n).filter(i -> random.nextDouble() < share).forEach(done::set);
                int[] expected = plan.runOrder().filter(id -> !done.get(id)).toArray();
                PendingPoints pending = PendingPoints.of(plan, done::get);
                assertEquals(expected.length, pending.size(), n + " points, " + share + " done");
                assertArrayEquals(expected, IntStream.range(0, pending.size()).map(pending::id).toArray(),
                        n + " points, " + share + " done");
            }
        }
    }
}

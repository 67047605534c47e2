package org.plenary.experiment.sweep;

import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * The points of a plan not yet done, in the plan's run order, numbered 0, 1, 2, … without being
 * listed: unit u's point is found from a count of pending points per block of
 * {@value #BLOCK} run-order positions (four bytes a block, 16 KB for ten million points) and a
 * scan of one block. A distributed sweep hands out units by number and may hand one out again.
 */
public final class PendingPoints {

    static final int BLOCK = 4096;

    private final int points;
    private final int bits;
    private final long positions;
    private final IntPredicate done;
    /** Pending points in the blocks before block b; one more entry holding the total. */
    private final int[] before;

    private PendingPoints(int points, IntPredicate done) {
        this.points = points;
        this.bits = points == 0 ? 0 : SweepPlan.orderBits(points);
        this.positions = points == 0 ? 0 : 1L << bits;
        this.done = done;
        int blocks = (int) ((positions + BLOCK - 1) / BLOCK);
        this.before = new int[blocks + 1];
        int count = 0;
        for (int b = 0; b < blocks; b++) {
            before[b] = count;
            for (long q = (long) b * BLOCK; q < Math.min(positions, (long) (b + 1) * BLOCK); q++) {
                if (pending(q) >= 0) {
                    count++;
                }
            }
        }
        before[blocks] = count;
    }

    /**
     * The points of {@code plan} not {@code done}, in its run order ({@link SweepPlan#runOrder});
     * {@code done} is read now and when units are looked up, so it must not change.
     */
    public static PendingPoints of(SweepPlan plan, IntPredicate done) {
        return new PendingPoints(plan.points().size(), done);
    }

    /** How many points are pending. */
    public int size() {
        return before[before.length - 1];
    }

    /** The id of the {@code unit}-th pending point in run order. */
    public int id(int unit) {
        Objects.checkIndex(unit, size());
        // the last block with fewer pending points before it than unit + 1 holds it
        int lo = 0;
        int hi = before.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (before[mid] <= unit) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int k = unit - before[lo];
        for (long q = (long) lo * BLOCK; ; q++) {
            int id = pending(q);
            if (id >= 0 && k-- == 0) {
                return id;
            }
        }
    }

    /** The point at run-order position q if it exists and is pending; otherwise -1. */
    private int pending(long q) {
        int id = SweepPlan.atPosition(q, bits);
        return id < points && !done.test(id) ? id : -1;
    }
}

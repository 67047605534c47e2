package org.plenary.experiment.montecarlo;

import java.util.Arrays;

/**
 * What one chunk of runs ({@value MonteCarlo#CHUNK} run indices) adds to a Monte Carlo: its integer
 * counts and its real-valued sums, as flat arrays so that another process can send them. Merging
 * chunk tallies in chunk order ({@link MonteCarlo.Merger}) gives the same result as running every
 * chunk in one process, bit for bit.
 *
 * <p>The arrays' layout is the tallies' own (their {@code toCounts} and {@code toSums}): runs and
 * other counts, counts per outcome, per number of rounds, per delegation and per clause, then each
 * clause's position histogram; sums per delegation, per clause, and of rounds.
 */
public final class ChunkTally {

    private final long chunk;
    private final long[] counts;
    private final double[] sums;

    /**
     * Chunk {@code chunk}'s counts and sums (copied).
     *
     * @throws IllegalArgumentException when the arrays do not have the shape of {@code shape}'s
     *                                  tallies, or a count is negative
     */
    public ChunkTally(MonteCarlo shape, long chunk, long[] counts, double[] sums) {
        if (counts.length != shape.chunkCountsLength() || sums.length != shape.chunkSumsLength()) {
            throw new IllegalArgumentException("a chunk of this scenario has " + shape.chunkCountsLength() + " counts and "
                    + shape.chunkSumsLength() + " sums, not " + counts.length + " and " + sums.length);
        }
        if (chunk < 0) {
            throw new IllegalArgumentException("no chunk " + chunk);
        }
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + c);
            }
        }
        this.chunk = chunk;
        this.counts = counts.clone();
        this.sums = sums.clone();
    }

    ChunkTally(long chunk, RunTally t, ChunkSums s) {
        this.chunk = chunk;
        this.counts = t.toCounts();
        this.sums = s.toSums();
    }

    /** The chunk's index: its runs are {@code chunk·CHUNK} up to the next chunk's first. */
    public long chunk() {
        return chunk;
    }

    /** The integer counts (a copy). */
    public long[] counts() {
        return counts.clone();
    }

    /** The real-valued sums (a copy). */
    public double[] sums() {
        return sums.clone();
    }

    /** Adds the counts into {@code t}. */
    void addTo(RunTally t) {
        t.addCounts(counts);
    }

    /** The sums as chunk sums of {@code n} delegations and {@code clauses} clauses. */
    ChunkSums toSums(int n, int clauses) {
        ChunkSums s = new ChunkSums(n, clauses);
        s.fromSums(sums);
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChunkTally t && t.chunk == chunk && Arrays.equals(t.counts, counts)
                && Arrays.equals(t.sums, sums);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Arrays.hashCode(sums);
    }
}

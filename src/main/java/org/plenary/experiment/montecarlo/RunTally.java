package org.plenary.experiment.montecarlo;

import org.plenary.core.protocol.Fragility;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.stats.Histogram;

/**
 * A worker's running totals. Everything here is an integer count, so totals merged from any split
 * of the runs between workers are identical; sums of real numbers go through {@link ChunkSums},
 * which are added in run order.
 */
final class RunTally {

    /** Positions are recorded on a 0.1 grid: quantiles are exact for positions rounded to one decimal. */
    static final int POSITION_POINTS = 1001;

    final long[] outcomes = new long[Outcome.values().length];
    final long[] rounds;
    final long[] blockers;
    final long[] survived;
    final Histogram[] positions;
    final long[] reserved;
    final long[] calledVote;
    final long[] smallMargin;
    /** Runs closed by consensus (with or without reservations), and those of them closed in the last round. */
    long consensual;
    long consensualLastRound;
    /** Runs with an adopted text that some accepting delegation accepts by a small margin. */
    long fragile;
    final int maxRounds;
    long runs;

    RunTally(int delegations, int clauses, int maxRounds) {
        rounds = new long[maxRounds + 1];
        this.maxRounds = maxRounds;
        blockers = new long[delegations];
        reserved = new long[delegations];
        calledVote = new long[delegations];
        smallMargin = new long[delegations];
        survived = new long[clauses];
        positions = new Histogram[clauses];
        for (int c = 0; c < clauses; c++) {
            positions[c] = new Histogram(0, 100, POSITION_POINTS);
        }
    }

    /** Records the run just played; allocates nothing. */
    void record(NegotiationRun run, ChunkSums sums) {
        Outcome o = run.outcome();
        runs++;
        outcomes[o.ordinal()]++;
        rounds[run.roundsUsed()]++;
        boolean adopted = o.adopted();
        if (o.consensual()) {
            consensual++;
            if (run.roundsUsed() >= maxRounds) {
                consensualLastRound++;
            }
        }
        boolean anySmall = false;
        for (int i = 0; i < blockers.length; i++) {
            if (run.blocker(i)) {
                blockers[i]++;
            }
            if (run.reserved(i)) {
                reserved[i]++;
            }
            if (run.calledVote(i)) {
                calledVote[i]++;
            }
            if (Fragility.smallMargin(run, i)) {
                smallMargin[i]++;
                anySmall = true;
            }
            sums.addGain(i, run.gain(i));
            sums.addMargin(i, run.margin(i));
        }
        if (anySmall) {
            fragile++;
        }
        if (adopted) {
            for (int c = 0; c < survived.length; c++) {
                if (!run.finalDropped(c)) {
                    survived[c]++;
                    double p = run.finalPosition(c);
                    positions[c].add(p);
                    sums.addPosition(c, p);
                }
            }
        }
        sums.addRounds(run.roundsUsed());
    }

    /**
     * Every count as one flat array, for a chunk computed in another process ({@link ChunkTally}).
     * A field added to this class must be added here and in {@link #addCounts} (MonteCarloTest
     * checks that a Monte Carlo merged from chunk tallies equals one run in a single process).
     */
    long[] toCounts() {
        long[] c = new long[countsLength(blockers.length, survived.length, maxRounds)];
        int k = 0;
        c[k++] = runs;
        c[k++] = consensual;
        c[k++] = consensualLastRound;
        c[k++] = fragile;
        for (long[] a : arrays()) {
            System.arraycopy(a, 0, c, k, a.length);
            k += a.length;
        }
        for (Histogram h : positions) {
            for (int b = 0; b < h.bins(); b++) {
                c[k++] = h.count(b);
            }
        }
        return c;
    }

    /** Adds counts written by {@link #toCounts} of a tally of the same shape. */
    void addCounts(long[] c) {
        int k = 0;
        runs += c[k++];
        consensual += c[k++];
        consensualLastRound += c[k++];
        fragile += c[k++];
        for (long[] a : arrays()) {
            for (int j = 0; j < a.length; j++) {
                a[j] += c[k++];
            }
        }
        for (Histogram h : positions) {
            for (int b = 0; b < h.bins(); b++) {
                h.addCount(b, c[k++]);
            }
        }
    }

    private long[][] arrays() {
        return new long[][] {outcomes, rounds, blockers, reserved, calledVote, smallMargin, survived};
    }

    /** Length of {@link #toCounts} for a tally of this shape. */
    static int countsLength(int delegations, int clauses, int maxRounds) {
        return 4 + Outcome.values().length + maxRounds + 1 + 4 * delegations + clauses + clauses * POSITION_POINTS;
    }

    void merge(RunTally o) {
        runs += o.runs;
        for (int j = 0; j < outcomes.length; j++) {
            outcomes[j] += o.outcomes[j];
        }
        for (int j = 0; j < rounds.length; j++) {
            rounds[j] += o.rounds[j];
        }
        for (int j = 0; j < blockers.length; j++) {
            blockers[j] += o.blockers[j];
            reserved[j] += o.reserved[j];
            calledVote[j] += o.calledVote[j];
            smallMargin[j] += o.smallMargin[j];
        }
        consensual += o.consensual;
        consensualLastRound += o.consensualLastRound;
        fragile += o.fragile;
        for (int j = 0; j < survived.length; j++) {
            survived[j] += o.survived[j];
            positions[j].merge(o.positions[j]);
        }
    }
}

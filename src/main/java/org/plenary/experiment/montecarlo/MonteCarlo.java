package org.plenary.experiment.montecarlo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.protocol.Outcome;
import org.plenary.core.stats.Histogram;
import org.plenary.core.stats.MeanEstimate;
import org.plenary.core.stats.WilsonInterval;
import org.plenary.core.uncertainty.Perturbation;
import org.plenary.engine.Engine;
import org.plenary.engine.local.LocalEngine;

/**
 * Plays many runs of a scenario on the local engine, redrawing the uncertain inputs of each, and
 * summarises them (DESIGN §3).
 *
 * <p>Reproducibility: run r draws only from the streams keyed (seed, r, delegation, purpose), runs
 * are grouped in fixed chunks of {@value #CHUNK} indices, integer counts are merged in any order and
 * real sums are added chunk after chunk: the result is identical for any thread count.
 *
 * <p>Memory is bounded whatever the number of runs: counts and fixed-grid histograms per worker,
 * and at most a few chunk sums waiting to be added in order.
 */
public final class MonteCarlo {

    /** Runs per chunk; part of the definition of the result, so never derived from the thread count. */
    public static final int CHUNK = 1024;

    private static final double LEVEL = 0.95;

    private final Scenario scenario;
    private final Negotiation base;
    private final Engine engine;

    /** Monte Carlo of {@code scenario} with its own uncertainty settings, on the local engine. */
    public MonteCarlo(Scenario scenario) {
        this(scenario, new LocalEngine());
    }

    /**
     * Monte Carlo of {@code scenario} on {@code engine}. An engine that does not play runs
     * concurrently gets one worker whatever the settings ask (the results are the same).
     */
    public MonteCarlo(Scenario scenario, Engine engine) {
        this.scenario = scenario;
        this.base = new Negotiation(scenario);
        this.engine = engine;
    }

    /** Runs the experiment. */
    public MonteCarloResult run(MonteCarloSettings settings) throws InterruptedException {
        return run(settings, done -> { }, null);
    }

    /**
     * Runs the experiment.
     *
     * @param progress told the number of runs completed after each chunk (from worker threads)
     * @param rows     receives one row per run, or {@code null}
     * @throws InterruptedException when the calling thread is interrupted; workers stop promptly
     */
    public MonteCarloResult run(MonteCarloSettings settings, LongConsumer progress, RunRowSink rows)
            throws InterruptedException {
        long runs = settings.runs();
        long chunks = (runs + CHUNK - 1) / CHUNK;
        int threads = (int) Math.min(engine.concurrent() ? settings.threads() : 1, chunks);
        AtomicLong nextChunk = new AtomicLong();
        AtomicLong done = new AtomicLong();
        OrderedSums ordered = new OrderedSums(base.delegations(), base.clauses(), rows);
        List<RunTally> tallies = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            Thread t = new Thread(() -> {
                try {
                    // Allocated on the worker's own thread (its own allocation buffer), so two workers'
                    // counters never share a cache line.
                    RunTally tally = new RunTally(base.delegations(), base.clauses(), scenario.protocol().maxRounds());
                    synchronized (tallies) {
                        tallies.add(tally);
                    }
                    work(settings, runs, chunks, nextChunk, done, ordered, tally, progress, rows);
                } catch (CancellationException e) {
                    // stopped on request
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    nextChunk.set(Long.MAX_VALUE / 2);
                }
            }, "plenary-montecarlo-" + w);
            t.setDaemon(true);
            workers.add(t);
        }
        workers.forEach(Thread::start);
        try {
            for (Thread t : workers) {
                t.join();
            }
        } catch (InterruptedException e) {
            workers.forEach(Thread::interrupt);
            for (Thread t : workers) {
                t.join(1000);
            }
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a Monte Carlo worker failed", failure.get());
        }
        RunTally total = new RunTally(base.delegations(), base.clauses(), scenario.protocol().maxRounds());
        for (RunTally t : tallies) {
            total.merge(t);
        }
        return summarise(settings, total, ordered.total());
    }

    private void work(MonteCarloSettings settings, long runs, long chunks, AtomicLong nextChunk, AtomicLong done,
                      OrderedSums ordered, RunTally tally, LongConsumer progress, RunRowSink rows) {
        boolean uncertain = !scenario.uncertainty().isNone();
        Perturbation perturbation = uncertain ? new Perturbation(base, scenario.uncertainty()) : null;
        NegotiationRun play = new NegotiationRun(uncertain ? perturbation.negotiation() : base);
        long seed = settings.seed();
        StringBuilder buffer = rows == null ? null : new StringBuilder();
        for (long chunk = nextChunk.getAndIncrement(); chunk < chunks; chunk = nextChunk.getAndIncrement()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException();
            }
            ChunkSums sums = ordered.borrow();
            long from = chunk * CHUNK;
            long to = Math.min(runs, from + CHUNK);
            if (buffer != null) {
                buffer.setLength(0);
            }
            for (long r = from; r < to; r++) {
                if (uncertain) {
                    perturbation.apply(seed, r);
                }
                engine.play(play, seed, r, null);
                tally.record(play, sums);
                if (buffer != null) {
                    rows.format(r, play, buffer);
                }
            }
            ordered.complete(chunk, sums, buffer == null ? null : buffer.toString());
            progress.accept(done.addAndGet(to - from));
        }
    }

    private MonteCarloResult summarise(MonteCarloSettings settings, RunTally t, ChunkSums s) {
        WilsonInterval wilson = WilsonInterval.NINETY_FIVE;
        long n = t.runs;
        List<ClauseStats> clauses = new ArrayList<>();
        for (int c = 0; c < base.clauses(); c++) {
            Histogram h = t.positions[c];
            MeanEstimate m = MeanEstimate.of(s.position[c], s.positionSquares[c], ChunkSums.POSITION_SHIFT,
                    t.survived[c], LEVEL);
            clauses.add(new ClauseStats(base.clauseId(c), wilson.of(t.survived[c], n), m.mean(), m.sd(),
                    h.quantile(0.05), h.quantile(0.5), h.quantile(0.95)));
        }
        List<DelegationStats> delegations = new ArrayList<>();
        for (int i = 0; i < base.delegations(); i++) {
            delegations.add(new DelegationStats(base.id(i), wilson.of(t.blockers[i], n),
                    MeanEstimate.of(s.gain[i], s.gainSquares[i], 0, n, LEVEL),
                    MeanEstimate.of(s.margin[i], s.marginSquares[i], 0, n, LEVEL),
                    wilson.of(t.reserved[i], n), wilson.of(t.calledVote[i], n), wilson.of(t.smallMargin[i], n)));
        }
        List<Long> rounds = new ArrayList<>();
        for (long r : t.rounds) {
            rounds.add(r);
        }
        return new MonteCarloResult(n, settings.seed(),
                wilson.of(t.outcomes[Outcome.CONSENSUS.ordinal()], n),
                wilson.of(t.outcomes[Outcome.ADOPTED_BY_VOTE.ordinal()], n),
                wilson.of(t.outcomes[Outcome.NO_AGREEMENT.ordinal()], n),
                clauses, delegations, rounds, MeanEstimate.of(s.rounds, s.roundsSquares, 0, n, LEVEL),
                wilson.of(t.outcomes[Outcome.CONSENSUS_WITH_RESERVATIONS.ordinal()], n),
                wilson.of(t.outcomes[Outcome.CHAIR_SUMMARY.ordinal()], n),
                wilson.of(t.consensualLastRound, t.consensual), wilson.of(t.fragile, n));
    }

    /** Adds chunk sums in chunk order as chunks complete; recycles their arrays. */
    private static final class OrderedSums {
        private final int n;
        private final int k;
        private final RunRowSink rows;
        private final ChunkSums total;
        private final TreeMap<Long, ChunkSums> waiting = new TreeMap<>();
        private final TreeMap<Long, String> waitingRows = new TreeMap<>();
        private final ArrayDeque<ChunkSums> free = new ArrayDeque<>();
        private long next;

        OrderedSums(int n, int k, RunRowSink rows) {
            this.n = n;
            this.k = k;
            this.rows = rows;
            this.total = new ChunkSums(n, k);
        }

        synchronized ChunkSums borrow() {
            ChunkSums s = free.poll();
            return s != null ? s : new ChunkSums(n, k);
        }

        synchronized void complete(long chunk, ChunkSums sums, String chunkRows) {
            waiting.put(chunk, sums);
            if (chunkRows != null) {
                waitingRows.put(chunk, chunkRows);
            }
            while (!waiting.isEmpty() && waiting.firstKey() == next) {
                ChunkSums s = waiting.pollFirstEntry().getValue();
                total.add(s);
                s.clear();
                free.push(s);
                if (rows != null) {
                    rows.write(waitingRows.pollFirstEntry().getValue());
                }
                next++;
            }
        }

        synchronized ChunkSums total() {
            return total;
        }
    }
}

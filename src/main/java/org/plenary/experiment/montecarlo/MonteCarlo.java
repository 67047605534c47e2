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
                    RunTally tally = newTally();
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
            play(from, to, seed, perturbation, play, tally, sums, rows, buffer);
            ordered.complete(chunk, sums, buffer == null ? null : buffer.toString());
            progress.accept(done.addAndGet(to - from));
        }
    }

    /** Plays runs {@code from} to {@code to} (excluded) into the tally and the sums. */
    private void play(long from, long to, long seed, Perturbation perturbation, NegotiationRun play, RunTally tally,
                      ChunkSums sums, RunRowSink rows, StringBuilder buffer) {
        for (long r = from; r < to; r++) {
            if (perturbation != null) {
                perturbation.apply(seed, r);
            }
            engine.play(play, seed, r, null);
            tally.record(play, sums);
            if (buffer != null) {
                rows.format(r, play, perturbation, buffer);
            }
        }
    }

    /** Number of chunks of an experiment of {@code runs} runs. */
    public static long chunks(long runs) {
        return (runs + CHUNK - 1) / CHUNK;
    }

    /**
     * Plays chunk {@code chunk} of an experiment of {@code settings.runs()} runs from
     * {@code settings.seed()}, on the calling thread (the settings' thread count is not used): one
     * unit of a Monte Carlo shared between processes.
     */
    public ChunkTally chunk(MonteCarloSettings settings, long chunk) {
        if (chunk < 0 || chunk >= chunks(settings.runs())) {
            throw new IllegalArgumentException("no chunk " + chunk + " in " + settings.runs() + " runs");
        }
        boolean uncertain = !scenario.uncertainty().isNone();
        Perturbation perturbation = uncertain ? new Perturbation(base, scenario.uncertainty()) : null;
        NegotiationRun play = new NegotiationRun(uncertain ? perturbation.negotiation() : base);
        RunTally tally = newTally();
        ChunkSums sums = new ChunkSums(base.delegations(), base.clauses());
        long from = chunk * CHUNK;
        play(from, Math.min(settings.runs(), from + CHUNK), settings.seed(), perturbation, play, tally, sums, null, null);
        return new ChunkTally(chunk, tally, sums);
    }

    private RunTally newTally() {
        return new RunTally(base.delegations(), base.clauses(), scenario.protocol().maxRounds());
    }

    /** Length of a chunk tally's counts for this scenario. */
    public int chunkCountsLength() {
        return RunTally.countsLength(base.delegations(), base.clauses(), scenario.protocol().maxRounds());
    }

    /** Length of a chunk tally's sums for this scenario. */
    public int chunkSumsLength() {
        return ChunkSums.sumsLength(base.delegations(), base.clauses());
    }

    /**
     * Merges the chunk tallies of an experiment, received in any order, into the result of
     * {@link #run} with the same settings: counts are added as they come, sums chunk after chunk.
     */
    public Merger merger(MonteCarloSettings settings) {
        return new Merger(settings);
    }

    /** See {@link #merger}. Not thread-safe: one thread adds the chunks. */
    public final class Merger {
        private final MonteCarloSettings settings;
        private final RunTally total = newTally();
        private final OrderedSums ordered;
        private final boolean[] seen;
        private long received;

        private Merger(MonteCarloSettings settings) {
            this.settings = settings;
            this.ordered = new OrderedSums(base.delegations(), base.clauses(), null);
            long n = chunks(settings.runs());
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("too many chunks: " + n);
            }
            this.seen = new boolean[(int) n];
        }

        /**
         * Adds chunk {@code t}; a chunk already added is ignored.
         *
         * @return whether it was added
         * @throws IllegalArgumentException when the chunk is not one of the experiment, or holds
         *                                  another number of runs than that chunk has
         */
        public boolean add(ChunkTally t) {
            if (t.chunk() >= seen.length) {
                throw new IllegalArgumentException("no chunk " + t.chunk() + " in " + settings.runs() + " runs");
            }
            long expected = Math.min(settings.runs(), (t.chunk() + 1) * CHUNK) - t.chunk() * CHUNK;
            if (t.counts()[0] != expected) {
                throw new IllegalArgumentException("chunk " + t.chunk() + " has " + expected + " runs, not "
                        + t.counts()[0]);
            }
            if (seen[(int) t.chunk()]) {
                return false;
            }
            seen[(int) t.chunk()] = true;
            received++;
            t.addTo(total);
            ordered.complete(t.chunk(), t.toSums(base.delegations(), base.clauses()), null);
            return true;
        }

        /** Whether every chunk was added. */
        public boolean complete() {
            return received == seen.length;
        }

        /** The experiment's result; every chunk must have been added. */
        public MonteCarloResult result() {
            if (!complete()) {
                throw new IllegalStateException((seen.length - received) + " chunks are missing");
            }
            return summarise(settings, total, ordered.total());
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

package org.plenary.experiment.bench;

import java.lang.management.ManagementFactory;

import org.plenary.core.model.Scenario;
import org.plenary.core.protocol.Negotiation;
import org.plenary.core.protocol.NegotiationRun;
import org.plenary.core.uncertainty.Perturbation;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloSettings;

/**
 * Measures the local engine: Monte Carlo runs per second at a thread count, and heap bytes
 * allocated per run by the hot loop (redraw inputs, play the run) on one thread, read from the
 * JVM's per-thread allocation counter — the same counter JMH's GC profiler reports as
 * {@code gc.alloc.rate.norm}.
 */
public final class Throughput {

    private final Scenario scenario;

    /** Measurements of {@code scenario}. */
    public Throughput(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Runs per second of a Monte Carlo of {@code runs} runs on {@code threads} threads (after the caller's warm-up). */
    public double runsPerSecond(long runs, int threads, long seed) throws InterruptedException {
        long start = System.nanoTime();
        new MonteCarlo(scenario).run(new MonteCarloSettings(runs, seed, threads));
        return runs / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Bytes allocated per run by the hot loop, measured over {@code runs} runs after as many warm-up
     * runs; NaN when the JVM cannot count allocations per thread.
     */
    public double bytesPerRun(long runs) {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!(mx instanceof com.sun.management.ThreadMXBean counter) || !counter.isThreadAllocatedMemorySupported()) {
            return Double.NaN;
        }
        Negotiation base = new Negotiation(scenario);
        boolean uncertain = !scenario.uncertainty().isNone();
        Perturbation perturbation = uncertain ? new Perturbation(base, scenario.uncertainty()) : null;
        NegotiationRun play = new NegotiationRun(uncertain ? perturbation.negotiation() : base);
        loop(play, perturbation, 0, runs);
        long id = Thread.currentThread().getId();
        long before = counter.getThreadAllocatedBytes(id);
        loop(play, perturbation, runs, 2 * runs);
        long after = counter.getThreadAllocatedBytes(id);
        return (double) (after - before) / runs;
    }

    private static void loop(NegotiationRun play, Perturbation perturbation, long from, long to) {
        for (long r = from; r < to; r++) {
            if (perturbation != null) {
                perturbation.apply(1, r);
            }
            play.play(1, r, null);
        }
    }
}

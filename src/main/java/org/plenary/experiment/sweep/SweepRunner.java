package org.plenary.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.plenary.core.model.Scenario;
import org.plenary.experiment.montecarlo.MonteCarlo;
import org.plenary.experiment.montecarlo.MonteCarloResult;
import org.plenary.experiment.montecarlo.MonteCarloSettings;

/**
 * Runs the Monte Carlo experiment of every point of a {@link SweepPlan}, in the plan's run order,
 * several points at a time.
 *
 * <p>Each point's result depends only on its scenario, its seed ({@link SweepPlan#pointSeed}) and
 * the runs per point: never on the thread count, on the order in which points finish, or on which
 * points were run by an earlier, interrupted sweep.
 */
public final class SweepRunner {

    /** The scenario of a point: the base scenario with the point's values set. */
    @FunctionalInterface
    public interface PointScenario {
        /** The scenario to run at {@code point}. */
        Scenario at(Point point);
    }

    /** Told of each completed point, one call at a time (from worker threads), in completion order. */
    @FunctionalInterface
    public interface Listener {
        /** Point {@code point} is done; a failure stops the sweep. */
        void completed(Point point, MonteCarloResult result) throws Exception;
    }

    /**
     * Where a point's Monte Carlo seed comes from. The sweep uses {@link SweepPlan#pointSeed}; the
     * other arguments exist so that tests can plug in a wrong derivation (one that depends on the
     * order of execution or on the worker) and show that the thread-count and resumption checks catch it.
     */
    @FunctionalInterface
    interface SeedDerivation {
        /** The seed of {@code point}, the {@code position}-th point this call runs, on worker {@code worker}. */
        long seed(Point point, int position, int worker);
    }

    private final SweepPlan plan;
    private final PointScenario scenarios;
    private final SeedDerivation seeds;

    /** A runner of {@code plan} whose point scenarios come from {@code scenarios}. */
    public SweepRunner(SweepPlan plan, PointScenario scenarios) {
        this(plan, scenarios, (point, position, worker) -> plan.pointSeed(point.id()));
    }

    /** A runner with another seed derivation: for tests that must see a wrong one fail. */
    SweepRunner(SweepPlan plan, PointScenario scenarios, SeedDerivation seeds) {
        this.plan = plan;
        this.scenarios = scenarios;
        this.seeds = seeds;
    }

    /**
     * Runs every point not yet {@code done}.
     *
     * @param threads  worker threads, ≥ 1: points run side by side, and a point's runs are split
     *                 between threads when fewer points than threads remain
     * @param done     the ids of the points already done (skipped)
     * @param listener told of each point completed
     * @throws InterruptedException when the calling thread is interrupted; workers stop promptly
     */
    public void run(int threads, IntPredicate done, Listener listener) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        // The points to run are taken from the run order one at a time: a design of millions of
        // points is never listed, only counted.
        long pending = IntStream.range(0, plan.points().size()).filter(id -> !done.test(id)).count();
        if (pending == 0) {
            return;
        }
        int workers = (int) Math.min(threads, pending);
        int perPoint = Math.max(1, threads / workers);
        PrimitiveIterator.OfInt order = plan.runOrder().filter(id -> !done.test(id)).iterator();
        Object orderLock = new Object();
        int[] taken = {0};
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object lock = new Object();
        List<Thread> pool = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        if (Thread.currentThread().isInterrupted()) {
                            throw new CancellationException();
                        }
                        int id;
                        int k;
                        synchronized (orderLock) {
                            if (stop.get() || !order.hasNext()) {
                                break;
                            }
                            id = order.nextInt();
                            k = taken[0]++;
                        }
                        Point p = plan.points().get(id);
                        MonteCarloResult r = new MonteCarlo(scenarios.at(p)).run(
                                new MonteCarloSettings(plan.runsPerPoint(), seeds.seed(p, k, worker), perPoint));
                        synchronized (lock) {
                            if (failure.get() == null) {
                                listener.completed(p, r);
                            }
                        }
                    }
                } catch (CancellationException | InterruptedException e) {
                    // stopped on request
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    stop.set(true);
                }
            }, "plenary-sweep-" + w);
            t.setDaemon(true);
            pool.add(t);
        }
        pool.forEach(Thread::start);
        try {
            for (Thread t : pool) {
                t.join();
            }
        } catch (InterruptedException e) {
            pool.forEach(Thread::interrupt);
            for (Thread t : pool) {
                t.join(1000);
            }
            throw e;
        }
        Throwable f = failure.get();
        if (f != null) {
            if (f instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("a sweep worker failed: " + f.getMessage(), f);
        }
    }
}

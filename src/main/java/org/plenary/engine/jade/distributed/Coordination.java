package org.plenary.engine.jade.distributed;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jade.lang.acl.ACLMessage;
import jade.wrapper.AgentController;
import jade.wrapper.StaleProxyException;

import org.plenary.engine.jade.Platform;
import org.plenary.engine.jade.PlatformException;

/**
 * A distributed run seen from the process that started it: the main container of a JADE platform,
 * the coordinator agent on it, and (unless asked not to) a worker agent of this process computing
 * alongside the workers that join from other processes and machines.
 */
public final class Coordination implements AutoCloseable {

    /**
     * How the coordinator runs.
     *
     * @param host          address the main container listens on (one address of this machine)
     * @param port          its port, or 0 for a free one
     * @param token         the join token every worker must present
     * @param version       Plenary's version: workers must run the same
     * @param silenceMillis a worker not heard from for this long is lost (its units are handed out again)
     */
    public record Settings(String host, int port, String token, String version, long silenceMillis) {
        public Settings {
            if (token == null || token.isEmpty()) {
                throw new IllegalArgumentException("a join token is required");
            }
            if (silenceMillis < 2 * CoordinatorAgent.HEARTBEAT) {
                throw new IllegalArgumentException("the silence timeout must be at least "
                        + 2 * CoordinatorAgent.HEARTBEAT + " ms: " + silenceMillis);
            }
        }
    }

    /** Receives each unit's first result, on the coordinator agent's thread, in completion order. */
    @FunctionalInterface
    public interface Results {
        /**
         * Unit {@code unit}'s result.
         *
         * @throws Exception when the result cannot be used (it is then ignored and the unit handed out again)
         */
        void accept(int unit, String result) throws Exception;
    }

    /** Told of the run's progress: units done and workers connected (from the coordinator's thread). */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} units are done; {@code workers} workers are connected. */
        void update(int done, int workers);
    }

    /** What the coordinator agent shares with this object: thread-safe. */
    static final class Board {
        final CompletableFuture<Void> finished = new CompletableFuture<>();
        final CountDownLatch dismissed = new CountDownLatch(1);
        final Map<String, WorkerRecord> workers = new ConcurrentHashMap<>();
        final AtomicLong messagesIn = new AtomicLong();
        final AtomicLong messagesOut = new AtomicLong();
        final AtomicLong bytesIn = new AtomicLong();
        final AtomicLong bytesOut = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong ignored = new AtomicLong();
        private final Consumer<String> log;
        private final Progress progress;

        Board(Consumer<String> log, Progress progress) {
            this.log = log;
            this.progress = progress;
        }

        void log(String line) {
            log.accept(line);
        }

        void progress(int done, int workers) {
            progress.update(done, workers);
        }

        void received(ACLMessage m) {
            messagesIn.incrementAndGet();
            bytesIn.addAndGet(m.getContent() == null ? 0 : m.getContent().length());
        }

        void sent(ACLMessage m) {
            messagesOut.incrementAndGet();
            bytesOut.addAndGet(m.getContent() == null ? 0 : m.getContent().length());
        }
    }

    /** Message counts of the run (heartbeats left out), for measuring the overhead per unit. */
    public record Traffic(long messagesIn, long messagesOut, long bytesIn, long bytesOut, long duplicates,
                          long ignored) {
    }

    private final Settings settings;
    private final Platform platform;
    private final Board board;
    private final AgentController coordinator;
    private boolean closed;

    private Coordination(Settings settings, Platform platform, Board board, AgentController coordinator) {
        this.settings = settings;
        this.platform = platform;
        this.board = board;
        this.coordinator = coordinator;
    }

    /**
     * Starts the main container and the coordinator of {@code job}, whose units are described by
     * {@code work} (unit i by {@code work.get(i)}, handed out in that order).
     *
     * @throws IllegalArgumentException when the host is not an address of this machine
     * @throws PlatformException        when the platform cannot start (the port is taken)
     */
    public static Coordination start(Settings settings, String job, List<String> work, Results results,
                                     Consumer<String> log, Progress progress) {
        List<String> units = List.copyOf(work);
        return start(settings, job, units.size(), units::get, results, log, progress);
    }

    /**
     * Starts the main container and the coordinator of {@code job}, with {@code units} units, unit i
     * described by {@code work.apply(i)} (asked when it is handed out, from the coordinator's
     * thread), handed out in the order of i.
     *
     * @throws IllegalArgumentException when the host is not an address of this machine
     * @throws PlatformException        when the platform cannot start (the port is taken)
     */
    public static Coordination start(Settings settings, String job, int units, java.util.function.IntFunction<String> work,
                                     Results results, Consumer<String> log, Progress progress) {
        Platform platform = Platform.startMain(settings.host(), settings.port());
        Board board = new Board(log, progress);
        try {
            AgentController c = platform.container().acceptNewAgent(Vocabulary.COORDINATOR,
                    new CoordinatorAgent(settings, job, units, work, results, board));
            c.start();
            return new Coordination(settings, platform, board, c);
        } catch (StaleProxyException e) {
            platform.kill();
            platform.deleteFiles();
            throw new PlatformException("cannot start the coordinator agent", e);
        }
    }

    /** host:port workers join. */
    public String address() {
        return platform.address();
    }

    /**
     * Starts a worker agent of this process, on the main container, computing on {@code threads}
     * threads; it joins like any other worker.
     */
    public void startLocalWorker(int threads, JobPreparation preparation, Consumer<String> log) {
        WorkerAgent.Identity id = new WorkerAgent.Identity("local", host(), platform.container().getName(), threads,
                settings.token(), settings.version(), settings.silenceMillis());
        try {
            platform.container().acceptNewAgent("worker-local", new WorkerAgent(id, preparation,
                    ending -> {
                        if (ending.code() != Ending.DISMISSED) {
                            log.accept("the local worker stopped: " + ending.message());
                        }
                    })).start();
        } catch (jade.wrapper.ControllerException e) {
            throw new PlatformException("cannot start the local worker", e);
        }
    }

    private String host() {
        String a = platform.address();
        return a.substring(0, a.lastIndexOf(':'));
    }

    /**
     * Waits until every unit is done.
     *
     * @throws DistributedException when a worker could not compute a unit
     * @throws InterruptedException when interrupted
     */
    public void awaitCompletion() throws InterruptedException {
        try {
            board.finished.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new DistributedException(String.valueOf(e.getCause()));
        }
    }

    /** The workers that joined, in no particular order, with what they did. */
    public List<WorkerRecord> workers() {
        return List.copyOf(board.workers.values());
    }

    /** The messages of the run so far. */
    public Traffic traffic() {
        return new Traffic(board.messagesIn.get(), board.messagesOut.get(), board.bytesIn.get(), board.bytesOut.get(),
                board.duplicates.get(), board.ignored.get());
    }

    /** Dismisses the workers and shuts the platform down. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            coordinator.putO2AObject(CoordinatorAgent.DISMISS, AgentController.ASYNC);
            // until every worker has ended on its dismissal (the AMS reports it), so that none sees
            // its platform vanish instead
            board.dismissed.await(5, TimeUnit.SECONDS);
        } catch (StaleProxyException e) {
            // the coordinator is gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        platform.kill();
        try {
            platform.awaitEnd(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        platform.deleteFiles();
    }
}

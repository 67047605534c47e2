package org.plenary.io.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.plenary.experiment.sweep.Metric;
import org.plenary.experiment.sweep.Point;

/**
 * Writes completed points to a {@link PointsJournal} on a thread of its own, committing whatever
 * has queued up in one group (one forced write per file), so that the workers computing points
 * never wait for the storage device. A point counts as done once its group is committed.
 *
 * <p>The queue is bounded ({@value #CAPACITY} points): when the device falls behind, the workers wait
 * rather than the heap filling with points not yet written.
 */
public final class JournalWriter implements AutoCloseable {

    private static final PointsJournal.Entry END = new PointsJournal.Entry(new Point(-1, new double[0]), List.of());

    private final PointsJournal journal;
    private final IntConsumer committed;
    /** Points queued at most, and so written in one group at most. */
    static final int CAPACITY = 4096;

    private final LinkedBlockingQueue<PointsJournal.Entry> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile Throwable failure;

    /**
     * Starts the writer.
     *
     * @param committed told how many points each group committed (on the writer's thread)
     */
    public JournalWriter(PointsJournal journal, IntConsumer committed) {
        this.journal = journal;
        this.committed = committed;
        this.thread = new Thread(this::loop, "plenary-sweep-journal");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a completed point; fails if an earlier group could not be written. */
    public void submit(Point point, List<Metric> metrics) throws IOException, InterruptedException {
        check();
        PointsJournal.Entry e = new PointsJournal.Entry(point, metrics);
        while (!queue.offer(e, 100, TimeUnit.MILLISECONDS)) {
            // the writer stopped on a failure: nothing will make room
            check();
        }
    }

    /** Commits everything queued, stops the thread, and reports a failure to write. */
    @Override
    public void close() throws IOException, InterruptedException {
        while (thread.isAlive() && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
            // full: the writer is making room, or has stopped
        }
        thread.join();
        check();
    }

    private void check() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException("the points could not be written", f);
        }
    }

    private void loop() {
        List<PointsJournal.Entry> group = new ArrayList<>();
        try {
            while (true) {
                group.clear();
                group.add(queue.take());
                queue.drainTo(group, CAPACITY);
                boolean end = group.remove(END);
                if (!group.isEmpty()) {
                    journal.append(group);
                    committed.accept(group.size());
                }
                if (end) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
    }
}

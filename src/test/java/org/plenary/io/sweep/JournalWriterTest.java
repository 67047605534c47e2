package org.plenary.io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.experiment.sweep.Point;

/**
 * The queue of points waiting for the disk is bounded: while the writer is busy, a worker's
 * submit beyond {@link JournalWriter#CAPACITY} waits instead of the heap filling; and when the
 * writer stops on a failure, a worker waiting for room is told of the failure instead of waiting
 * for ever.
 */
class JournalWriterTest {

    private static Point point(int id) {
        return new Point(id, new double[] {id});
    }

    @Test
    void aFullQueueMakesTheWorkerWaitAndAWriterFailureReleasesItWithTheFailure(@TempDir Path dir) throws Exception {
        int points = JournalWriter.CAPACITY + 2;
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RuntimeException disk = new IllegalStateException("the disk is gone");
        try (PointsJournal j = PointsJournal.open(dir, "w", JournalLoad.PARAMETERS, JournalLoad.METRICS, points, false)) {
            JournalWriter w = new JournalWriter(j, n -> {
                // the first group is committed; the writer then stalls, and fails
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw disk;
            });
            w.submit(point(0), JournalLoad.metrics(0));
            assertTrue(busy.await(1, TimeUnit.MINUTES), "the writer took the first point");
            for (int id = 1; id <= JournalWriter.CAPACITY; id++) {
                w.submit(point(id), JournalLoad.metrics(id));
            }
            AtomicReference<Throwable> told = new AtomicReference<>();
            Thread worker = new Thread(() -> {
                try {
                    w.submit(point(points - 1), JournalLoad.metrics(points - 1));
                } catch (Throwable t) {
                    told.set(t);
                }
            });
            worker.setDaemon(true);
            worker.start();
            // the queue holds CAPACITY points: the next submit waits for room
            while (worker.getState() != Thread.State.TIMED_WAITING && worker.getState() != Thread.State.WAITING) {
                assertTrue(worker.isAlive() && told.get() == null, "the submit past the bound returned: " + told.get());
                Thread.onSpinWait();
            }
            release.countDown();
            worker.join(TimeUnit.MINUTES.toMillis(1));
            assertFalse(worker.isAlive(), "the worker still waits for room the stopped writer will never make");
            assertInstanceOf(IllegalStateException.class, told.get());
            assertEquals(disk, told.get().getCause());
            IllegalStateException closing = assertThrows(IllegalStateException.class, w::close);
            assertEquals(disk, closing.getCause());
            assertEquals(1, j.doneCount(), "only the first group was committed");
        }
    }
}

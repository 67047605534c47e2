package org.plenary.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongConsumer;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr that appears only once the work has taken a second, so quick commands
 * print nothing; with the rate of runs and the time left. Callable from worker threads.
 */
final class Progress implements LongConsumer, AutoCloseable {

    private final String task;
    private final String unit;
    private final long total;
    private final long initial;
    private final long runsPerUnit;
    private final boolean enabled;
    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private long done;
    private ProgressBar bar;
    private int workers = -1;
    private boolean lines;
    private long lastLine;

    private Progress(String task, String unit, long total, long initial, long runsPerUnit, boolean enabled,
                     PrintWriter err) {
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.initial = initial;
        this.done = initial;
        this.runsPerUnit = runsPerUnit;
        this.enabled = enabled;
        this.err = err;
    }

    /** Progress counted in runs. */
    static Progress ofRuns(String task, long runs, boolean enabled, PrintWriter err) {
        return new Progress(task, "runs", runs, 0, 1, enabled, err);
    }

    /** Progress counted in points of {@code runsPerPoint} runs, {@code initial} of them done already. */
    static Progress ofPoints(String task, long points, long initial, long runsPerPoint, boolean enabled,
                             PrintWriter err) {
        return new Progress(task, "points", points, initial, runsPerPoint, enabled, err);
    }

    /**
     * Also without a terminal, print a line of progress on stderr every {@value #LINE_SECONDS}
     * seconds (a distributed run, whose coordinator often runs unattended).
     */
    synchronized void linesWithoutTerminal() {
        lines = true;
    }

    private static final int LINE_SECONDS = 10;

    /** {@code n} workers are connected (shown with the rate). */
    synchronized void workers(int n) {
        workers = n;
        accept(done);
    }

    /** {@code count} units are done in all. */
    @Override
    public synchronized void accept(long count) {
        done = count;
        long elapsed = System.nanoTime() - startNanos;
        if (!enabled) {
            if (lines && elapsed - lastLine >= LINE_SECONDS * 1_000_000_000L) {
                lastLine = elapsed;
                err.println(String.format(Locale.ROOT, "%s: %,d of %,d %s, %s", task, done, total, unit, rate(elapsed)));
                err.flush();
            }
            return;
        }
        if (bar == null) {
            if (elapsed < 1_000_000_000L) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                    .setUpdateIntervalMillis(250).startsFrom(initial, Duration.ofNanos(elapsed))
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
        }
        bar.stepTo(done);
        bar.setExtraMessage(rate(elapsed));
    }

    private String rate(long elapsed) {
        double rate = (done - initial) * (double) runsPerUnit / (elapsed / 1e9);
        return String.format(Locale.ROOT, "%,.0f runs/s", rate)
                + (workers < 0 ? "" : String.format(Locale.ROOT, ", %d worker%s", workers, workers == 1 ? "" : "s"));
    }

    /** {@code count} more units are done. */
    synchronized void step(long count) {
        accept(done + count);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        err.flush();
    }
}

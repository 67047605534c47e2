package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.plenary.experiment.sweep.Metric;
import org.plenary.experiment.sweep.SweepPlan;
import org.plenary.experiment.sweep.SweepRunner;
import org.plenary.io.scenario.Problem;
import org.plenary.io.sweep.JournalWriter;
import org.plenary.io.sweep.PointsJournal;
import org.plenary.io.sweep.ResumeException;
import org.plenary.io.sweep.SweepSpec;
import org.plenary.io.sweep.SweepSpecReader;
import org.plenary.io.sweep.SweepSpecResult;

/** What {@code sweep} and {@code sensitivity} share: loading the specification and running its points durably. */
final class SweepFiles {

    private SweepFiles() {
    }

    /** The specification in {@code file}, or an InputException listing every problem of it and its scenario. */
    static SweepSpec load(Path file, PrintWriter err) {
        SweepSpecResult r = SweepSpecReader.read(file);
        if (r.hasErrors()) {
            throw new InputException(r.problems().stream().map(Problem::render).toList());
        }
        r.problems().forEach(p -> err.println(p.render()));
        err.flush();
        return r.spec().orElseThrow();
    }

    /** Identifies a sweep for resuming: the specification's and scenario's bytes and the plan's size. */
    static String fingerprint(String command, SweepSpec spec, String specSha, String scenarioSha, SweepPlan plan) {
        return "plenary." + command + "/1 spec=" + specSha + " scenario=" + scenarioSha + " points="
                + plan.points().size() + " runs=" + plan.runsPerPoint() + " seed=" + plan.seed();
    }

    /**
     * Runs the points of {@code plan} not yet in {@code out} (all of them without {@code resume}),
     * appending each to the tables as it completes; leaves the journal open for the caller to finish.
     *
     * @return the journal and how many points this invocation ran
     */
    static Ran run(SweepSpec spec, SweepPlan plan, String fingerprint, Path out, boolean resume, int threads,
                   boolean progressBar, PrintWriter err) throws IOException, InterruptedException {
        PointsJournal journal;
        try {
            journal = PointsJournal.open(out, fingerprint, plan.parameters(), spec.metrics(), resume);
        } catch (ResumeException e) {
            throw new InputException(e.getMessage());
        }
        int before = journal.done().size();
        AtomicInteger ran = new AtomicInteger();
        try (Progress progress = Progress.ofPoints("sweep", plan.points().size(), before, plan.runsPerPoint(),
                progressBar, err)) {
            JournalWriter writer = new JournalWriter(journal, n -> {
                ran.addAndGet(n);
                progress.step(n);
            });
            try {
                new SweepRunner(plan, spec::at).run(threads, journal.done()::contains,
                        (p, r) -> writer.submit(p, Metric.of(r)));
            } finally {
                writer.close();
            }
        } catch (RuntimeException | IOException | InterruptedException e) {
            journal.close();
            throw e;
        }
        return new Ran(journal, ran.get());
    }

    /** The open journal and the number of points run now. */
    record Ran(PointsJournal journal, int points) {
    }

    /** "1,234 runs/s". */
    static String rate(long runs, Duration d) {
        double s = d.toNanos() / 1e9;
        return String.format(Locale.ROOT, "%,.0f runs/s", s > 0 ? runs / s : 0);
    }

    /** The parameters' paths, for messages. */
    static List<String> paths(SweepSpec spec) {
        return spec.parameters().stream().map(p -> p.path()).toList();
    }
}

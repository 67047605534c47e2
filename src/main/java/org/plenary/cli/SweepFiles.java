package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import org.plenary.experiment.sweep.Metric;
import org.plenary.experiment.sweep.PendingPoints;
import org.plenary.experiment.sweep.Point;
import org.plenary.experiment.sweep.SweepPlan;
import org.plenary.experiment.sweep.SweepRunner;
import org.plenary.io.distributed.Job;
import org.plenary.io.distributed.UnitResults;
import org.plenary.io.export.OutputException;
import org.plenary.io.export.ResultFolder;
import org.plenary.io.source.Problem;
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

    /**
     * Identifies a sweep for resuming: the specification's and scenario's bytes, the plan's size, and
     * whether {@code --no-uncertainty} turned the scenario's uncertainty section off (a resume may not
     * mix points of both kinds).
     */
    static String fingerprint(String command, SweepSpec spec, String specSha, String scenarioSha, SweepPlan plan,
                              boolean uncertaintyOff) {
        return "plenary." + command + "/1 spec=" + specSha + " scenario=" + scenarioSha + " points="
                + plan.points().size() + " runs=" + plan.runsPerPoint() + " seed=" + plan.seed()
                + (uncertaintyOff ? " uncertainty=off" : "");
    }

    /**
     * Runs the points of {@code plan} not yet in {@code out} (all of them without {@code resume}),
     * appending each to the tables as it completes; leaves the journal open for the caller to finish.
     *
     * @return the journal and how many points this invocation ran
     */
    static Ran run(SweepSpec spec, SweepPlan plan, String fingerprint, Path out, boolean resume, boolean force,
                   int threads, boolean progressBar, PrintWriter err) throws IOException, InterruptedException {
        return run(spec, plan, fingerprint, out, resume, force, progressBar, err,
                (done, sink, progress) -> new SweepRunner(plan, spec::at).run(threads, done,
                        (p, r) -> sink.submit(p, Metric.of(r))));
    }

    /** Receives each completed point's metrics, to be journaled. */
    @FunctionalInterface
    interface PointSink {
        /** Point {@code p} is done with {@code metrics}. */
        void submit(Point p, List<Metric> metrics) throws IOException, InterruptedException;
    }

    /** How the points not yet done are computed: on this machine's threads, or shared with workers. */
    @FunctionalInterface
    interface Computation {
        /** Computes every point not {@code done}, handing each to {@code sink}. */
        void run(IntPredicate done, PointSink sink, Progress progress) throws IOException, InterruptedException;
    }

    /** As {@link #run(SweepSpec, SweepPlan, String, Path, boolean, boolean, int, boolean, PrintWriter)}, computing points with {@code computation}. */
    static Ran run(SweepSpec spec, SweepPlan plan, String fingerprint, Path out, boolean resume, boolean force,
                   boolean progressBar, PrintWriter err, Computation computation)
            throws IOException, InterruptedException {
        Path folder = ResultFolder.claim(out, force, ResultFolder.Contents.RESULTS);
        PointsJournal journal;
        try {
            if (!resume || !Files.exists(folder.resolve(PointsJournal.STATE))) {
                // a fresh start: the earlier results in this folder (Plenary's, checked above) go
                ResultFolder.clear(folder);
            }
            journal = PointsJournal.open(folder, fingerprint, plan.parameters(), spec.metrics(), plan.points().size(),
                    resume);
        } catch (ResumeException e) {
            throw new InputException(e.getMessage());
        } catch (IOException e) {
            throw OutputException.failed(out, e, true);
        }
        int before = journal.doneCount();
        AtomicInteger ran = new AtomicInteger();
        try (Progress progress = Progress.ofPoints("sweep", plan.points().size(), before, plan.runsPerPoint(),
                progressBar, err)) {
            JournalWriter writer = new JournalWriter(journal, n -> {
                ran.addAndGet(n);
                progress.step(n);
            });
            try {
                computation.run(journal.doneNow(), writer::submit, progress);
            } finally {
                writer.close();
            }
        } catch (IOException e) {
            journal.close();
            throw OutputException.failed(out, e, false);
        } catch (RuntimeException | InterruptedException e) {
            journal.close();
            throw e;
        }
        return new Ran(journal, ran.get(), folder);
    }

    /**
     * Points computed by the workers of a distributed run (and this process's threads unless
     * {@code --local-threads 0}); what the run left is put in {@code outcome} for the manifest.
     */
    static Computation distributed(String command, SweepSpec spec, SweepPlan plan, Path specFile, String scenarioSha,
                                   boolean uncertainty, DistributedOptions options, String host, int threads, PrintWriter err,
                                   java.util.concurrent.atomic.AtomicReference<DistributedRun.Done> outcome) {
        return (done, sink, progress) -> {
            // the points to run, in the plan's run order, numbered without being listed
            // (points themselves are made when needed)
            PendingPoints pending = PendingPoints.of(plan, done);
            Job job = Job.sweep(command, specFile.getFileName().toString(), readText(specFile),
                    spec.scenarioFile().getFileName().toString(), readText(spec.scenarioFile()), scenarioSha)
                    .withUncertainty(uncertainty);
            List<String> names = spec.metrics();
            outcome.set(DistributedRun.run(command, options, host, threads, job, pending.size(),
                    unit -> Integer.toString(pending.id(unit)),
                    (unit, result) -> sink.submit(plan.points().get(pending.id(unit)), UnitResults.metrics(result, names)),
                    progress, err));
        };
    }

    private static String readText(Path file) throws IOException {
        return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The open journal, the number of points run now and the folder (its real location) they are written into. */
    record Ran(PointsJournal journal, int points, Path folder) {
    }

    /** The files a sweep writes, besides its manifest, and {@code more}; for the manifest's list. */
    static List<String> files(String... more) {
        List<String> names = new java.util.ArrayList<>(List.of(PointsJournal.STATE, PointsJournal.POINTS,
                PointsJournal.LONG));
        names.addAll(List.of(more));
        return names.stream().sorted().toList();
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

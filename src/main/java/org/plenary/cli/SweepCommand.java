package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.plenary.experiment.sweep.SweepPlan;
import org.plenary.io.distributed.DistributedManifest;
import org.plenary.io.export.AtomicFile;
import org.plenary.io.export.Manifest;
import org.plenary.io.source.Quote;
import org.plenary.io.sweep.PointsJournal;
import org.plenary.io.sweep.SweepManifest;
import org.plenary.io.sweep.SweepSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plenary sweep SPEC}: a Monte Carlo experiment at every point of a design over scenario fields. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        header = "Runs the Monte Carlo at every point of a parameter sweep.",
        description = "Runs the Monte Carlo experiment of the base scenario at every point of the "
            + "specification's design (grid, random, lhs or sobol) over the fields it varies. Writes "
            + "points.csv (one row per point), points-long.csv (point, metric, value, lower, upper) and "
            + "manifest.json into the results folder. Points are appended durably as they complete: "
            + "after an interruption, --resume runs only the missing points, and the final tables are "
            + "identical to those of an uninterrupted sweep.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:invalid specification, scenario or options",
            "130:interrupted (Ctrl-C); the points done are kept for --resume"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "Sweep specification (.yaml, .yml or .json).")
    Path specFile;

    @Mixin
    ThreadsOption threads;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Results folder (default: results/<spec name>-sweep). Written into when it is new, "
                    + "empty or Plenary's own (its manifest.json or sweep fingerprint says so and it holds nothing "
                    + "else); earlier results in it are replaced (kept with --resume); otherwise refused with exit "
                    + "code 2.")
    Path out;

    @Option(names = "--resume", description = "Keep the points an interrupted sweep of the same specification completed.")
    boolean resume;

    @Mixin
    ForceOption force;

    @Mixin
    DistributedOptions distributed;

    @Mixin
    CoordinatorHostOption coordinatorHost;

    @Mixin
    UncertaintyOption uncertainty;

    @Mixin
    QuietOption quiet;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Interruption.message("plenary: interrupted; the points done are kept for --resume");
        int k = threads.resolve(spec);
        distributed.check(spec.commandLine());
        coordinatorHost.check(spec.commandLine(), distributed, "sweep");
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        SweepSpec read = SweepFiles.load(specFile, stderr);
        SweepSpec sweep = uncertainty.apply(read);
        String specSha = ScenarioFiles.specSha256(specFile);
        String scenarioSha = ScenarioFiles.sha256(sweep.scenarioFile());
        SweepPlan plan = sweep.plan();
        Path target = out != null ? out : ScenarioFiles.defaultOutput(specFile, "-sweep");
        Instant start = Instant.now();
        java.util.concurrent.atomic.AtomicReference<DistributedRun.Done> shared = new java.util.concurrent.atomic.AtomicReference<>();
        SweepFiles.Ran ran = distributed.distributed
                ? SweepFiles.run(sweep, plan, SweepFiles.fingerprint("sweep", sweep, specSha, scenarioSha, plan, uncertainty.off), target,
                        resume, force.force(), quiet.progressBar(), stderr, SweepFiles.distributed("sweep", sweep, plan,
                                specFile, scenarioSha, !uncertainty.off, distributed, coordinatorHost.host, k, stderr, shared))
                : SweepFiles.run(sweep, plan, SweepFiles.fingerprint("sweep", sweep, specSha, scenarioSha, plan, uncertainty.off), target,
                        resume, force.force(), k, quiet.progressBar(), stderr);
        try (PointsJournal journal = ran.journal()) {
            journal.finish();
        }
        Instant end = Instant.now();
        Manifest common = new Manifest("sweep", Version.current(), Manifest.path(sweep.scenarioFile()), scenarioSha,
                plan.seed(), plan.totalRuns(), k, "local", spec.commandLine().getParseResult().originalArgs(), start, end)
                .withUncertainty(uncertainty.manifestValue(read.scenario()));
        String manifest = SweepManifest.toJson(common, sweep, specSha, plan.points().size(), ran.points(), SweepFiles.files());
        if (shared.get() != null) {
            manifest = DistributedManifest.with(manifest, shared.get().address(), shared.get().workers(), "points",
                    shared.get().traffic());
        }
        AtomicFile.write(ran.folder().resolve("manifest.json"), manifest);
        if (!quiet.quiet()) {
            Duration d = Duration.between(start, end);
            stdout.printf(Locale.ROOT, "Sweep of %s: %,d points × %,d runs (%s design, %d parameter%s)%n",
                    Quote.printable(sweep.scenario().metadata().title()), plan.points().size(), plan.runsPerPoint(),
                    plan.design().name().toLowerCase(Locale.ROOT), plan.parameters().size(),
                    plan.parameters().size() == 1 ? "" : "s");
            stdout.printf(Locale.ROOT, "Ran %,d points in %.1f s on %d thread%s (%s)%s%n", ran.points(),
                    d.toNanos() / 1e9, k, k == 1 ? "" : "s", SweepFiles.rate(ran.points() * plan.runsPerPoint(), d),
                    ran.points() < plan.points().size() ? "; " + (plan.points().size() - ran.points())
                            + " were done before" : "");
            stdout.println("Results in " + target);
            stdout.flush();
        }
        return ExitCode.OK;
    }
}
